// Purpose: the enterprise_segments table of an exported workbook (IN_SEGMENT edges in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions: the ids in scope
//             (lists), each null to export everything (see get-chain-scope).
// Row: { row: { enterprise_id, segment_id, role, products, evidence, source } }, ordered by both ids.
MATCH (e:Enterprise)-[r:IN_SEGMENT]->(s:Segment)
WHERE ($enterprises IS NULL OR e.id IN $enterprises) AND ($segments IS NULL OR s.id IN $segments)
RETURN { enterprise_id: e.id, segment_id: s.id, role: r.role, products: r.products, evidence: r.evidence, source: r.source } AS row
ORDER BY e.id, s.id
