// Purpose: the IN_SEGMENT links of several enterprises at once (batched per request).
// Parameters: $ids (enterprise ids).
// Row: { id, links: [{ segment: Segment, role, products, evidence, source }] } ordered by chain,
//   then segment id — no row for an unknown id.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN id, COLLECT {
  MATCH (e)-[l:IN_SEGMENT]->(s:Segment)
  RETURN {
    segment: s {
      .id, .chainId, .name, .nameEn, .stage, .order,
      parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
      depth: size([(s)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
    },
    role: coalesce(l.role, 'PRODUCER'), products: l.products, evidence: l.evidence, source: l.source
  } AS link
  ORDER BY s.chainId, s.id
} AS links
