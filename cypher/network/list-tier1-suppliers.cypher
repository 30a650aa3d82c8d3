// Purpose: the tier-1 suppliers of the given enterprises (the chain's 链主 in a what-if) and which
//   are local to a scope, so that the 本地配套率 can be recomputed with enterprises taken away or
//   added. The same tier-1 rule as get-supporting-rate: distinct suppliers other than itself;
//   with $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links count.
// Parameters: $enterpriseIds (list), $scope (region code), $evidence ('ALL' | 'CONFIRMED').
// Row: { enterpriseId, local: bool (the enterprise itself), suppliers: [{ id, local }] ordered by id }
//   one per existing enterprise.
MATCH (scope:Region {code: $scope})
CALL (scope) {
  MATCH (r:Region)-[:WITHIN*0..8]->(scope)
  RETURN collect(r) AS scopeRegions
}
UNWIND $enterpriseIds AS id
MATCH (x:Enterprise {id: id})
RETURN x.id AS enterpriseId,
  EXISTS { MATCH (x)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions } AS local,
  COLLECT {
    MATCH (x)<-[supply:SUPPLIES]-(t:Enterprise)
    WHERE t <> x AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
    WITH DISTINCT t
    RETURN { id: t.id, local: EXISTS { MATCH (t)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions } } AS supplier
    ORDER BY t.id
  } AS suppliers
