// Purpose: upsert IN_SEGMENT edges (one per pair) with their properties and tell which were created and
//          which changed. A property whose value is null is removed.
// Parameters: $rows: [{ enterpriseId, segmentId, props: { role, products, evidence, source } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.enterpriseId}), (b:Segment {id: row.segmentId})
WITH row, a, b, head([(a)-[x:IN_SEGMENT]->(b) | x]) AS old
WITH row, a, b,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL)) THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, a, b, outcome WHERE outcome <> 'same'
MERGE (a)-[r:IN_SEGMENT]->(b)
SET r += row.props
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
