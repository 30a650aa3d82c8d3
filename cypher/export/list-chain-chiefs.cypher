// Purpose: the chain_chiefs table of an exported workbook (CHIEF_OF edges of the chains in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { chain_id, official_id, role } }, ordered by chain, then official.
MATCH (o:Official)-[r:CHIEF_OF]->(c:Chain)
WHERE $chains IS NULL OR c.id IN $chains
RETURN { chain_id: c.id, official_id: o.id, role: r.role } AS row
ORDER BY c.id, o.id
