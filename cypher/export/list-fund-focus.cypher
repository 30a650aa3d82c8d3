// Purpose: the fund_focus table of an exported workbook (FOCUSES_ON edges in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { fund_id, segment_id } }, ordered by both ids.
MATCH (f:Fund)-[:FOCUSES_ON]->(s:Segment)
WHERE ($funds IS NULL OR f.id IN $funds) AND ($segments IS NULL OR s.id IN $segments)
RETURN { fund_id: f.id, segment_id: s.id } AS row
ORDER BY f.id, s.id
