// Purpose: the local supporting rate (本地配套率) of an enterprise X in a scope: its distinct
//   tier-1 suppliers, the distinct suppliers of those (tier 2) leaving out X and its tier-1
//   suppliers, how many of each are local (located in the scope or a region within it), and the
//   tier-1 suppliers grouped by the segments they are IN_SEGMENT.
//   With $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links count as supply and only CONFIRMED
//   IN_SEGMENT links place a supplier in a segment.
// Parameters: $enterpriseId, $scope (region code), $evidence ('ALL' | 'CONFIRMED').
// Row: { tier1: { local, total }, tier2: { local, total }, unsegmented: { local, total },
//   bySegment: [{ segment: Segment, local, total }] } — no row when X or the scope does not exist.
MATCH (x:Enterprise {id: $enterpriseId})
MATCH (scope:Region {code: $scope})
CALL (x) {
  OPTIONAL MATCH (x)<-[supply:SUPPLIES]-(t:Enterprise)
  WHERE t <> x AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
  RETURN collect(DISTINCT t) AS tier1
}
CALL (x, tier1) {
  UNWIND tier1 AS t
  MATCH (t)<-[supply:SUPPLIES]-(u:Enterprise)
  WHERE u <> x AND NOT u IN tier1 AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
  RETURN collect(DISTINCT u) AS tier2
}
// Local = LOCATED_IN a region of the scope: the scope's regions are gathered once, so that each
// supplier costs one expand rather than a walk up the region tree.
CALL (scope) {
  MATCH (r:Region)-[:WITHIN*0..6]->(scope)
  RETURN collect(r) AS scopeRegions
}
WITH tier1, tier2,
  [t IN tier1 WHERE EXISTS { MATCH (t)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions }] AS local1,
  [u IN tier2 WHERE EXISTS { MATCH (u)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions }] AS local2
CALL (tier1, local1) {
  UNWIND tier1 AS t
  MATCH (t)-[placed:IN_SEGMENT]->(s:Segment)
  WHERE ($evidence = 'ALL' OR placed.evidence = 'CONFIRMED')
  WITH s, collect(DISTINCT t) AS members
  RETURN collect({
    segment: s {
      .id, .chainId, .name, .nameEn, .stage, .order,
      parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
      depth: size([(s)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
    },
    local: size([m IN members WHERE m IN local1]),
    total: size(members)
  }) AS bySegment
}
WITH tier1, tier2, local1, local2, bySegment,
  [t IN tier1 WHERE NOT EXISTS { MATCH (t)-[placed:IN_SEGMENT]->(:Segment) WHERE ($evidence = 'ALL' OR placed.evidence = 'CONFIRMED') }] AS bare
RETURN
  { local: size(local1), total: size(tier1) } AS tier1,
  { local: size(local2), total: size(tier2) } AS tier2,
  { local: size([t IN bare WHERE t IN local1]), total: size(bare) } AS unsegmented,
  bySegment
