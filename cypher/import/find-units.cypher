// Purpose: which of the given unit ids the database holds (resolves an import's references to
//          units it does not define).
// Parameters: $ids (list of unit ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Unit {id: id})
RETURN n.id AS id
