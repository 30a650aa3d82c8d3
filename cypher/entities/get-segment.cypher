// Purpose: one segment by id.
// Parameters: $id (string).
// Row: { segment: Segment } — no row when absent.
MATCH (s:Segment {id: $id})
RETURN s {
  .id, .chainId, .name, .nameEn, .stage, .order,
  parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
  depth: size([(s)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
} AS segment
