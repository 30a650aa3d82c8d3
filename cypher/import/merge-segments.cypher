// Purpose: upsert segments by id (properties only: tree edges are linked once every segment of
//          the workbook exists) and tell which were created and which changed, where it hangs in
//          the tree included (a top-level segment hangs from its chain, others from their parent).
// Parameters: $rows: [{ id, chainId, parentId (null at top level),
//                       props: { chainId, name, nameEn, stage, order, namePinyin, nameInitials } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Segment {id: row.id})
WITH row, old,
     CASE WHEN old IS NULL THEN null ELSE [(p:Segment)-[:HAS_CHILD]->(old) | p.id] END AS oldParents,
     CASE WHEN old IS NULL THEN null ELSE [(c:Chain)-[:HAS_SEGMENT]->(old) | c.id] END AS oldChains
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND oldParents = CASE WHEN row.parentId IS NULL THEN [] ELSE [row.parentId] END
            AND oldChains = CASE WHEN row.parentId IS NULL THEN [row.chainId] ELSE [] END THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Segment {id: row.id})
SET n += row.props
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
