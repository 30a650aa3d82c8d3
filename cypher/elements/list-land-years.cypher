// Purpose: the years for which any enterprise in the scope (its region or a region WITHIN it) has
//          figures, latest first (the 亩均论英雄 view opens on the latest).
// Parameters: $scope (region code).
// Row: { year: int }
MATCH (scope:Region {code: $scope})
MATCH (r:Region)-[:WITHIN*0..8]->(scope)
MATCH (r)<-[:LOCATED_IN]-(:Enterprise)-[:HAS_YEAR]->(y:EnterpriseYear)
RETURN DISTINCT y.year AS year
ORDER BY year DESC
