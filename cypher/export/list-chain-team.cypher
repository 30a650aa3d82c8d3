// Purpose: the chain_team table of an exported workbook (WORKS_ON edges of the chains in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { chain_id, unit_id, role } }, ordered by chain, then unit.
MATCH (u:Unit)-[r:WORKS_ON]->(c:Chain)
WHERE $chains IS NULL OR c.id IN $chains
RETURN { chain_id: c.id, unit_id: u.id, role: r.role } AS row
ORDER BY c.id, u.id
