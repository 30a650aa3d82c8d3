// Purpose: upsert an enterprise's figures for one year (亩均论英雄 inputs) as an EnterpriseYear
//          node keyed `<enterpriseId>:<year>`, linked (Enterprise)-[:HAS_YEAR]->(EnterpriseYear),
//          and tell which were created and which changed. A property whose value is null is removed.
// Parameters: $rows: [{ id, enterpriseId, props: { enterpriseId, year, outputWan, revenueWan, taxWan,
//                       landMu, energyTce, employees, rdStaff } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterpriseId})
OPTIONAL MATCH (old:EnterpriseYear {id: row.id})
WITH row, e,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL)) THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, e, outcome WHERE outcome <> 'same'
MERGE (n:EnterpriseYear {id: row.id})
SET n += row.props
MERGE (e)-[:HAS_YEAR]->(n)
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
