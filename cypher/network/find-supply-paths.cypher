// Purpose: the shortest SUPPLIES paths between two enterprises, at most $maxHops links: the
//   directed ones (from supplies … supplies to) when there are any, else those ignoring direction.
//   Anchored on both ids; the patterns are bounded at 6 links (the API's cap), $maxHops narrows it.
// Parameters: $fromId, $toId (different ids), $maxHops (1..6), $maxPaths (int).
// Row: { directed: bool, nodes: [Enterprise], edges: [{ from, to, products, since, evidence, source }] }
//   one per path, ordered by the ids along the path, then by the suppliers' ids along it (two
//   paths through the same nodes differ in the direction of a link) — no row when there is no path or either
//   enterprise does not exist.
MATCH (a:Enterprise {id: $fromId})
MATCH (b:Enterprise {id: $toId})
CALL (a, b) {
  MATCH path = ALL SHORTEST (a)-[:SUPPLIES]->{1,6}(b)
  WHERE length(path) <= $maxHops
  WITH path
  ORDER BY [n IN nodes(path) | n.id], [l IN relationships(path) | startNode(l).id]
  LIMIT $maxPaths
  RETURN collect(path) AS directedPaths
}
CALL (a, b, directedPaths) {
  WITH a, b, directedPaths
  WHERE size(directedPaths) = 0
  MATCH path = ALL SHORTEST (a)-[:SUPPLIES]-{1,6}(b)
  WHERE length(path) <= $maxHops
  WITH path
  ORDER BY [n IN nodes(path) | n.id], [l IN relationships(path) | startNode(l).id]
  LIMIT $maxPaths
  RETURN collect(path) AS undirectedPaths
}
WITH size(directedPaths) > 0 AS directed, directedPaths + undirectedPaths AS found
UNWIND found AS path
RETURN directed,
  [n IN nodes(path) | n {
    .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(n.tags, []),
    region: [(n)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0]
  }] AS nodes,
  [l IN relationships(path) | {
    from: startNode(l).id, to: endNode(l).id,
    products: l.products, since: l.since, evidence: l.evidence, source: l.source
  }] AS edges
