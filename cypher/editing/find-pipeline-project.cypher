// Purpose: a project of an enterprise aimed at a segment inside a scope that is not DROPPED
// (so a second lead for the same target is not created).
// Parameters: $enterpriseId, $segmentId, $scope (region code).
// Row: { id, name, stage } — no row when there is none.
MATCH (:Enterprise {id: $enterpriseId})<-[:BY]-(p:Project)-[:TARGETS]->(:Segment {id: $segmentId})
WHERE p.stage <> 'DROPPED'
  AND EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $scope}) }
RETURN p.id AS id, p.name AS name, p.stage AS stage
LIMIT 1
