// Purpose: the parks located in a scope (its region or a region WITHIN it), or every park when
//          $scope is null, with their space figures; ordered by id.
// Parameters: $scope (region code or null).
// Row: { park: { id, name, kind, operator, areaMu, floorSpaceSqm, vacantSqm, rentYuanSqmMonth, description, regionCode } }
MATCH (pk:Park)
WHERE $scope IS NULL OR EXISTS { (pk)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $scope}) }
RETURN pk { .id, .name, .kind, .operator, .areaMu, .floorSpaceSqm, .vacantSqm, .rentYuanSqmMonth, .description,
            regionCode: [(pk)-[:LOCATED_IN]->(r:Region) | r.code][0] } AS park
ORDER BY pk.id
