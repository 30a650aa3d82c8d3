// Purpose: record a chain's 链组 as (Unit)-[:WORKS_ON {role}]->(Chain) and tell which edges were
//          created and which changed role.
// Parameters: $rows: [{ chainId, unitId, props: { role } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
MATCH (u:Unit {id: row.unitId}), (c:Chain {id: row.chainId})
OPTIONAL MATCH (u)-[old:WORKS_ON]->(c)
WITH u, c, row,
     CASE WHEN old IS NULL THEN 'created' WHEN old.role = row.props.role THEN 'same' ELSE 'updated' END AS outcome
WITH u, c, row, outcome WHERE outcome <> 'same'
MERGE (u)-[r:WORKS_ON]->(c)
SET r += row.props
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
