// Purpose: add FEEDS edges between segments (a flow has no properties: it is new or unchanged).
// Parameters: $rows: [{ fromId, toId }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (a:Segment {id: row.fromId}), (b:Segment {id: row.toId})
WITH a, b WHERE NOT EXISTS { (a)-[:FEEDS]->(b) }
MERGE (a)-[:FEEDS]->(b)
RETURN count(*) AS created, 0 AS updated
