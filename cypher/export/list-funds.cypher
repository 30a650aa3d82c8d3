// Purpose: the funds table of an exported workbook, with the region of each where it has one.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, size_yi, manager, kind, region_code } }, ordered by id.
MATCH (f:Fund)
WHERE $funds IS NULL OR f.id IN $funds
RETURN { id: f.id, name: f.name, size_yi: f.sizeYi, manager: f.manager, kind: f.kind,
         region_code: head([(f)-[:LOCATED_IN]->(r:Region) | r.code]) } AS row
ORDER BY f.id
