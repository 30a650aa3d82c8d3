// Purpose: record parcel_segments rows as (Parcel)-[:SUITS]->(Segment) edges (no properties: new or unchanged).
// Parameters: $rows: [{ parcelId, segmentId }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (a:Parcel {id: row.parcelId}), (b:Segment {id: row.segmentId})
WITH a, b WHERE NOT EXISTS { (a)-[:SUITS]->(b) }
MERGE (a)-[:SUITS]->(b)
RETURN count(*) AS created, 0 AS updated
