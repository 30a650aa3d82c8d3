// Purpose: the policies table of an exported workbook (一链一策 of the chains in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, chain_id, title, doc_number, issued_on, url, summary } }, ordered by id.
MATCH (c:Chain)-[:HAS_POLICY]->(p:Policy)
WHERE $chains IS NULL OR c.id IN $chains
RETURN { id: p.id, chain_id: c.id, title: p.title, doc_number: p.docNumber, issued_on: p.issuedOn, url: p.url, summary: p.summary } AS row
ORDER BY p.id
