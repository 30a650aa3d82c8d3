// Purpose: the platform_segments table of an exported workbook (SERVES edges in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { platform_id, segment_id } }, ordered by both ids.
MATCH (p:Platform)-[:SERVES]->(s:Segment)
WHERE ($platforms IS NULL OR p.id IN $platforms) AND ($segments IS NULL OR s.id IN $segments)
RETURN { platform_id: p.id, segment_id: s.id } AS row
ORDER BY p.id, s.id
