// Purpose: upsert regions by code (properties only: WITHIN edges are linked once every region of
//          the workbook exists) and tell which were created and which changed, parent included.
//          A property missing from props' values (null) is removed.
// Parameters: $rows: [{ code, parentCode (null at a root), props: { name, level } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Region {code: row.code})
WITH row, old,
     CASE WHEN old IS NULL THEN null ELSE [(old)-[:WITHIN]->(p:Region) | p.code] END AS oldParents
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND oldParents = CASE WHEN row.parentCode IS NULL THEN [] ELSE [row.parentCode] END THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Region {code: row.code})
SET n += row.props
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
