// Purpose: 韧性 (PRODUCT.md "韧性"; docs/rules.md "韧性 at a million enterprises") of an enterprise X,
//   grouped, counted and weighed here, so that a 链主 with 140,000 tier-1 suppliers answers with a
//   few groups and capped lists instead of every supplier's row:
//   X's tier-1 links (one per SUPPLIES link into X from another enterprise), each supplier under
//     the supplier network's group: its first segment by id in a chain X is in, else its first
//     segment by id, else no segment (null); per group n, local (LOCATED_IN the scope or a region
//     WITHIN it), foreign (outside the country of $home: its nearest COUNTRY-level ancestor),
//     whether every link has a share, the HHI before rounding (Σ (shareᵢ / Σ share)² over the
//     links in supplier-id order when every link has a share > 0, else 1/n), and the first
//     $listCap suppliers by id.
//   The sole channels are list-resilience-sole-channels (run beside this query).
//   With $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links count and only CONFIRMED IN_SEGMENT
//   links place an enterprise in a segment.
// Parameters: $enterpriseId, $scope (region code), $home (region code whose country decides
//   "foreign"), $evidence ('ALL' | 'CONFIRMED'), $listCap (int).
// Row: { country: code | null, suppliers, local, foreign: int,
//   groups: [{ segment: Segment | null, suppliers, local, foreign: int, sharesUsed: bool, hhi: float,
//              enterprises: [Enterprise] (at most $listCap, by id) }] (any order) }
//   — no row when X or the scope does not exist.
MATCH (x:Enterprise {id: $enterpriseId})
MATCH (scope:Region {code: $scope})
CALL (scope) {
  MATCH (r:Region)-[:WITHIN*0..8]->(scope)
  RETURN collect(r) AS scopeRegions
}
// The country of the home region: its nearest COUNTRY-level ancestor (itself when it is one).
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
// Where the suppliers are is judged once per region they are in, not once per supplier: the
// regions outside the home country among them (a walk up the region tree each).
CALL (x, country) {
  MATCH (x)<-[supply:SUPPLIES]-(t:Enterprise)-[:LOCATED_IN]->(r:Region)
  WHERE t <> x AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
  WITH DISTINCT r
  WHERE country IS NOT NULL AND NOT EXISTS { (r)-[:WITHIN*0..8]->(country) }
  RETURN collect(r) AS foreignRegions
}
CALL (x, scopeRegions, country, foreignRegions, centerChains) {
  MATCH (x)<-[supply:SUPPLIES]-(t:Enterprise)
  WHERE t <> x AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
  WITH t, supply.share AS share, [(t)-[:LOCATED_IN]->(r:Region) | r] AS regions
  WITH t, share,
    any(r IN regions WHERE r IN scopeRegions) AS local,
    country IS NOT NULL AND all(r IN regions WHERE r IN foreignRegions) AS foreign,
    COLLECT {
      MATCH (t)-[placed:IN_SEGMENT]->(s:Segment)
      WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED'
      RETURN s ORDER BY coalesce(s.chainId IN centerChains, false) DESC, s.id LIMIT 1
    }[0] AS g
  ORDER BY t.id
  WITH g, collect(t) AS members, collect(share) AS shares, count(*) AS n,
    sum(CASE WHEN local THEN 1 ELSE 0 END) AS nLocal, sum(CASE WHEN foreign THEN 1 ELSE 0 END) AS nForeign
  WITH g, members, n, nLocal, nForeign, shares,
    size(shares) = n AND all(s IN shares WHERE s > 0) AS sharesUsed,
    reduce(total = 0.0, s IN shares | total + s) AS total
  RETURN collect({
    segment: CASE WHEN g IS NULL THEN null ELSE g {
      .id, .chainId, .name, .nameEn, .stage, .order,
      parentId: [(ps:Segment)-[:HAS_CHILD]->(g) | ps.id][0],
      depth: size([(g)<-[:HAS_CHILD*1..8]-(:Segment) | 1])
    } END,
    suppliers: n,
    local: nLocal,
    foreign: nForeign,
    sharesUsed: sharesUsed,
    hhi: CASE WHEN sharesUsed THEN reduce(h = 0.0, s IN shares | h + (s / total) * (s / total)) ELSE 1.0 / n END,
    enterprises: [m IN members[..$listCap] | m { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(m.tags, []),
      region: [(m)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] }]
  }) AS groups,
  sum(n) AS suppliers, sum(nLocal) AS local, sum(nForeign) AS foreign
}
RETURN country.code AS country, suppliers, local, foreign, groups
