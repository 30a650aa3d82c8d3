// Purpose: which of the given enterprise ids the database holds (resolves an import's references to
//          enterprises it does not define).
// Parameters: $ids (list of enterprise ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Enterprise {id: id})
RETURN n.id AS id
