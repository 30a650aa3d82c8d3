// Purpose: upsert innovation platforms (科创平台) by id with their one LOCATED_IN region and their
//          optional HOSTED_BY enterprise (依托单位; an edge that points elsewhere or is no longer
//          named is replaced), and tell which were created and which changed.
// Parameters: $rows: [{ id, regionCode, hostId (may be null), props: { name, kind, level } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Platform {id: row.id})
WITH row, old,
     CASE WHEN old IS NULL THEN null ELSE {
       region: [(old)-[:LOCATED_IN]->(x:Region) | x.code],
       host: [(old)-[:HOSTED_BY]->(x:Enterprise) | x.id]
     } END AS links
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND links.region = [row.regionCode]
            AND links.host = CASE WHEN row.hostId IS NULL THEN [] ELSE [row.hostId] END THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Platform {id: row.id})
SET n += row.props
WITH n, row, outcome
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:LOCATED_IN]->(x:Region) WHERE x.code <> row.regionCode
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:HOSTED_BY]->(x:Enterprise) WHERE row.hostId IS NULL OR x.id <> row.hostId
  DELETE stale
}
CALL (n, row) {
  MATCH (x:Region {code: row.regionCode})
  MERGE (n)-[:LOCATED_IN]->(x)
}
CALL (n, row) {
  MATCH (x:Enterprise {id: row.hostId})
  MERGE (n)-[:HOSTED_BY]->(x)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
