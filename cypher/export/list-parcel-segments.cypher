// Purpose: the parcel_segments table of an exported workbook (SUITS edges in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { parcel_id, segment_id } }, ordered by both ids.
MATCH (p:Parcel)-[:SUITS]->(s:Segment)
WHERE ($parcels IS NULL OR p.id IN $parcels) AND ($segments IS NULL OR s.id IN $segments)
RETURN { parcel_id: p.id, segment_id: s.id } AS row
ORDER BY p.id, s.id
