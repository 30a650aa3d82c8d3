// Purpose: upsert the zone's units (departments, streets, park operators …) by id and tell which
//          were created and which changed.
// Parameters: $rows: [{ id, props: { name, kind } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Unit {id: row.id})
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL)) THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Unit {id: row.id})
SET n += row.props
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
