// Purpose: upsert pipeline projects by id with their edges — LOCATED_IN a region (required), BY an
//          enterprise, TARGETS a segment, IN_PARK a park, ON_PARCEL a parcel (each optional) — replacing an edge that
//          points elsewhere or that the row no longer names; tell which were created and which
//          changed. investmentYi is stored as a float; a property whose value is null is removed.
// Parameters: $rows: [{ id, regionCode, enterpriseId, segmentId, parkId, parcelId (each but regionCode may be null),
//                       props: { name, stage, investmentYi, signedOn, plannedProductionOn, confidential,
//                                source, asOf, landNeedMu, floorSpaceNeedSqm } }]
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Project {id: row.id})
WITH row, old,
     CASE WHEN old IS NULL THEN null ELSE {
       region: [(old)-[:LOCATED_IN]->(x:Region) | x.code],
       enterprise: [(old)-[:BY]->(x:Enterprise) | x.id],
       segment: [(old)-[:TARGETS]->(x:Segment) | x.id],
       park: [(old)-[:IN_PARK]->(x:Park) | x.id],
       parcel: [(old)-[:ON_PARCEL]->(x:Parcel) | x.id]
     } END AS links
WITH row,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND links.region = [row.regionCode]
            AND links.enterprise = CASE WHEN row.enterpriseId IS NULL THEN [] ELSE [row.enterpriseId] END
            AND links.segment = CASE WHEN row.segmentId IS NULL THEN [] ELSE [row.segmentId] END
            AND links.park = CASE WHEN row.parkId IS NULL THEN [] ELSE [row.parkId] END
            AND links.parcel = CASE WHEN row.parcelId IS NULL THEN [] ELSE [row.parcelId] END THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, outcome WHERE outcome <> 'same'
MERGE (n:Project {id: row.id})
SET n += row.props, n.investmentYi = toFloat(row.props.investmentYi)
WITH n, row, outcome
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:LOCATED_IN]->(x:Region) WHERE x.code <> row.regionCode
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:BY]->(x:Enterprise) WHERE row.enterpriseId IS NULL OR x.id <> row.enterpriseId
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:TARGETS]->(x:Segment) WHERE row.segmentId IS NULL OR x.id <> row.segmentId
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:IN_PARK]->(x:Park) WHERE row.parkId IS NULL OR x.id <> row.parkId
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:ON_PARCEL]->(x:Parcel) WHERE row.parcelId IS NULL OR x.id <> row.parcelId
  DELETE stale
}
CALL (n, row) {
  MATCH (x:Region {code: row.regionCode})
  MERGE (n)-[:LOCATED_IN]->(x)
}
CALL (n, row) {
  MATCH (x:Enterprise {id: row.enterpriseId})
  MERGE (n)-[:BY]->(x)
}
CALL (n, row) {
  MATCH (x:Segment {id: row.segmentId})
  MERGE (n)-[:TARGETS]->(x)
}
CALL (n, row) {
  MATCH (x:Park {id: row.parkId})
  MERGE (n)-[:IN_PARK]->(x)
}
CALL (n, row) {
  MATCH (x:Parcel {id: row.parcelId})
  MERGE (n)-[:ON_PARCEL]->(x)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
