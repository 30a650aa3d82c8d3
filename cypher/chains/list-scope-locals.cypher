// Purpose: the 现状图 lists of local enterprises, read from the scope's side: per segment of the
//          chain, its first $listCap local enterprises (in it or a segment below it), largest
//          first (LARGE, MEDIUM, SMALL, MICRO, unknown), then by id. Its cost follows the scope's
//          local enterprises of the chain, so it serves scopes with few of them (the maintained
//          chain-level count decides); larger scopes use scan-locals-by-scale.
// Parameters: $chainId, $regions: [region code] (the scope and the regions within it),
//             $listCap (int), $evidence ('ALL' | 'CONFIRMED').
// Row: { segmentId, ids: [enterprise id] } — segments without local enterprises have no row.
UNWIND $regions AS code
MATCH (:Region {code: code})<-[:LOCATED_IN]-(e:Enterprise)-[placed:IN_SEGMENT]->(:Segment {chainId: $chainId})<-[:HAS_CHILD*0..8]-(s:Segment)
WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED'
WITH DISTINCT s, e
ORDER BY CASE e.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END, e.id
WITH s, collect(e.id) AS ids
RETURN s.id AS segmentId, ids[0..$listCap] AS ids
