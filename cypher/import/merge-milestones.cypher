// Purpose: upsert project time nodes (时间节点) as :Milestone nodes with their one
//          (Project)-[:HAS_MILESTONE]->(Milestone) edge (an edge from another project is
//          replaced), and tell which were created and which changed.
// Parameters: $rows: [{ id, projectId, props: { name, plannedOn, doneOn, kind } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Milestone {id: row.id})
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND [(old)<-[:HAS_MILESTONE]-(p:Project) | p.id] = [row.projectId] THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Milestone {id: row.id})
SET n += row.props
WITH n, row, outcome
CALL (n, row) {
  OPTIONAL MATCH (n)<-[stale:HAS_MILESTONE]-(p:Project) WHERE p.id <> row.projectId
  DELETE stale
}
CALL (n, row) {
  MATCH (p:Project {id: row.projectId})
  MERGE (p)-[:HAS_MILESTONE]->(n)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
