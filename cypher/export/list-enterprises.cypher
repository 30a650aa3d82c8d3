// Purpose: the enterprises table of an exported workbook, with the region each is located in.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, region_code, uscc, scale, listed, founded, tags, name_en, source, as_of } }, ordered by id.
MATCH (e:Enterprise)
WHERE $enterprises IS NULL OR e.id IN $enterprises
RETURN { id: e.id, name: e.name, region_code: head([(e)-[:LOCATED_IN]->(r:Region) | r.code]), uscc: e.uscc,
         scale: e.scale, listed: e.listed, founded: e.founded, tags: e.tags, name_en: e.nameEn,
         source: e.source, as_of: e.asOf } AS row
ORDER BY e.id
