// Purpose: one page of X's sole channels (PRODUCT.md "韧性"): a tier-1 supplier V carries a tier-2
//   supplier U (U supplies V, U is neither X nor a tier-1 supplier) when V is U's only customer
//   among X's tier-1 suppliers. In V's id order from $offset, at most $limit, each with the number
//   of U's it carries and the first $carriesCap of them by id. The 韧性 answer (getResilience)
//   reads its first page.
//   With $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links count.
// Parameters: $enterpriseId, $evidence ('ALL' | 'CONFIRMED'), $offset, $limit, $carriesCap (ints).
// Row: { total: int, channels: [{ enterprise: Enterprise, carriesCount: int, carries: [Enterprise] }] }
//   — no row when X does not exist.
MATCH (x:Enterprise {id: $enterpriseId})
CALL (x) {
  MATCH (x)<-[s1:SUPPLIES]-(v:Enterprise)<-[s2:SUPPLIES]-(u:Enterprise)
  WHERE v <> x AND u <> x
    AND ($evidence = 'ALL' OR (s1.evidence = 'CONFIRMED' AND s2.evidence = 'CONFIRMED'))
  WITH u, collect(DISTINCT v) AS customers
  WHERE size(customers) = 1
    AND NOT EXISTS { MATCH (u)-[s:SUPPLIES]->(x) WHERE $evidence = 'ALL' OR s.evidence = 'CONFIRMED' }
  WITH customers[0] AS v, u
  ORDER BY u.id
  WITH v, collect(u) AS carried
  ORDER BY v.id
  RETURN collect({ v: v, carried: carried }) AS channelList
}
WITH size(channelList) AS total, channelList[$offset..($offset + $limit)] AS shown
CALL (shown) {
  UNWIND shown AS c
  WITH c.v AS v, c.carried AS carried
  RETURN collect({
    enterprise: v { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(v.tags, []),
      region: [(v)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] },
    carriesCount: size(carried),
    carries: [u IN carried[..$carriesCap] | u { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(u.tags, []),
      region: [(u)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] }]
  }) AS channels
}
RETURN total, channels
