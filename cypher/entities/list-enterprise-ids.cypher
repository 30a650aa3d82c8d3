// Purpose: which of the given enterprise ids exist (a what-if's picks are checked with it).
// Parameters: $ids (list of strings).
// Row: { id } one per existing enterprise.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN e.id AS id
