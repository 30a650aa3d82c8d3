// Purpose: the fast path of merge-projects, for projects the database does not hold yet
//          (server/import/write.ts routes the rows with merge-projects-existing in the same
//          transaction): create each one with its properties and its edges — LOCATED_IN a region,
//          and BY an enterprise, TARGETS a segment, IN_PARK a park, ON_PARCEL a parcel,
//          RESPONSIBLE_UNIT a unit, CHAMPIONED_BY an official where the row names one. A new
//          project has no stage history: creation is not a change.
//          MERGE keeps it correct should one appear meanwhile. Properties are set one by one so
//          that the plan needs no Eager; numbers are stored as floats, null values not at all.
// Parameters: $rows: [{ id, regionCode, enterpriseId, segmentId, parkId, parcelId, unitId, championId
//                       (each but regionCode may be null), props: { name, stage, investmentYi, signedOn,
//                       plannedProductionOn, confidential, source, asOf, responsiblePerson, key,
//                       landNeedMu, floorSpaceNeedSqm } }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (x:Region {code: row.regionCode})
MERGE (n:Project {id: row.id})
SET n.name = row.props.name, n.stage = row.props.stage, n.investmentYi = toFloat(row.props.investmentYi),
    n.signedOn = row.props.signedOn, n.plannedProductionOn = row.props.plannedProductionOn,
    n.confidential = row.props.confidential, n.source = row.props.source, n.asOf = row.props.asOf,
    n.responsiblePerson = row.props.responsiblePerson, n.key = row.props.key,
    n.landNeedMu = toFloat(row.props.landNeedMu), n.floorSpaceNeedSqm = toFloat(row.props.floorSpaceNeedSqm)
MERGE (n)-[:LOCATED_IN]->(x)
WITH n, row
CALL (n, row) {
  MATCH (e:Enterprise {id: row.enterpriseId})
  MERGE (n)-[:BY]->(e)
}
CALL (n, row) {
  MATCH (s:Segment {id: row.segmentId})
  MERGE (n)-[:TARGETS]->(s)
}
CALL (n, row) {
  MATCH (p:Park {id: row.parkId})
  MERGE (n)-[:IN_PARK]->(p)
}
CALL (n, row) {
  MATCH (p:Parcel {id: row.parcelId})
  MERGE (n)-[:ON_PARCEL]->(p)
}
CALL (n, row) {
  MATCH (u:Unit {id: row.unitId})
  MERGE (n)-[:RESPONSIBLE_UNIT]->(u)
}
CALL (n, row) {
  MATCH (o:Official {id: row.championId})
  MERGE (n)-[:CHAMPIONED_BY]->(o)
}
RETURN count(*) AS created, 0 AS updated
