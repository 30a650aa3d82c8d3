// Purpose: an enterprise X's supplier network: X, its suppliers, their suppliers … up to $tiers
//   links upstream, each at its shortest supply distance (tier), ordered by tier then id and cut
//   at $maxOthers besides X; then every SUPPLIES link among the kept nodes, cut at $maxEdges.
//   The pattern is bounded at 3 links (the API's cap); $tiers narrows it.
//   With $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links are walked and returned, and only
//   CONFIRMED IN_SEGMENT links give a node its segments.
// Parameters: $enterpriseId, $scope (region code), $tiers (1..3), $maxOthers (int), $maxEdges (int),
//   $evidence ('ALL' | 'CONFIRMED').
// Row: { nodes: [{ enterprise: Enterprise, tier, local, segments: [Segment] }] (X first),
//   edges: [{ from, to, products, since, evidence, source }] ordered by from, to,
//   truncated: bool } — no row when X or the scope does not exist.
MATCH (x:Enterprise {id: $enterpriseId})
MATCH (scope:Region {code: $scope})
// Tier 1 first: when X has more direct suppliers than the cut keeps (a 链主), the kept nodes are
// the first of them by id and nothing further upstream is walked. Otherwise the shortest-path
// search runs with its depth bound written out for $tiers (a bound cannot be a parameter), so
// that tiers 2 does not walk a third link.
CALL (x) {
  MATCH (x)<-[supply:SUPPLIES]-(n:Enterprise)
  WHERE n <> x AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
  WITH DISTINCT n
  ORDER BY n.id
  LIMIT $maxOthers + 1
  RETURN collect(n) AS direct
}
CALL (x, direct) {
  WITH direct
  WHERE $tiers <= 1 OR size(direct) = 0 OR size(direct) > $maxOthers
  RETURN [n IN direct | { node: n, tier: 1 }] AS found
  UNION
  WITH x, direct
  WHERE $tiers = 2 AND 0 < size(direct) <= $maxOthers
  MATCH path = ANY SHORTEST (x)(()<-[supply:SUPPLIES]-() WHERE ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')){1,2}(n:Enterprise)
  WHERE n <> x
  WITH direct, n, length(path) AS tier
  ORDER BY tier, n.id
  LIMIT $maxOthers + 1
  // Grouped by direct, so that a branch whose condition is false returns no row at all.
  WITH direct, collect({ node: n, tier: tier }) AS found
  RETURN found
  UNION
  WITH x, direct
  WHERE $tiers >= 3 AND 0 < size(direct) <= $maxOthers
  MATCH path = ANY SHORTEST (x)(()<-[supply:SUPPLIES]-() WHERE ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')){1,3}(n:Enterprise)
  WHERE n <> x
  WITH direct, n, length(path) AS tier
  ORDER BY tier, n.id
  LIMIT $maxOthers + 1
  WITH direct, collect({ node: n, tier: tier }) AS found
  RETURN found
}
// Local = LOCATED_IN a region of the scope: the scope's regions are gathered once.
CALL (scope) {
  MATCH (r:Region)-[:WITHIN*0..6]->(scope)
  RETURN collect(r) AS scopeRegions
}
WITH x, scopeRegions, size(found) > $maxOthers AS cutNodes, [{ node: x, tier: 0 }] + found[..$maxOthers] AS members
WITH scopeRegions, cutNodes, members, [m IN members | m.node] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[l:SUPPLIES]->(b:Enterprise)
  WHERE b IN kept AND ($evidence = 'ALL' OR l.evidence = 'CONFIRMED')
  WITH a, b, l
  ORDER BY a.id, b.id
  LIMIT $maxEdges + 1
  RETURN collect({ from: a.id, to: b.id, products: l.products, since: l.since, evidence: l.evidence, source: l.source }) AS links
}
UNWIND members AS m
WITH scopeRegions, cutNodes, links, m.node AS n, m.tier AS tier
WITH cutNodes, links, collect({
  enterprise: n {
    .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(n.tags, []),
    region: [(n)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0]
  },
  tier: tier,
  local: EXISTS { MATCH (n)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions },
  segments: COLLECT {
    MATCH (n)-[placed:IN_SEGMENT]->(s:Segment)
    WHERE ($evidence = 'ALL' OR placed.evidence = 'CONFIRMED')
    WITH DISTINCT s
    RETURN s {
      .id, .chainId, .name, .nameEn, .stage, .order,
      parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
      depth: size([(s)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
    } AS segment
    ORDER BY s.id
  }
}) AS nodes
RETURN nodes, links[..$maxEdges] AS edges, cutNodes OR size(links) > $maxEdges AS truncated
