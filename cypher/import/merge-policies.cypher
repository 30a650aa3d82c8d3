// Purpose: upsert a chain's policy entries (一链一策) as :Policy nodes with their one
//          (Chain)-[:HAS_POLICY]->(Policy) edge (an edge from another chain is replaced), and tell
//          which were created and which changed.
// Parameters: $rows: [{ id, chainId, props: { chainId, title, docNumber, issuedOn, url, summary } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Policy {id: row.id})
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND [(old)<-[:HAS_POLICY]-(c:Chain) | c.id] = [row.chainId] THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Policy {id: row.id})
SET n += row.props
WITH n, row, outcome
CALL (n, row) {
  OPTIONAL MATCH (n)<-[stale:HAS_POLICY]-(c:Chain)
  WHERE c.id <> row.chainId
  DELETE stale
}
CALL (n, row) {
  MATCH (c:Chain {id: row.chainId})
  MERGE (c)-[:HAS_POLICY]->(n)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
