// Purpose: the targets table of an exported workbook (annual targets of the chains in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { chain_id, year, indicator, value, unit, kind, name } }, ordered by chain, year, indicator.
MATCH (c:Chain)-[:HAS_TARGET]->(t:Target)
WHERE $chains IS NULL OR c.id IN $chains
RETURN { chain_id: c.id, year: t.year, indicator: t.indicator, value: t.value, unit: t.unit, kind: t.kind, name: t.name } AS row
ORDER BY c.id, t.year, t.indicator
