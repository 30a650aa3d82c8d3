// Purpose: record fund_focus rows as (Fund)-[:FOCUSES_ON]->(Segment) edges (no properties: new or unchanged).
// Parameters: $rows: [{ fundId, segmentId }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (a:Fund {id: row.fundId}), (b:Segment {id: row.segmentId})
WITH a, b WHERE NOT EXISTS { (a)-[:FOCUSES_ON]->(b) }
MERGE (a)-[:FOCUSES_ON]->(b)
RETURN count(*) AS created, 0 AS updated
