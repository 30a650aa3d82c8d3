// Purpose: which of the given enterprises are local to a scope (LOCATED_IN it or a region WITHIN
//          it): the what-if tells a removed enterprise that leaves the local counts from one that
//          was never in them, and an added one that is already counted.
// Parameters: $ids: [enterprise id], $scope (region code).
// Row: { id } (distinct)
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $scope})
RETURN DISTINCT e.id AS id
