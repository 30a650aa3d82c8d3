// Purpose: parcels by filter — located in a scope (its region or a region WITHIN it), in a park,
//          with a status, suited to a segment (directly; covering through ancestors is the
//          matching's business) — each null for no condition; ordered by id.
// Parameters: $scope, $parkId, $status, $segmentId (each string or null), $ids (list or null).
// Row: { parcel: { id, name, areaMu, use, status, availableFrom, minInvestmentWanPerMu, minTaxWanPerMu,
//                  regionCode, parkId, segmentIds } }
MATCH (x:Parcel)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($status IS NULL OR x.status = $status)
  AND ($parkId IS NULL OR EXISTS { (x)-[:IN_PARK]->(:Park {id: $parkId}) })
  AND ($segmentId IS NULL OR EXISTS { (x)-[:SUITS]->(:Segment {id: $segmentId}) })
  AND ($scope IS NULL OR EXISTS { (x)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $scope}) })
RETURN x { .id, .name, .areaMu, .use, .status, .availableFrom, .minInvestmentWanPerMu, .minTaxWanPerMu,
           regionCode: [(x)-[:LOCATED_IN]->(r:Region) | r.code][0], parkId: [(x)-[:IN_PARK]->(k:Park) | k.id][0],
           segmentIds: [s IN collect { MATCH (x)-[:SUITS]->(s:Segment) RETURN s.id AS s ORDER BY s } | s] } AS parcel
ORDER BY x.id
