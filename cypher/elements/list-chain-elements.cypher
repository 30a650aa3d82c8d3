// Purpose: the 要素链 inputs of one chain in a scope — the parks and AVAILABLE parcels located in
//          the scope (its region or a region WITHIN it), every fund, and the platforms located in
//          the scope, each with the ids of the chain's segments it is linked to (THEMED, SUITS,
//          FOCUSES_ON, SERVES). Covering through ancestors, ordering and reasons are derived in
//          TypeScript (server/repositories/elements.ts). Elements linked to none of the chain's
//          segments are left out, except parcels linked to no segment at all (they cover every
//          segment: anySegment true).
// Parameters: $chainId (string), $scope (region code).
// Row: { parks: [{ id, name, kind, operator, areaMu, floorSpaceSqm, vacantSqm, rentYuanSqmMonth, description, segmentIds }],
//        parcels: [{ id, name, areaMu, use, status, availableFrom, minInvestmentWanPerMu, minTaxWanPerMu, parkId, segmentIds, anySegment }],
//        funds: [{ id, name, sizeYi, manager, kind, segmentIds }],
//        platforms: [{ id, name, kind, level, segmentIds }] } — no row when the scope does not exist.
MATCH (scope:Region {code: $scope})
WITH [(r:Region)-[:WITHIN*0..8]->(scope) | r] AS regions
CALL (regions) {
  UNWIND regions AS r
  MATCH (r)<-[:LOCATED_IN]-(pk:Park)-[:THEMED]->(s:Segment {chainId: $chainId})
  WITH pk, collect(s.id) AS segmentIds
  RETURN collect(pk { .id, .name, .kind, .operator, .areaMu, .floorSpaceSqm, .vacantSqm, .rentYuanSqmMonth, .description, segmentIds: segmentIds }) AS parks
}
CALL (regions) {
  UNWIND regions AS r
  MATCH (r)<-[:LOCATED_IN]-(x:Parcel {status: 'AVAILABLE'})
  WITH x, [(x)-[:SUITS]->(s:Segment) | s] AS linked
  WITH x, linked, [s IN linked WHERE s.chainId = $chainId | s.id] AS segmentIds
  WHERE size(linked) = 0 OR size(segmentIds) > 0
  RETURN collect(x { .id, .name, .areaMu, .use, .status, .availableFrom, .minInvestmentWanPerMu, .minTaxWanPerMu,
                     parkId: [(x)-[:IN_PARK]->(k:Park) | k.id][0], segmentIds: segmentIds, anySegment: size(linked) = 0 }) AS parcels
}
CALL () {
  MATCH (f:Fund)-[:FOCUSES_ON]->(s:Segment {chainId: $chainId})
  WITH f, collect(s.id) AS segmentIds
  RETURN collect(f { .id, .name, .sizeYi, .manager, .kind, segmentIds: segmentIds }) AS funds
}
CALL (regions) {
  UNWIND regions AS r
  MATCH (r)<-[:LOCATED_IN]-(p:Platform)-[:SERVES]->(s:Segment {chainId: $chainId})
  WITH p, collect(s.id) AS segmentIds
  RETURN collect(p { .id, .name, .kind, .level, segmentIds: segmentIds }) AS platforms
}
RETURN parks, parcels, funds, platforms
