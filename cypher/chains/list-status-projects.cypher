// Purpose: the details of the status map's active projects (SegmentStatus.activeProjects), read
//          only when a query asks for them: the gap picture needs their ids alone
//          (list-scope-projects), the panel and the exports their names, stages and links.
// Parameters: $ids: [project id].
// Row: { project: <Project projection with enterpriseId> } — one per project found, by id.
UNWIND $ids AS id
MATCH (p:Project {id: id})
WITH p, [(p)-[:BY]->(b:Enterprise) | b][0] AS by
ORDER BY p.id
RETURN p { .id, .name, .stage, .investmentYi, .signedOn, .plannedProductionOn,
           confidential: coalesce(p.confidential, false),
           enterpriseId: by.id,
           enterprise: CASE WHEN by IS NULL THEN null ELSE by { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(by.tags, []),
                         region: [(by)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0] } END,
           segment: [(p)-[:TARGETS]->(t:Segment) | t { .id, .chainId, .name, .nameEn, .stage, .order,
                         parentId: [(q:Segment)-[:HAS_CHILD]->(t) | q.id][0],
                         depth: size([(t)<-[:HAS_CHILD*1..8]-(:Segment) | 1]) }][0],
           region: [(p)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0] } AS project
