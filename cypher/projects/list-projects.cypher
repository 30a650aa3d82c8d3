// Purpose: pipeline projects matching a filter, in pipeline order, then by id.
// Parameters: $stages (non-empty list of stages; seeks the project_stage index),
//   $stageRank (map stage → position in the pipeline), $minInvestment (number or null: keep only
//   investmentYi > it), $region and $scope (each a code or null: LOCATED_IN it or a region within
//   it; both must hold), $chainId
//   (or null: TARGETS a segment of it), $segmentId (or null: TARGETS it or a segment below it),
//   $includeConfidential (boolean), $limit (int, at most 1000).
// Row: { project: Project }
MATCH (p:Project)
WHERE p.stage IN $stages
  AND ($includeConfidential OR NOT coalesce(p.confidential, false))
  AND ($minInvestment IS NULL OR p.investmentYi > $minInvestment)
  AND ($region IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(:Region {code: $region}) })
  AND ($scope IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(:Region {code: $scope}) })
  AND ($chainId IS NULL OR EXISTS { (p)-[:TARGETS]->(:Segment {chainId: $chainId}) })
  AND ($segmentId IS NULL OR EXISTS { (p)-[:TARGETS]->(:Segment)<-[:HAS_CHILD*0..6]-(:Segment {id: $segmentId}) })
WITH p
ORDER BY $stageRank[p.stage], p.id
LIMIT $limit
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
