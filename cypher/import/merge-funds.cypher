// Purpose: upsert funds (基金) by id with their optional LOCATED_IN region (an edge that points
//          elsewhere or is no longer named is replaced), and tell which were created and which
//          changed. A property whose value is null is removed.
// Parameters: $rows: [{ id, regionCode (may be null), props: { name, sizeYi, manager, kind } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Fund {id: row.id})
WITH row, old, CASE WHEN old IS NULL THEN null ELSE [(old)-[:LOCATED_IN]->(x:Region) | x.code] END AS oldRegions
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND oldRegions = CASE WHEN row.regionCode IS NULL THEN [] ELSE [row.regionCode] END THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Fund {id: row.id})
SET n += row.props
WITH n, row, outcome
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:LOCATED_IN]->(x:Region) WHERE row.regionCode IS NULL OR x.code <> row.regionCode
  DELETE stale
}
CALL (n, row) {
  MATCH (x:Region {code: row.regionCode})
  MERGE (n)-[:LOCATED_IN]->(x)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
