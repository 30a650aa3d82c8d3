// Purpose: the units table of an exported workbook.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, kind } }, ordered by id.
MATCH (u:Unit)
WHERE $units IS NULL OR u.id IN $units
RETURN { id: u.id, name: u.name, kind: u.kind } AS row
ORDER BY u.id
