// Purpose: the projects BY several enterprises at once (batched per request).
// Parameters: $ids (enterprise ids), $includeConfidential (boolean).
// Row: { id, projects: [Project] } ordered by project id — no row for an unknown id.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN id, COLLECT {
  MATCH (p:Project)-[:BY]->(e)
  WHERE $includeConfidential OR NOT coalesce(p.confidential, false)
  RETURN p {
    .id, .name, .stage, .investmentYi, .signedOn, .plannedProductionOn,
    confidential: coalesce(p.confidential, false),
    enterprise: e {
      .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
      region: [(e)-[:LOCATED_IN]->(er:Region) | er { .code, .name, .level, parentCode: [(er)-[:WITHIN]->(ewp:Region) | ewp.code][0] }][0]
    },
    segment: [(p)-[:TARGETS]->(s:Segment) | s {
      .id, .chainId, .name, .nameEn, .stage, .order,
      parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
      depth: size([(s)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
    }][0],
    region: [(p)-[:LOCATED_IN]->(pr:Region) | pr { .code, .name, .level, parentCode: [(pr)-[:WITHIN]->(pwp:Region) | pwp.code][0] }][0]
  } AS project
  ORDER BY p.id
} AS projects
