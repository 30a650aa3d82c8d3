// Purpose: one page of a 韧性 group (PRODUCT.md "韧性"; docs/rules.md "韧性 at a million
//   enterprises"): the tier-1 links into X whose supplier falls under the group of segment
//   $segmentId by the supplier network's grouping rule (its first segment by id in a chain X is in,
//   else its first segment by id) — or, with $segmentId null, the suppliers in no segment —, in
//   supplier-id order, from $offset, at most $limit; each with the link's share, whether the
//   supplier is local (LOCATED_IN the scope or a region WITHIN it) and foreign (outside the country
//   of $home). The same rules and order as get-resilience, which lists a group's first suppliers.
//   With $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links count and only CONFIRMED IN_SEGMENT
//   links place an enterprise in a segment.
// Parameters: $enterpriseId, $scope, $home (region codes), $evidence ('ALL' | 'CONFIRMED'),
//   $segmentId (id | null), $offset, $limit (ints).
// Row: { total: int, suppliers: [{ enterprise: Enterprise, share: float | null, local: bool, foreign: bool }] }
//   — no row when X or the scope does not exist.
MATCH (x:Enterprise {id: $enterpriseId})
MATCH (scope:Region {code: $scope})
CALL (scope) {
  MATCH (r:Region)-[:WITHIN*0..8]->(scope)
  RETURN collect(r) AS scopeRegions
}
CALL () {
  OPTIONAL MATCH up = (:Region {code: $home})-[:WITHIN*0..8]->(c:Region {level: 'COUNTRY'})
  WITH c ORDER BY length(up)
  RETURN collect(c)[0] AS country
}
WITH x, scopeRegions, country,
  COLLECT {
    MATCH (x)-[placed:IN_SEGMENT]->(s:Segment)
    WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED'
    RETURN DISTINCT s.chainId
  } AS centerChains
CALL (x, centerChains) {
  MATCH (x)<-[supply:SUPPLIES]-(t:Enterprise)
  WHERE t <> x AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
  WITH t, supply.share AS share,
    COLLECT {
      MATCH (t)-[placed:IN_SEGMENT]->(s:Segment)
      WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED'
      RETURN s.id ORDER BY coalesce(s.chainId IN centerChains, false) DESC, s.id LIMIT 1
    }[0] AS groupId
  WITH t, share
  WHERE groupId = $segmentId OR (groupId IS NULL AND $segmentId IS NULL)
  ORDER BY t.id
  RETURN collect({ t: t, share: share }) AS links
}
WITH size(links) AS total, links[$offset..($offset + $limit)] AS shown, scopeRegions, country
CALL (shown, scopeRegions, country) {
  UNWIND shown AS l
  WITH l.t AS t, l.share AS share
  RETURN collect({
    enterprise: t { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(t.tags, []),
      region: [(t)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] },
    share: share,
    local: EXISTS { MATCH (t)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions },
    foreign: country IS NOT NULL AND NOT EXISTS { (t)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(country) }
  }) AS suppliers
}
RETURN total, suppliers
