// Purpose: the chains table of an exported workbook.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, name_en, description } }, ordered by id.
MATCH (c:Chain)
WHERE $chains IS NULL OR c.id IN $chains
RETURN { id: c.id, name: c.name, name_en: c.nameEn, description: c.description } AS row
ORDER BY c.id
