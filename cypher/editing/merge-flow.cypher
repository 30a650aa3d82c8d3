// Purpose: add a FEEDS flow between two segments (idempotent).
// Parameters: $from, $to (segment ids).
// Row: { from, to } — no row when either segment is absent.
MATCH (a:Segment {id: $from}), (b:Segment {id: $to})
MERGE (a)-[:FEEDS]->(b)
RETURN a.id AS from, b.id AS to
