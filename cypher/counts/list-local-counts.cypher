// Purpose: every maintained local count (comparison with a full recomputation; tests and the
//          benchmark). Sized for tests: a million-enterprise graph holds about 20,000.
// Parameters: none.
// Row: { key, chainId, segmentId, region, all, confirmed }
MATCH (c:LocalCount)
RETURN c.key AS key, c.chainId AS chainId, c.segmentId AS segmentId, c.region AS region, c.all AS all, c.confirmed AS confirmed
ORDER BY key
