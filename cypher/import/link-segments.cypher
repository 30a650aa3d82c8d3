// Purpose: hang each imported segment in its tree: a top-level one from its chain (HAS_SEGMENT),
//          any other from its parent (HAS_CHILD); an edge from another chain or parent is removed.
// Parameters: $rows: [{ id, chainId, parentId (null at top level) }]
// Row: { linked: int }
UNWIND $rows AS row
MATCH (n:Segment {id: row.id})
CALL (n, row) {
  OPTIONAL MATCH (p:Segment)-[stale:HAS_CHILD]->(n)
  WHERE row.parentId IS NULL OR p.id <> row.parentId
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (c:Chain)-[stale:HAS_SEGMENT]->(n)
  WHERE row.parentId IS NOT NULL OR c.id <> row.chainId
  DELETE stale
}
CALL (n, row) {
  MATCH (p:Segment {id: row.parentId})
  MERGE (p)-[:HAS_CHILD]->(n)
}
CALL (n, row) {
  MATCH (c:Chain {id: row.chainId})
  WHERE row.parentId IS NULL
  MERGE (c)-[:HAS_SEGMENT]->(n)
}
RETURN count(*) AS linked
