// Purpose: record a chain's 链长 and 副链长 as (Official)-[:CHIEF_OF {role}]->(Chain) and tell
//          which edges were created and which changed role.
// Parameters: $rows: [{ chainId, officialId, props: { role } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
MATCH (o:Official {id: row.officialId}), (c:Chain {id: row.chainId})
OPTIONAL MATCH (o)-[old:CHIEF_OF]->(c)
WITH o, c, row,
     CASE WHEN old IS NULL THEN 'created' WHEN old.role = row.props.role THEN 'same' ELSE 'updated' END AS outcome
WITH o, c, row, outcome WHERE outcome <> 'same'
MERGE (o)-[r:CHIEF_OF]->(c)
SET r += row.props
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
