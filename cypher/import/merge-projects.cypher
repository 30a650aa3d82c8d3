// Purpose: upsert pipeline projects by id with their edges — LOCATED_IN a region (required), BY an
//          enterprise, TARGETS a segment, IN_PARK a park, ON_PARCEL a parcel, RESPONSIBLE_UNIT a
//          unit, CHAMPIONED_BY an official (each optional) — replacing an edge that points
//          elsewhere or that the row no longer names; tell which were created and which changed.
//          investmentYi, landNeedMu and floorSpaceNeedSqm are stored as floats; a property whose
//          value is null is removed. A changed stage is recorded as
//          (Project)-[:STAGE_CHANGED]->(:StageChange {from, to, on, at, user, via}).
// Parameters: $rows: [{ id, regionCode, enterpriseId, segmentId, parkId, parcelId, unitId, championId
//                       (each but regionCode may be null), props: { name, stage, investmentYi, signedOn,
//                       plannedProductionOn, confidential, source, asOf, responsiblePerson, key,
//                       landNeedMu, floorSpaceNeedSqm } }],
//             $change: { on (Asia/Shanghai date), at (ISO timestamp), user (or null), via }
// Row: { created: int, updated: int }
UNWIND $rows AS row
OPTIONAL MATCH (old:Project {id: row.id})
WITH row, old,
     CASE WHEN old IS NULL THEN null ELSE {
       region: [(old)-[:LOCATED_IN]->(x:Region) | x.code],
       enterprise: [(old)-[:BY]->(x:Enterprise) | x.id],
       segment: [(old)-[:TARGETS]->(x:Segment) | x.id],
       park: [(old)-[:IN_PARK]->(x:Park) | x.id],
       unit: [(old)-[:RESPONSIBLE_UNIT]->(x:Unit) | x.id],
       champion: [(old)-[:CHAMPIONED_BY]->(x:Official) | x.id],
       parcel: [(old)-[:ON_PARCEL]->(x:Parcel) | x.id]
     } END AS links
WITH row, old, links,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], old[k] IS NULL AND row.props[k] IS NULL))
            AND links.region = [row.regionCode]
            AND links.enterprise = CASE WHEN row.enterpriseId IS NULL THEN [] ELSE [row.enterpriseId] END
            AND links.segment = CASE WHEN row.segmentId IS NULL THEN [] ELSE [row.segmentId] END
            AND links.park = CASE WHEN row.parkId IS NULL THEN [] ELSE [row.parkId] END
            AND links.unit = CASE WHEN row.unitId IS NULL THEN [] ELSE [row.unitId] END
            AND links.champion = CASE WHEN row.championId IS NULL THEN [] ELSE [row.championId] END
            AND links.parcel = CASE WHEN row.parcelId IS NULL THEN [] ELSE [row.parcelId] END THEN 'same'
       ELSE 'updated'
     END AS outcome
WITH row, old.stage AS oldStage, outcome WHERE outcome <> 'same'
MERGE (n:Project {id: row.id})
SET n += row.props, n.investmentYi = toFloat(row.props.investmentYi),
    n.landNeedMu = toFloat(row.props.landNeedMu), n.floorSpaceNeedSqm = toFloat(row.props.floorSpaceNeedSqm)
FOREACH (_ IN CASE WHEN oldStage IS NOT NULL AND oldStage <> row.props.stage THEN [1] ELSE [] END |
  CREATE (n)-[:STAGE_CHANGED]->(:StageChange {id: randomUUID(), from: oldStage, to: row.props.stage,
          on: $change.on, at: $change.at, user: $change.user, via: $change.via}))
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
  OPTIONAL MATCH (n)-[stale:RESPONSIBLE_UNIT]->(x:Unit) WHERE row.unitId IS NULL OR x.id <> row.unitId
  DELETE stale
}
CALL (n, row) {
  OPTIONAL MATCH (n)-[stale:CHAMPIONED_BY]->(x:Official) WHERE row.championId IS NULL OR x.id <> row.championId
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
  MATCH (x:Unit {id: row.unitId})
  MERGE (n)-[:RESPONSIBLE_UNIT]->(x)
}
CALL (n, row) {
  MATCH (x:Official {id: row.championId})
  MERGE (n)-[:CHAMPIONED_BY]->(x)
}
CALL (n, row) {
  MATCH (x:Parcel {id: row.parcelId})
  MERGE (n)-[:ON_PARCEL]->(x)
}
RETURN count(CASE WHEN outcome = 'created' THEN 1 END) AS created,
       count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated
