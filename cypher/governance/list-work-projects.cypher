// Purpose: the 工作链 inputs — every project but DROPPED ones, with its milestones, responsible
//          unit and person, champion (包挂领导), the chains it targets and what the five lists and
//          filters need. Health is derived in server/repositories/governance.ts.
// Parameters: $chainId (or null: TARGETS a segment of it), $unitId (or null: RESPONSIBLE_UNIT it),
//             $region (or null: LOCATED_IN it or a region within it), $key (or null: key = $key),
//             $includeConfidential (bool).
// Row: { project: { id, name, stage, investmentYi, signedOn, key, responsiblePerson, confidential,
//        landNeedMu, floorSpaceNeedSqm, parcelId, plannedProductionOn, chainIds: [id],
//        segment: <Segment projection>, region: <Region projection>, enterprise: <Enterprise
//        projection> }, milestones: [{ id, name, plannedOn, doneOn, kind }],
//        unit: { id, name, kind } | null, champion: { id, name, post } | null }, ordered by project id.
MATCH (p:Project)
WHERE p.stage <> 'DROPPED'
  AND ($includeConfidential OR NOT coalesce(p.confidential, false))
  AND ($chainId IS NULL OR EXISTS { (p)-[:TARGETS]->(:Segment {chainId: $chainId}) })
  AND ($unitId IS NULL OR EXISTS { (p)-[:RESPONSIBLE_UNIT]->(:Unit {id: $unitId}) })
  AND ($region IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $region}) })
  AND ($key IS NULL OR coalesce(p.key, false) = $key)
RETURN p { .id, .name, .stage, .investmentYi, .signedOn, .plannedProductionOn, .responsiblePerson,
           .landNeedMu, .floorSpaceNeedSqm, parcelId: head([(p)-[:ON_PARCEL]->(x:Parcel) | x.id]),
           key: coalesce(p.key, false), confidential: coalesce(p.confidential, false),
           chainIds: [(p)-[:TARGETS]->(s:Segment) | s.chainId],
           segment: [(p)-[:TARGETS]->(s:Segment) | s { .id, .chainId, .name, .nameEn, .stage, .order,
                      parentId: [(ps:Segment)-[:HAS_CHILD]->(s) | ps.id][0], depth: size([(s)<-[:HAS_CHILD*1..8]-(:Segment) | 1]) }][0],
           region: [(p)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0],
           enterprise: [(p)-[:BY]->(e:Enterprise) | e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []) }][0] } AS project,
       [(p)-[:HAS_MILESTONE]->(m:Milestone) | m { .id, .name, .plannedOn, .doneOn, .kind }] AS milestones,
       [(p)-[:RESPONSIBLE_UNIT]->(u:Unit) | u { .id, .name, .kind }][0] AS unit,
       [(p)-[:CHAMPIONED_BY]->(o:Official) | o { .id, .name, .post }][0] AS champion
ORDER BY p.id
