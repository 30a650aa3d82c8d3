// Purpose: which of the given chain ids the database holds (resolves an import's references to
//          chains it does not define).
// Parameters: $ids (list of chain ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Chain {id: id})
RETURN n.id AS id
