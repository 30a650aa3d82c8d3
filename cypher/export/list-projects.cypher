// Purpose: the projects table of an exported workbook, with the ids its edges point to.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, region_code, stage, enterprise_id, segment_id, park_id, investment_yi,
//               signed_on, planned_production_on, confidential, source, as_of, responsible_unit_id,
//               responsible_person, champion_official_id, key, land_need_mu, floor_space_need_sqm,
//               parcel_id } }, ordered by id.
MATCH (p:Project)
WHERE $projects IS NULL OR p.id IN $projects
RETURN { id: p.id, name: p.name, region_code: head([(p)-[:LOCATED_IN]->(r:Region) | r.code]), stage: p.stage,
         enterprise_id: head([(p)-[:BY]->(e:Enterprise) | e.id]), segment_id: head([(p)-[:TARGETS]->(s:Segment) | s.id]),
         park_id: head([(p)-[:IN_PARK]->(k:Park) | k.id]), investment_yi: p.investmentYi, signed_on: p.signedOn,
         planned_production_on: p.plannedProductionOn, confidential: p.confidential,
         source: p.source, as_of: p.asOf,
         responsible_unit_id: head([(p)-[:RESPONSIBLE_UNIT]->(u:Unit) | u.id]), responsible_person: p.responsiblePerson,
         champion_official_id: head([(p)-[:CHAMPIONED_BY]->(o:Official) | o.id]), key: p.key,
         land_need_mu: p.landNeedMu, floor_space_need_sqm: p.floorSpaceNeedSqm,
         parcel_id: head([(p)-[:ON_PARCEL]->(x:Parcel) | x.id]) } AS row
ORDER BY p.id
