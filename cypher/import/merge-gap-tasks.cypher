// Purpose: upsert gap tasks (补链任务: a unit takes charge of a missing or weak segment) as
//          :GapTask nodes with (GapTask)-[:FOR_SEGMENT]->(Segment) and
//          (GapTask)-[:ASSIGNED_TO]->(Unit) (edges to another segment or unit are replaced), and
//          tell which were created and which changed.
// Parameters: $rows: [{ id, segmentId, unitId, props: { title, owner, dueOn, status, note } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:GapTask {id: row.id})
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND [(old)-[:FOR_SEGMENT]->(s:Segment) | s.id] = [row.segmentId]
            AND [(old)-[:ASSIGNED_TO]->(u:Unit) | u.id] = [row.unitId] THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:GapTask {id: row.id})
SET n += row.props
WITH n, row, outcome
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:FOR_SEGMENT]->(s:Segment) WHERE s.id <> row.segmentId
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:ASSIGNED_TO]->(u:Unit) WHERE u.id <> row.unitId
  DELETE stale
}
CALL (n, row) {
  MATCH (s:Segment {id: row.segmentId})
  MERGE (n)-[:FOR_SEGMENT]->(s)
}
CALL (n, row) {
  MATCH (u:Unit {id: row.unitId})
  MERGE (n)-[:ASSIGNED_TO]->(u)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
