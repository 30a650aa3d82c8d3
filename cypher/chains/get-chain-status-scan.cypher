// Purpose: (the benchmark's baseline; the app reads get-chain-status, which reads the maintained
//          local counts) the 现状图 inputs, computed by scanning the scope's enterprises — per segment of a chain that has any, the distinct local enterprises
// in it or any descendant, and the active local projects targeting it or a segment below it.
// "Local" = LOCATED_IN the scope region or a region WITHIN it. The query starts from the scope's
// regions, so its cost follows the number of local enterprises, not the size of the chain.
// Status, filling, broken links and the projected count are derived in TypeScript
// (server/repositories/chain-status.ts). Segments absent from the rows have no local enterprise
// and no active project. Confidential projects take part only when $includeConfidential is true.
// With $evidence 'CONFIRMED' only a CONFIRMED IN_SEGMENT link places an enterprise in a segment.
// Parameters: $chainId, $scope (region code), $activeStages (list), $listCap (int), $includeConfidential (bool),
//   $evidence ('ALL' | 'CONFIRMED').
// Row: { segmentId, localIds: [id], locals: [<Enterprise projection>] (first $listCap),
//        projects: [<Project projection>] } — no row at all when the scope does not exist.
MATCH (scope:Region {code: $scope})
MATCH (r:Region)-[:WITHIN*0..8]->(scope)
WITH collect(r) AS scopeRegions
CALL (scopeRegions) {
  UNWIND scopeRegions AS r
  MATCH (r)<-[:LOCATED_IN]-(e:Enterprise)-[placed:IN_SEGMENT]->(:Segment {chainId: $chainId})<-[:HAS_CHILD*0..8]-(s:Segment)
  WHERE ($evidence = 'ALL' OR placed.evidence = 'CONFIRMED')
  RETURN s, e, null AS p
  UNION
  UNWIND scopeRegions AS r
  MATCH (r)<-[:LOCATED_IN]-(p:Project)-[:TARGETS]->(:Segment {chainId: $chainId})<-[:HAS_CHILD*0..8]-(s:Segment)
  WHERE p.stage IN $activeStages AND ($includeConfidential OR NOT coalesce(p.confidential, false))
  RETURN s, null AS e, p
}
WITH s, e, p
ORDER BY CASE e.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END, e.id, p.id
WITH s, collect(DISTINCT e) AS localList, collect(DISTINCT p) AS projects
RETURN s.id AS segmentId, [e IN localList | e.id] AS localIds,
       [e IN localList[0..$listCap] | e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
                          region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0] }] AS locals,
       [p IN projects | p { .id, .name, .stage, .investmentYi, .signedOn, .plannedProductionOn,
                            confidential: coalesce(p.confidential, false),
                            enterpriseId: [(p)-[:BY]->(e:Enterprise) | e.id][0],
                            enterprise: [(p)-[:BY]->(e:Enterprise) | e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
                                          region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0] }][0],
                            segment: [(p)-[:TARGETS]->(t:Segment) | t { .id, .chainId, .name, .nameEn, .stage, .order,
                                          parentId: [(q:Segment)-[:HAS_CHILD]->(t) | q.id][0],
                                          depth: size([(t)<-[:HAS_CHILD*1..8]-(:Segment) | 1]) }][0],
                            region: [(p)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0] }] AS projects
