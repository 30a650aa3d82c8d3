// Purpose: the region and segment trees as edges (child, parent) and every segment's chain, for the
//          full recomputation of the local counts (ancestors expanded in memory, up to 8 levels
//          like the queries that read the trees).
// Parameters: none.
// Row: { kind: 'region' | 'segment', child, parent (null for a segment without parent), chainId (segments) }
MATCH (r:Region)-[:WITHIN]->(p:Region)
RETURN 'region' AS kind, r.code AS child, p.code AS parent, null AS chainId
UNION ALL
MATCH (s:Segment)
OPTIONAL MATCH (p:Segment)-[:HAS_CHILD]->(s)
RETURN 'segment' AS kind, s.id AS child, p.id AS parent, s.chainId AS chainId
