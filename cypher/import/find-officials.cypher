// Purpose: which of the given official ids the database holds (resolves an import's references to
//          officials it does not define).
// Parameters: $ids (list of official ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Official {id: id})
RETURN n.id AS id
