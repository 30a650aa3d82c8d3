// Purpose: the direct sub-segments of several segments at once (batched per request).
// Parameters: $ids (segment ids).
// Row: { id, children: [Segment] ordered by order, then id } — no row for an id without children.
UNWIND $ids AS id
MATCH (:Segment {id: id})-[:HAS_CHILD]->(c:Segment)
WITH id, c
ORDER BY c.order, c.id
RETURN id, collect(c {
  .id, .chainId, .name, .nameEn, .stage, .order,
  parentId: id,
  depth: size([(c)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
}) AS children
