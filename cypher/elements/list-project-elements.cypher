// Purpose: the 要素 fields of the given projects: land and space needs and the parcel it is ON_PARCEL.
// Parameters: $ids (project ids).
// Row: { id, landNeedMu, floorSpaceNeedSqm, parcelId }
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN id, p.landNeedMu AS landNeedMu, p.floorSpaceNeedSqm AS floorSpaceNeedSqm, [(p)-[:ON_PARCEL]->(x:Parcel) | x.id][0] AS parcelId
