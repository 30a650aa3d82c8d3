// Purpose: write recomputed local counts (rebuildLocalCounts, after delete-local-counts).
// Parameters: $rows: [{ key, chainId, segmentId, region, all: int, confirmed: int }] (all > 0)
// Row: { created: int }
UNWIND $rows AS row
CREATE (c:LocalCount {key: row.key, chainId: row.chainId, segmentId: row.segmentId, region: row.region, all: row.all, confirmed: row.confirmed})
RETURN count(c) AS created
