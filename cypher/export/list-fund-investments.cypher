// Purpose: the fund_investments table of an exported workbook (INVESTED_IN edges whose fund and
//          enterprise or project are in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { fund_id, enterprise_id, project_id, amount_yi, on } }, ordered by fund, then target.
MATCH (f:Fund)-[r:INVESTED_IN]->(t)
WHERE ($funds IS NULL OR f.id IN $funds)
  AND ((t:Enterprise AND ($enterprises IS NULL OR t.id IN $enterprises)) OR (t:Project AND ($projects IS NULL OR t.id IN $projects)))
RETURN { fund_id: f.id, enterprise_id: CASE WHEN t:Enterprise THEN t.id END, project_id: CASE WHEN t:Project THEN t.id END,
         amount_yi: r.amountYi, on: r.on } AS row
ORDER BY f.id, CASE WHEN t:Enterprise THEN 0 ELSE 1 END, t.id
