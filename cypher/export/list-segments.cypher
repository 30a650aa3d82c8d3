// Purpose: the segments table of an exported workbook, parents from the HAS_CHILD edges.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, chain_id, name, stage, parent_id, name_en, order } }, ordered by id.
MATCH (s:Segment)
WHERE $segments IS NULL OR s.id IN $segments
RETURN { id: s.id, chain_id: s.chainId, name: s.name, stage: s.stage,
         parent_id: head([(p:Segment)-[:HAS_CHILD]->(s) | p.id]), name_en: s.nameEn, order: s.order } AS row
ORDER BY s.id
