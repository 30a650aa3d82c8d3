// Purpose: record park_themes rows as (Park)-[:THEMED]->(Segment) edges (no properties: new or unchanged).
// Parameters: $rows: [{ parkId, segmentId }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (a:Park {id: row.parkId}), (b:Segment {id: row.segmentId})
WITH a, b WHERE NOT EXISTS { (a)-[:THEMED]->(b) }
MERGE (a)-[:THEMED]->(b)
RETURN count(*) AS created, 0 AS updated
