// Purpose: an enterprise X's supplier network: X, its suppliers, their suppliers … up to $tiers
//   links upstream, each at its shortest supply distance (tier), ordered by tier then id and cut
//   at $maxOthers besides X; then every SUPPLIES link among the kept nodes, cut at $maxEdges.
//   The pattern is bounded at 3 links (the API's cap); $tiers narrows it.
// Parameters: $enterpriseId, $scope (region code), $tiers (1..3), $maxOthers (int), $maxEdges (int).
// Row: { nodes: [{ enterprise: Enterprise, tier, local, segments: [Segment] }] (X first),
//   edges: [{ from, to, products, since, evidence, source }] ordered by from, to,
//   truncated: bool } — no row when X or the scope does not exist.
MATCH (x:Enterprise {id: $enterpriseId})
MATCH (scope:Region {code: $scope})
CALL (x) {
  MATCH path = ANY SHORTEST (x)<-[:SUPPLIES]-{1,3}(n:Enterprise)
  WHERE n <> x AND length(path) <= $tiers
  WITH n, length(path) AS tier
  ORDER BY tier, n.id
  LIMIT $maxOthers + 1
  RETURN collect({ node: n, tier: tier }) AS found
}
WITH x, scope, size(found) > $maxOthers AS cutNodes, [{ node: x, tier: 0 }] + found[..$maxOthers] AS members
WITH scope, cutNodes, members, [m IN members | m.node] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[l:SUPPLIES]->(b:Enterprise)
  WHERE b IN kept
  WITH a, b, l
  ORDER BY a.id, b.id
  LIMIT $maxEdges + 1
  RETURN collect({ from: a.id, to: b.id, products: l.products, since: l.since, evidence: l.evidence, source: l.source }) AS links
}
UNWIND members AS m
WITH scope, cutNodes, links, m.node AS n, m.tier AS tier
WITH cutNodes, links, collect({
  enterprise: n {
    .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(n.tags, []),
    region: [(n)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0]
  },
  tier: tier,
  local: EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(scope) },
  segments: COLLECT {
    MATCH (n)-[:IN_SEGMENT]->(s:Segment)
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
