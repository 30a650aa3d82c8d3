// Purpose: the top-level regions (WITHIN no other region), by code. Regions are few (hundreds),
//   so the label scan is bounded; capped all the same.
// Parameters: none.
// Row: { region: { code, name, level, parentCode: null } }
MATCH (r:Region)
WHERE NOT EXISTS { (r)-[:WITHIN]->(:Region) }
RETURN r { .code, .name, .level, parentCode: null } AS region
ORDER BY r.code
LIMIT 1000
