// Purpose: the flows table of an exported workbook: FEEDS edges with both ends in scope.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { from_segment_id, to_segment_id } }, ordered by both.
MATCH (a:Segment)-[:FEEDS]->(b:Segment)
WHERE $segments IS NULL OR (a.id IN $segments AND b.id IN $segments)
RETURN { from_segment_id: a.id, to_segment_id: b.id } AS row
ORDER BY a.id, b.id
