// Purpose: one page of a segment's local enterprises (in it or a segment below it) in the 现状图's
//          list order — largest first (LARGE, MEDIUM, SMALL, MICRO, unknown), then by id — after
//          the enterprise $after (the last one of the page before; null for the first page). The
//          first page of $limit 100 is the segment's list in the status map. Read from the
//          segment's side: its cost follows the segment's enterprises in every region.
// Parameters: $segmentId, $regions: [region code] (the scope and the regions within it),
//             $after (enterprise id or null), $limit (int), $evidence ('ALL' | 'CONFIRMED').
// Row: { id } in list order.
OPTIONAL MATCH (a:Enterprise {id: $after})
WITH CASE WHEN a IS NULL THEN -1 ELSE CASE a.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END END AS afterRank,
     coalesce(a.id, '') AS afterId
MATCH (:Segment {id: $segmentId})-[:HAS_CHILD*0..8]->(:Segment)<-[placed:IN_SEGMENT]-(e:Enterprise)
WHERE ($evidence = 'ALL' OR placed.evidence = 'CONFIRMED') AND EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r.code IN $regions }
WITH DISTINCT e, afterRank, afterId
WITH e, CASE e.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END AS rank, afterRank, afterId
WHERE rank > afterRank OR (rank = afterRank AND e.id > afterId)
RETURN e.id AS id
ORDER BY rank, e.id
LIMIT $limit
