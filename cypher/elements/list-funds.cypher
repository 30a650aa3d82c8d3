// Purpose: funds (all, or those with the given ids), largest first, with their focus segments
//          and investments.
// Parameters: $ids (list or null).
// Row: { fund: { id, name, sizeYi, manager, kind, regionCode, segmentIds,
//                investments: [{ enterpriseId, projectId, amountYi, on }] } }
MATCH (f:Fund)
WHERE $ids IS NULL OR f.id IN $ids
RETURN f { .id, .name, .sizeYi, .manager, .kind, regionCode: [(f)-[:LOCATED_IN]->(r:Region) | r.code][0],
           segmentIds: [s IN collect { MATCH (f)-[:FOCUSES_ON]->(s:Segment) RETURN s.id AS s ORDER BY s } | s],
           investments: [i IN collect { MATCH (f)-[v:INVESTED_IN]->(t)
                                        RETURN { enterpriseId: CASE WHEN t:Enterprise THEN t.id END, projectId: CASE WHEN t:Project THEN t.id END,
                                                 amountYi: v.amountYi, on: v.on } AS i ORDER BY t.id } | i] } AS fund
ORDER BY f.sizeYi DESC, f.id
