// Purpose: the chain_masters table of an exported workbook (LEADS edges in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { enterprise_id, chain_id } }, ordered by both ids.
MATCH (e:Enterprise)-[:LEADS]->(c:Chain)
WHERE ($enterprises IS NULL OR e.id IN $enterprises) AND ($chains IS NULL OR c.id IN $chains)
RETURN { enterprise_id: e.id, chain_id: c.id } AS row
ORDER BY e.id, c.id
