// Purpose: the active local projects of a chain's 现状图: per segment, the active projects
//          LOCATED_IN the scope (or a region within it) that target it or a segment below it, and
//          which of their enterprises are already local in that segment (a projected count adds
//          those nothing). Starts from the projects aimed at the chain's segments (not from the
//          scope's regions, whose LOCATED_IN links are mostly enterprises': 300,000 in the zone at
//          1M), and projects each project once before it is repeated under every segment above
//          its target: the cost follows the chain's projects.
//          Confidential projects take part only when $includeConfidential is true.
// Parameters: $chainId, $scope (region code), $activeStages (list), $includeConfidential (bool),
//             $evidence ('ALL' | 'CONFIRMED': which placements make an enterprise local in S).
// Row: { segmentId, projects: [<Project projection>] (by id), localEnterpriseIds: [id] }
MATCH (scope:Region {code: $scope})
MATCH (:Segment {chainId: $chainId})<-[:TARGETS]-(p:Project)
WHERE p.stage IN $activeStages AND ($includeConfidential OR NOT coalesce(p.confidential, false))
  AND EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(scope) }
WITH DISTINCT scope, p
WITH scope, p, [(p)-[:BY]->(b:Enterprise) | b][0] AS by
WITH p, by,
     by IS NOT NULL AND EXISTS { (by)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(scope) } AS byLocal,
     p { .id, .name, .stage, .investmentYi, .signedOn, .plannedProductionOn,
         confidential: coalesce(p.confidential, false),
         enterpriseId: by.id,
         enterprise: CASE WHEN by IS NULL THEN null ELSE by { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(by.tags, []),
                       region: [(by)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0] } END,
         segment: [(p)-[:TARGETS]->(t:Segment) | t { .id, .chainId, .name, .nameEn, .stage, .order,
                       parentId: [(q:Segment)-[:HAS_CHILD]->(t) | q.id][0],
                       depth: size([(t)<-[:HAS_CHILD*1..8]-(:Segment) | 1]) }][0],
         region: [(p)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0] } AS projected
MATCH (p)-[:TARGETS]->(:Segment {chainId: $chainId})<-[:HAS_CHILD*0..8]-(s:Segment)
WITH DISTINCT s, p, by, byLocal, projected
WITH s, p, projected,
     CASE WHEN byLocal AND EXISTS { MATCH (by)-[placed:IN_SEGMENT]->(:Segment)<-[:HAS_CHILD*0..8]-(s) WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED' }
          THEN by.id END AS localId
ORDER BY p.id
WITH s, collect(projected) AS projects, collect(localId) AS localEnterpriseIds
RETURN s.id AS segmentId, localEnterpriseIds, projects
