// Purpose: the computed indicators SIGNED_PROJECTS and SIGNED_INVESTMENT_YI of a chain: projects
//          TARGETING a segment of the chain, LOCATED_IN the scope or a region within it, with
//          signedOn in the year and on or before asOf (any stage), and the sum of their
//          investmentYi (a project without one adds 0).
// Parameters: $chainId, $scope (region code), $yearStart, $asOf ('YYYY-MM-DD'; asOf is the earlier
//             of the caller's asOf and the year's last day).
// Row: { projects: int, investmentYi: float }
OPTIONAL MATCH (p:Project)-[:TARGETS]->(:Segment {chainId: $chainId})
WHERE p.signedOn >= $yearStart AND p.signedOn <= $asOf
  AND EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $scope}) }
WITH DISTINCT p
RETURN count(p) AS projects, toFloat(sum(coalesce(p.investmentYi, 0))) AS investmentYi
