// Purpose: the regions table of an exported workbook, parents from the WITHIN edges.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { code, name, level, parent_code } }, ordered by code.
MATCH (r:Region)
WHERE $regions IS NULL OR r.code IN $regions
RETURN { code: r.code, name: r.name, level: r.level, parent_code: head([(r)-[:WITHIN]->(p:Region) | p.code]) } AS row
ORDER BY r.code
