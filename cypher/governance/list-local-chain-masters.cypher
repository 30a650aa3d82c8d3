// Purpose: the chain's local 链主: enterprises that LEAD it and are LOCATED_IN the scope or a region
//          within it (their tier-1 本地配套率 gives CHAIN_MASTER_LOCAL_RATE).
// Parameters: $chainId, $scope (region code).
// Row: { id }, ordered by id.
MATCH (e:Enterprise)-[:LEADS]->(:Chain {id: $chainId})
WHERE EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $scope}) }
RETURN e.id AS id
ORDER BY id
