// Purpose: the actuals table of an exported workbook (reported actuals of the chains in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { chain_id, indicator, period, value, source } }, ordered by chain, indicator, period.
MATCH (c:Chain)-[:HAS_ACTUAL]->(a:Actual)
WHERE $chains IS NULL OR c.id IN $chains
RETURN { chain_id: c.id, indicator: a.indicator, period: a.period, value: a.value, source: a.source } AS row
ORDER BY c.id, a.indicator, a.period
