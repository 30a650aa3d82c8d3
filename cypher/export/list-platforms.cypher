// Purpose: the platforms table of an exported workbook, with the region and host of each.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, kind, level, region_code, host_enterprise_id } }, ordered by id.
MATCH (p:Platform)
WHERE $platforms IS NULL OR p.id IN $platforms
RETURN { id: p.id, name: p.name, kind: p.kind, level: p.level, region_code: head([(p)-[:LOCATED_IN]->(r:Region) | r.code]),
         host_enterprise_id: head([(p)-[:HOSTED_BY]->(e:Enterprise) | e.id]) } AS row
ORDER BY p.id
