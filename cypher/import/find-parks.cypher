// Purpose: which of the given park ids the database holds (resolves an import's references to
//          parks it does not define).
// Parameters: $ids (list of park ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Park {id: id})
RETURN n.id AS id
