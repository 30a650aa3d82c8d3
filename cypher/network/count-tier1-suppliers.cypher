// Purpose: the tier-1 本地配套率 facts of some enterprises (the chain's 链主 in a what-if) as two
//   counts, without listing the suppliers: the distinct tier-1 suppliers other than the enterprise
//   itself and how many of them are local (LOCATED_IN the scope or a region WITHIN it). The same
//   tier-1 rule as get-supporting-rate; with $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links
//   count. A 链主 with 140,000 suppliers costs one expand per supplier, and nothing is returned per
//   supplier.
// Parameters: $enterpriseIds (list), $scope (region code), $evidence ('ALL' | 'CONFIRMED').
// Row: { enterpriseId, local: bool (the enterprise itself), total: int, localCount: int }
//   one per existing enterprise.
MATCH (scope:Region {code: $scope})
CALL (scope) {
  MATCH (r:Region)-[:WITHIN*0..8]->(scope)
  RETURN collect(r) AS scopeRegions
}
UNWIND $enterpriseIds AS id
MATCH (x:Enterprise {id: id})
CALL (x, scopeRegions) {
  OPTIONAL MATCH (x)<-[supply:SUPPLIES]-(t:Enterprise)
  WHERE t <> x AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
  WITH DISTINCT t
  RETURN count(t) AS total,
    count(CASE WHEN EXISTS { MATCH (t)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions } THEN 1 END) AS localCount
}
RETURN x.id AS enterpriseId,
  EXISTS { MATCH (x)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions } AS local,
  total,
  localCount
