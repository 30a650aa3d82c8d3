// Purpose: what a project asks of the elements: its target segment, investment, land and space needs.
// Parameters: $id (project id).
// Row: { id, segmentId, investmentYi, landNeedMu, floorSpaceNeedSqm, confidential } — no row when absent.
MATCH (p:Project {id: $id})
RETURN p.id AS id, [(p)-[:TARGETS]->(s:Segment) | s.id][0] AS segmentId, p.investmentYi AS investmentYi,
       p.landNeedMu AS landNeedMu, p.floorSpaceNeedSqm AS floorSpaceNeedSqm, coalesce(p.confidential, false) AS confidential
