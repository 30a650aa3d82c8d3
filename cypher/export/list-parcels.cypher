// Purpose: the parcels table of an exported workbook, with the region and park of each.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, name, region_code, park_id, area_mu, use, status, available_from,
//               min_investment_wan_per_mu, min_tax_wan_per_mu } }, ordered by id.
MATCH (p:Parcel)
WHERE $parcels IS NULL OR p.id IN $parcels
RETURN { id: p.id, name: p.name, region_code: head([(p)-[:LOCATED_IN]->(r:Region) | r.code]),
         park_id: head([(p)-[:IN_PARK]->(k:Park) | k.id]), area_mu: p.areaMu, use: p.use, status: p.status,
         available_from: p.availableFrom, min_investment_wan_per_mu: p.minInvestmentWanPerMu,
         min_tax_wan_per_mu: p.minTaxWanPerMu } AS row
ORDER BY p.id
