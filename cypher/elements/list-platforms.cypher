// Purpose: platforms located in a scope (its region or a region WITHIN it; all when $scope is
//          null), NATIONAL before PROVINCIAL before CITY before no level, then by id, with the
//          segments they serve and their host enterprise.
// Parameters: $scope (region code or null).
// Row: { platform: { id, name, kind, level, regionCode, hostId, segmentIds } }
MATCH (p:Platform)
WHERE $scope IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $scope}) }
RETURN p { .id, .name, .kind, .level, regionCode: [(p)-[:LOCATED_IN]->(r:Region) | r.code][0],
           hostId: [(p)-[:HOSTED_BY]->(e:Enterprise) | e.id][0],
           segmentIds: [s IN collect { MATCH (p)-[:SERVES]->(s:Segment) RETURN s.id AS s ORDER BY s } | s] } AS platform
ORDER BY CASE p.level WHEN 'NATIONAL' THEN 0 WHEN 'PROVINCIAL' THEN 1 WHEN 'CITY' THEN 2 ELSE 3 END, p.id
