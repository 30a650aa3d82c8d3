// Purpose: the parks table of an exported workbook, with the region each is located in.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, region_code, source, as_of, kind, operator, area_mu, floor_space_sqm,
//               vacant_sqm, rent_yuan_sqm_month, description } }, ordered by id.
MATCH (p:Park)
WHERE $parks IS NULL OR p.id IN $parks
RETURN { id: p.id, name: p.name, region_code: head([(p)-[:LOCATED_IN]->(r:Region) | r.code]),
         source: p.source, as_of: p.asOf, kind: p.kind,
         operator: p.operator, area_mu: p.areaMu, floor_space_sqm: p.floorSpaceSqm, vacant_sqm: p.vacantSqm,
         rent_yuan_sqm_month: p.rentYuanSqmMonth, description: p.description } AS row
ORDER BY p.id
