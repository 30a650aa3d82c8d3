// Purpose: which of the given parcel ids the database holds (resolves an import's references to
//          parcels it does not define).
// Parameters: $ids (list of parcel ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Parcel {id: id})
RETURN n.id AS id
