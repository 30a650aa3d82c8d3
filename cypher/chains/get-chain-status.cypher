// Purpose: the 现状图 counts of a chain in a scope, read from the maintained local counts
//          (LocalCount; see cypher/counts/apply-count-deltas.cypher and docs/rules.md,
//          "Maintained local counts"): per segment with local enterprises, local(S) = the distinct
//          enterprises LOCATED_IN the scope region or a region WITHIN it and IN_SEGMENT S or a
//          segment below it; with $evidence 'CONFIRMED' only CONFIRMED placements count. One index
//          seek (region, chain); no enterprise is read. The row with segmentId null is the chain's
//          distinct local enterprises over all its segments.
// Parameters: $chainId, $scope (region code), $evidence ('ALL' | 'CONFIRMED').
// Row: { segmentId (null for the whole chain), localCount: int (> 0) }
MATCH (c:LocalCount {region: $scope, chainId: $chainId})
WITH c, CASE WHEN $evidence = 'CONFIRMED' THEN c.confirmed ELSE c.all END AS n
WHERE n > 0
RETURN c.segmentId AS segmentId, n AS localCount
