// Purpose: the region used as a status-map scope.
// Parameters: $code (string).
// Row: { region: { code, name, level, parentCode } } — no row when absent.
MATCH (r:Region {code: $code})
RETURN r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(p) | p.code][0] } AS region
