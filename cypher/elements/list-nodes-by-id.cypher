// Purpose: enterprises, segments, projects and regions by key, in the projections the API's
//          types expect, for the element views' lists (a park's settled enterprises and projects,
//          an element's segments and region).
// Parameters: $enterpriseIds, $segmentIds, $projectIds, $regionCodes (lists; may be empty).
// Row: { enterprises: [Enterprise], segments: [Segment], projects: [Project], regions: [Region] }
CALL () {
  UNWIND $enterpriseIds AS id
  MATCH (e:Enterprise {id: id})
  RETURN collect(e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
    region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] }) AS enterprises
}
CALL () {
  UNWIND $segmentIds AS id
  MATCH (s:Segment {id: id})
  RETURN collect(s { .id, .chainId, .name, .nameEn, .stage, .order, parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
    depth: size([(s)<-[:HAS_CHILD*1..6]-(:Segment) | 1]) }) AS segments
}
CALL () {
  UNWIND $projectIds AS id
  MATCH (p:Project {id: id})
  RETURN collect(p { .id, .name, .stage, .investmentYi, .signedOn, .plannedProductionOn, confidential: coalesce(p.confidential, false),
    enterprise: [(p)-[:BY]->(e:Enterprise) | e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []) }][0],
    segment: [(p)-[:TARGETS]->(s:Segment) | s { .id, .chainId, .name, .nameEn, .stage, .order, parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
      depth: size([(s)<-[:HAS_CHILD*1..6]-(:Segment) | 1]) }][0],
    region: [(p)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] }) AS projects
}
CALL () {
  UNWIND $regionCodes AS code
  MATCH (r:Region {code: code})
  RETURN collect(r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }) AS regions
}
RETURN enterprises, segments, projects, regions
