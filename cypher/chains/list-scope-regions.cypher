// Purpose: the codes of a scope region and every region WITHIN it (up to 8 levels): what "local"
//          means for the local-enterprise lists of the 现状图.
// Parameters: $scope (region code).
// Row: { code }
MATCH (r:Region)-[:WITHIN*0..8]->(:Region {code: $scope})
RETURN DISTINCT r.code AS code
