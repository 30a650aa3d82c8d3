// Purpose: the 全景图 — per segment of a chain, the distinct enterprises anywhere in it or any
// descendant: the total and the first $perSegment by scale (LARGE first), listed, id.
// With $evidence 'CONFIRMED' only a CONFIRMED IN_SEGMENT link places an enterprise in a segment.
// Parameters: $chainId (string), $perSegment (int), $evidence ('ALL' | 'CONFIRMED').
// Row: { segmentId, enterpriseCount, enterprises: [<Enterprise projection>] }
MATCH (s:Segment {chainId: $chainId})
CALL (s) {
  MATCH (s)-[:HAS_CHILD*0..8]->(:Segment)<-[placed:IN_SEGMENT]-(e:Enterprise)
  WHERE ($evidence = 'ALL' OR placed.evidence = 'CONFIRMED')
  WITH DISTINCT e
  ORDER BY CASE e.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END,
           coalesce(e.listed, false) DESC, e.id
  RETURN count(e) AS enterpriseCount, collect(e)[0..$perSegment] AS top
}
RETURN s.id AS segmentId, enterpriseCount,
       [e IN top | e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
                       region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(p) | p.code][0] }][0] }] AS enterprises
