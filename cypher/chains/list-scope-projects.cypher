// Purpose: the active local projects of a chain's 现状图: per segment, the active projects
//          LOCATED_IN the scope (or a region within it) that target it or a segment below it, and
//          which of their enterprises are already local in that segment (a projected count adds
//          those nothing). Starts from the projects aimed at the chain's segments (not from the
//          scope's regions, whose LOCATED_IN links are mostly enterprises': 300,000 in the zone at
//          1M), one row per project: the cost follows the chain's projects. Only ids: the
//          projects' details are read when a query asks for them (list-status-projects).
//          Confidential projects take part only when $includeConfidential is true.
// Parameters: $chainId, $scope (region code), $activeStages (list), $includeConfidential (bool),
//             $evidence ('ALL' | 'CONFIRMED': which placements make an enterprise local in S).
// Row: one per project, by id: { id, enterpriseId (null without one), segmentIds: [id] (its target and
//      every segment above it; may repeat), localIn: [id] (segments where its enterprise is local
//      already; may repeat) }. The repository groups them per segment.
MATCH (scope:Region {code: $scope})
MATCH (:Segment {chainId: $chainId})<-[:TARGETS]-(p:Project)
WHERE p.stage IN $activeStages AND ($includeConfidential OR NOT coalesce(p.confidential, false))
  AND EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(scope) }
WITH DISTINCT scope, p
WITH scope, p, [(p)-[:BY]->(b:Enterprise) | b][0] AS by
WITH p, by,
     by IS NOT NULL AND EXISTS { (by)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(scope) } AS byLocal
// The segments the project counts in (its target and every segment above it), and those of them
// where its enterprise is local already (placed in the segment or below it, in the scope).
WITH p, by, byLocal,
     [(p)-[:TARGETS]->(:Segment {chainId: $chainId})<-[:HAS_CHILD*0..8]-(s:Segment) | s.id] AS segmentIds,
     CASE WHEN byLocal
          THEN [(by)-[placed:IN_SEGMENT]->(:Segment {chainId: $chainId})<-[:HAS_CHILD*0..8]-(s:Segment) WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED' | s.id]
          ELSE [] END AS localIn
RETURN p.id AS id, by.id AS enterpriseId, segmentIds, localIn
ORDER BY p.id
