// Purpose: which of the given platform ids the database holds (resolves an import's references to
//          platforms it does not define).
// Parameters: $ids (list of platform ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Platform {id: id})
RETURN n.id AS id
