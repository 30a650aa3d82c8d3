// Purpose: the 亩均论英雄 inputs for one year — every enterprise located in the scope (its region
//          or a region WITHIN it) with figures for that year on more than 0 亩 and a tax figure,
//          with the chains it is IN_SEGMENT of and the parks it is SETTLED_IN. Per-mu values,
//          grades, filters by chain or park and ranks are derived in TypeScript.
// Parameters: $year (int), $scope (region code).
// Row: { enterprise: Enterprise (the shared projection, so every Enterprise field can be asked), taxWan, outputWan, landMu, chainIds: [string], parkIds: [string] }
MATCH (scope:Region {code: $scope})
MATCH (r:Region)-[:WITHIN*0..8]->(scope)
MATCH (r)<-[:LOCATED_IN]-(e:Enterprise)-[:HAS_YEAR]->(y:EnterpriseYear {year: $year})
WHERE y.landMu > 0 AND y.taxWan IS NOT NULL
RETURN e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
         region: r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] } } AS enterprise,
       y.taxWan AS taxWan, y.outputWan AS outputWan, y.landMu AS landMu,
       [c IN collect { MATCH (e)-[:IN_SEGMENT]->(s:Segment) RETURN DISTINCT s.chainId AS c ORDER BY c } | c] AS chainIds,
       [k IN collect { MATCH (e)-[:SETTLED_IN]->(pk:Park) RETURN pk.id AS k ORDER BY k } | k] AS parkIds
