// Purpose: which of the given project ids the database holds (resolves an import's references to
//          projects it does not define).
// Parameters: $ids (list of project ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Project {id: id})
RETURN n.id AS id
