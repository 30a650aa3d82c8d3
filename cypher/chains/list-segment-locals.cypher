// Purpose: the 现状图 list of one segment read from the segment's side: its first $listCap local
//          enterprises (in it or a segment below it), largest first, then by id. For a segment the
//          ordered walk (scan-locals-by-scale) did not fill within its budget: one with few local
//          enterprises among many elsewhere. Its cost follows the segment's enterprises in every region.
// Parameters: $segmentId, $regions: [region code], $listCap (int), $evidence ('ALL' | 'CONFIRMED').
// Row: { id } in list order.
MATCH (:Segment {id: $segmentId})-[:HAS_CHILD*0..8]->(:Segment)<-[placed:IN_SEGMENT]-(e:Enterprise)
WHERE ($evidence = 'ALL' OR placed.evidence = 'CONFIRMED') AND EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r.code IN $regions }
WITH DISTINCT e
RETURN e.id AS id
ORDER BY CASE e.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END, e.id
LIMIT $listCap
