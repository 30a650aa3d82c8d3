// Purpose: which of the given enterprises already have a project in a scope: a project BY the
//   enterprise, LOCATED_IN the scope or a region within it, at any stage but DROPPED (the 对标 gap
//   rows' inPipeline). Confidential projects count only when $includeConfidential is true.
// Parameters: $scope (region code), $enterpriseIds (list), $includeConfidential (bool).
// Row: { enterpriseId } one per enterprise that has one, ordered by id.
MATCH (scope:Region {code: $scope})
UNWIND $enterpriseIds AS id
MATCH (e:Enterprise {id: id})
WHERE EXISTS {
  MATCH (e)<-[:BY]-(p:Project)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(scope)
  WHERE p.stage <> 'DROPPED' AND ($includeConfidential OR NOT coalesce(p.confidential, false))
}
RETURN DISTINCT e.id AS enterpriseId
ORDER BY enterpriseId
