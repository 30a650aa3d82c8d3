// Purpose: upsert SUPPLIES edges (one per pair) with their properties and tell which were created and
//          which changed. A property whose value is null is removed.
// Parameters: $rows: [{ supplierId, customerId, props: { products, since, evidence, source, share } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.supplierId}), (b:Enterprise {id: row.customerId})
WITH row, a, b, head([(a)-[x:SUPPLIES]->(b) | x]) AS old
WITH row, a, b,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL)) THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, a, b, outcome WHERE outcome <> 'same'
MERGE (a)-[r:SUPPLIES]->(b)
SET r += row.props
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
