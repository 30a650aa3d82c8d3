// Purpose: upsert a fund's investments as (Fund)-[:INVESTED_IN {amountYi, on}]->(Enterprise or
//          Project), one edge per fund and target, and tell which were created and which changed.
//          A row names exactly one of enterpriseId and projectId (the importer checks it).
// Parameters: $rows: [{ fundId, enterpriseId, projectId (one of them null), props: { amountYi, on } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
MATCH (f:Fund {id: row.fundId})
CALL (row) {
  MATCH (t:Enterprise {id: row.enterpriseId}) RETURN t
  UNION
  MATCH (t:Project {id: row.projectId}) RETURN t
}
WITH row, f, t, head([(f)-[x:INVESTED_IN]->(t) | x]) AS old
WITH row, f, t,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL)) THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, f, t, outcome WHERE outcome <> 'same'
MERGE (f)-[r:INVESTED_IN]->(t)
SET r += row.props
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
