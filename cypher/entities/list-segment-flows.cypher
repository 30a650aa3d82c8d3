// Purpose: the FEEDS neighbours of several segments at once (batched per request).
// Parameters: $ids (segment ids).
// Row: { id, feedsTo: [Segment], fedBy: [Segment] } each ordered by id — no row for an unknown id.
UNWIND $ids AS id
MATCH (s:Segment {id: id})
RETURN id,
  COLLECT {
    MATCH (s)-[:FEEDS]->(t:Segment)
    WITH DISTINCT t
    RETURN t {
      .id, .chainId, .name, .nameEn, .stage, .order,
      parentId: [(ps:Segment)-[:HAS_CHILD]->(t) | ps.id][0],
      depth: size([(t)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
    } AS segment
    ORDER BY t.id
  } AS feedsTo,
  COLLECT {
    MATCH (s)<-[:FEEDS]-(f:Segment)
    WITH DISTINCT f
    RETURN f {
      .id, .chainId, .name, .nameEn, .stage, .order,
      parentId: [(ps:Segment)-[:HAS_CHILD]->(f) | ps.id][0],
      depth: size([(f)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
    } AS segment
    ORDER BY f.id
  } AS fedBy
