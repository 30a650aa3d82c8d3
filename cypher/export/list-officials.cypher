// Purpose: the officials table of an exported workbook.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, post } }, ordered by id.
MATCH (o:Official)
WHERE $officials IS NULL OR o.id IN $officials
RETURN { id: o.id, name: o.name, post: o.post } AS row
ORDER BY o.id
