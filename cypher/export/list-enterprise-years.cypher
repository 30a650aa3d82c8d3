// Purpose: the enterprise_years table of an exported workbook (the yearly figures of the
//          enterprises in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms: the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { enterprise_id, year, output_wan, revenue_wan, tax_wan, land_mu, energy_tce,
//               employees, rd_staff } }, ordered by enterprise, then year.
MATCH (e:Enterprise)-[:HAS_YEAR]->(y:EnterpriseYear)
WHERE $enterprises IS NULL OR e.id IN $enterprises
RETURN { enterprise_id: e.id, year: y.year, output_wan: y.outputWan, revenue_wan: y.revenueWan, tax_wan: y.taxWan,
         land_mu: y.landMu, energy_tce: y.energyTce, employees: y.employees, rd_staff: y.rdStaff } AS row
ORDER BY e.id, y.year
