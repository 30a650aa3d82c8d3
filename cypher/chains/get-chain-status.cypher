// Purpose: the 现状图 inputs — per segment of a chain, the distinct local enterprises in it or
// any descendant, and the active local projects targeting it or a segment below it.
// "Local" = LOCATED_IN the scope region or a region WITHIN it. Status, filling, broken links
// and the projected count are derived from these rows in TypeScript (chain-status.ts).
// Confidential projects take part only when $includeConfidential is true (analysts and up).
// Parameters: $chainId, $scope (region code), $activeStages (list), $listCap (int), $includeConfidential (bool).
// Row: { segmentId, localIds: [id], locals: [<Enterprise projection>] (first $listCap),
//        projects: [<Project projection>] } — no row at all when the scope does not exist.
MATCH (scope:Region {code: $scope})
CALL (scope) {
  MATCH (r:Region)-[:WITHIN*0..8]->(scope)
  RETURN collect(DISTINCT r) AS scopeRegions
}
MATCH (s:Segment {chainId: $chainId})
CALL (s, scopeRegions) {
  MATCH (s)-[:HAS_CHILD*0..8]->(:Segment)<-[:IN_SEGMENT]-(e:Enterprise)-[:LOCATED_IN]->(r:Region)
  WHERE r IN scopeRegions
  WITH DISTINCT e
  ORDER BY CASE e.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END, e.id
  RETURN collect(e.id) AS localIds, collect(e)[0..$listCap] AS locals
}
CALL (s, scopeRegions) {
  OPTIONAL MATCH (s)-[:HAS_CHILD*0..8]->(:Segment)<-[:TARGETS]-(p:Project)-[:LOCATED_IN]->(r:Region)
  WHERE p.stage IN $activeStages AND r IN scopeRegions
    AND ($includeConfidential OR NOT coalesce(p.confidential, false))
  WITH DISTINCT p
  ORDER BY p.id
  RETURN collect(p) AS projects
}
RETURN s.id AS segmentId, localIds,
       [e IN locals | e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
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
