// Purpose: the enterprises IN_SEGMENT several segments at once (batched per request), optionally
//   counting the segments below each one; distinct, largest first, capped per segment.
// Parameters: $ids (segment ids), $includeDescendants (boolean), $limit (int, at most 200).
// Row: { id, enterprises: [Enterprise] } — no row for an unknown id.
UNWIND $ids AS id
MATCH (s:Segment {id: id})
RETURN id, COLLECT {
  MATCH (s)-[:HAS_CHILD*0..6]->(d:Segment)<-[:IN_SEGMENT]-(e:Enterprise)
  WHERE $includeDescendants OR d = s
  WITH DISTINCT e
  RETURN e {
    .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
    region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0]
  } AS enterprise
  ORDER BY CASE e.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END, e.id
  LIMIT $limit
} AS enterprises
