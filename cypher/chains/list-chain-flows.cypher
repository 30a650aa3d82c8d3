// Purpose: the FEEDS edges between two segments of one chain.
// Parameters: $chainId (string).
// Row: { from, to } segment ids, ordered.
MATCH (a:Segment {chainId: $chainId})-[:FEEDS]->(b:Segment {chainId: $chainId})
RETURN a.id AS from, b.id AS to
ORDER BY from, to
