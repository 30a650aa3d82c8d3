// Purpose: the facts behind 韧性 (PRODUCT.md "韧性") for an enterprise X: its distinct tier-1
//   suppliers with the share on their link to X, where they are (local to the scope; foreign =
//   outside the country of $home) and their segments; the chains X is in; and the tier-2 links
//   (U supplies a tier-1 supplier V, U neither X nor a tier-1 supplier) of every U that supplies
//   exactly one tier-1 supplier: the sole channels.
//   Grouping, HHI and concentration are derived in TypeScript (server/repositories/resilience.ts).
//   With $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links count and only CONFIRMED IN_SEGMENT
//   links place an enterprise in a segment.
// Parameters: $enterpriseId, $scope (region code), $home (region code whose country decides
//   "foreign"), $evidence ('ALL' | 'CONFIRMED').
// Row: { centerChains: [chainId], country: code | null,
//   tier1: [{ enterprise: Enterprise, share: float | null, local: bool, foreign: bool, segments: [Segment] }] by id,
//   tier2: [{ supplier: Enterprise, customerId }] by supplier id (one row per such U) }
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
CALL (x) {
  MATCH (x)<-[supply:SUPPLIES]-(t:Enterprise)
  WHERE t <> x AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
  WITH t, supply
  ORDER BY t.id
  RETURN collect({ t: t, share: supply.share }) AS links
}
WITH x, scopeRegions, country, links
CALL (x) {
  // Only the tier-2 suppliers with exactly one customer among X's tier-1 suppliers: the others
  // carry no sole channel. Tier-1 membership is a check on U's own links to X (not a list scan),
  // so a 链主 with thousands of suppliers is not a quadratic walk.
  MATCH (x)<-[s1:SUPPLIES]-(v:Enterprise)<-[s2:SUPPLIES]-(u:Enterprise)
  WHERE v <> x AND u <> x
    AND ($evidence = 'ALL' OR (s1.evidence = 'CONFIRMED' AND s2.evidence = 'CONFIRMED'))
    AND NOT EXISTS { MATCH (u)-[s:SUPPLIES]->(x) WHERE $evidence = 'ALL' OR s.evidence = 'CONFIRMED' }
  WITH u, collect(DISTINCT v.id) AS customers
  WHERE size(customers) = 1
  WITH u, customers[0] AS customerId
  ORDER BY u.id
  RETURN collect({
    supplier: u { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(u.tags, []),
      region: [(u)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] },
    customerId: customerId
  }) AS tier2
}
CALL (links, scopeRegions, country) {
  UNWIND links AS l
  WITH l.t AS t, l.share AS share, scopeRegions, country
  ORDER BY t.id
  RETURN collect({
    enterprise: t { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(t.tags, []),
      region: [(t)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] },
    share: share,
    local: EXISTS { MATCH (t)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions },
    foreign: country IS NOT NULL AND NOT EXISTS { (t)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(country) },
    segments: COLLECT {
      MATCH (t)-[placed:IN_SEGMENT]->(s:Segment)
      WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED'
      WITH DISTINCT s
      RETURN s {
        .id, .chainId, .name, .nameEn, .stage, .order,
        parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0],
        depth: size([(s)<-[:HAS_CHILD*1..8]-(:Segment) | 1])
      } AS segment
      ORDER BY s.id
    }
  }) AS tier1
}
RETURN
  COLLECT {
    MATCH (x)-[placed:IN_SEGMENT]->(s:Segment)
    WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED'
    RETURN DISTINCT s.chainId AS chainId ORDER BY chainId
  } AS centerChains,
  country.code AS country,
  tier1,
  tier2
