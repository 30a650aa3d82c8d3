// Purpose: one project by id.
// Parameters: $id (string).
// Row: { project: Project } — no row when absent.
MATCH (p:Project {id: $id})
RETURN p {
  .id, .name, .stage, .investmentYi, .signedOn, .plannedProductionOn,
  confidential: coalesce(p.confidential, false),
  key: coalesce(p.key, false), .responsiblePerson, .landNeedMu, .floorSpaceNeedSqm, .parcelId,
  enterprise: [(p)-[:BY]->(e:Enterprise) | e {
    .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
    region: [(e)-[:LOCATED_IN]->(er:Region) | er { .code, .name, .level, parentCode: [(er)-[:WITHIN]->(ewp:Region) | ewp.code][0] }][0]
  }][0],
  segment: [(p)-[:TARGETS]->(s:Segment) | s {
    .id, .chainId, .name, .nameEn, .stage, .order,
    parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
    depth: size([(s)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
  }][0],
  region: [(p)-[:LOCATED_IN]->(pr:Region) | pr { .code, .name, .level, parentCode: [(pr)-[:WITHIN]->(pwp:Region) | pwp.code][0] }][0]
} AS project
