// Purpose: one region by code.
// Parameters: $code (string).
// Row: { region: { code, name, level, parentCode } } — no row when absent.
MATCH (r:Region {code: $code})
RETURN r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] } AS region
