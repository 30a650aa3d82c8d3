// Purpose: upsert land parcels (地块, 标准地) by id with their one LOCATED_IN region and their
//          optional IN_PARK park (an edge that points elsewhere or is no longer named is replaced),
//          and tell which were created and which changed. A property whose value is null is removed.
// Parameters: $rows: [{ id, regionCode, parkId (may be null),
//                       props: { name, areaMu, use, status, availableFrom, minInvestmentWanPerMu, minTaxWanPerMu } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Parcel {id: row.id})
WITH row, old,
     CASE WHEN old IS NULL THEN null ELSE {
       region: [(old)-[:LOCATED_IN]->(x:Region) | x.code],
       park: [(old)-[:IN_PARK]->(x:Park) | x.id]
     } END AS links
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND links.region = [row.regionCode]
            AND links.park = CASE WHEN row.parkId IS NULL THEN [] ELSE [row.parkId] END THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Parcel {id: row.id})
SET n += row.props
WITH n, row, outcome
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:LOCATED_IN]->(x:Region) WHERE x.code <> row.regionCode
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:IN_PARK]->(x:Park) WHERE row.parkId IS NULL OR x.id <> row.parkId
  DELETE stale
}
CALL (n, row) {
  MATCH (x:Region {code: row.regionCode})
  MERGE (n)-[:LOCATED_IN]->(x)
}
CALL (n, row) {
  MATCH (x:Park {id: row.parkId})
  MERGE (n)-[:IN_PARK]->(x)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
