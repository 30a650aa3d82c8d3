// Purpose: give each imported region exactly the WITHIN edge its parent_code names (none at a
//          root), replacing an edge to another parent.
// Parameters: $rows: [{ code, parentCode (null at a root) }]
// Row: { linked: int }
UNWIND $rows AS row
MATCH (n:Region {code: row.code})
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:WITHIN]->(p:Region)
  WHERE row.parentCode IS NULL OR p.code <> row.parentCode
  DELETE stale
}
CALL (n, row) {
  MATCH (p:Region {code: row.parentCode})
  MERGE (n)-[:WITHIN]->(p)
}
RETURN count(*) AS linked
