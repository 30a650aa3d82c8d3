// Purpose: the park_themes table of an exported workbook (THEMED edges in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { park_id, segment_id } }, ordered by both ids.
MATCH (p:Park)-[:THEMED]->(s:Segment)
WHERE ($parks IS NULL OR p.id IN $parks) AND ($segments IS NULL OR s.id IN $segments)
RETURN { park_id: p.id, segment_id: s.id } AS row
ORDER BY p.id, s.id
