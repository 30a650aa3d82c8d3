// Purpose: which of the given fund ids the database holds (resolves an import's references to
//          funds it does not define).
// Parameters: $ids (list of fund ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Fund {id: id})
RETURN n.id AS id
