// Purpose: the supplies table of an exported workbook: SUPPLIES edges with both ends in scope.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { supplier_id, customer_id, products, since, evidence, source, share } }, ordered by both ids.
MATCH (a:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
WHERE $enterprises IS NULL OR (a.id IN $enterprises AND b.id IN $enterprises)
RETURN { supplier_id: a.id, customer_id: b.id, products: r.products, since: r.since, evidence: r.evidence, source: r.source, share: r.share } AS row
ORDER BY a.id, b.id
