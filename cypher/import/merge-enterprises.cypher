// Purpose: upsert enterprises by id with their one LOCATED_IN region (an edge to another region
//          is replaced) and tell which were created and which changed.
// Parameters: $rows: [{ id, regionCode, props: { name, nameEn, uscc, scale, listed, founded, tags,
//                                                 source, asOf, namePinyin, nameInitials } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Enterprise {id: row.id})
WITH row, old,
     CASE WHEN old IS NULL THEN null ELSE [(old)-[:LOCATED_IN]->(r:Region) | r.code] END AS oldRegions
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND oldRegions = [row.regionCode] THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Enterprise {id: row.id})
SET n += row.props
WITH n, row, outcome
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:LOCATED_IN]->(r:Region)
  WHERE r.code <> row.regionCode
  DELETE stale
}
CALL (n, row) {
  MATCH (r:Region {code: row.regionCode})
  MERGE (n)-[:LOCATED_IN]->(r)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
