// Purpose: record platform_segments rows as (Platform)-[:SERVES]->(Segment) edges (no properties: new or unchanged).
// Parameters: $rows: [{ platformId, segmentId }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (a:Platform {id: row.platformId}), (b:Segment {id: row.segmentId})
WITH a, b WHERE NOT EXISTS { (a)-[:SERVES]->(b) }
MERGE (a)-[:SERVES]->(b)
RETURN count(*) AS created, 0 AS updated
