// Purpose: the enterprise_parks table of an exported workbook (SETTLED_IN edges in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { enterprise_id, park_id, since } }, ordered by both ids.
MATCH (e:Enterprise)-[r:SETTLED_IN]->(p:Park)
WHERE ($enterprises IS NULL OR e.id IN $enterprises) AND ($parks IS NULL OR p.id IN $parks)
RETURN { enterprise_id: e.id, park_id: p.id, since: r.since } AS row
ORDER BY e.id, p.id
