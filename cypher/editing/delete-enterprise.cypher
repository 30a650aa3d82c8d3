// Purpose: delete an enterprise with its relationships (projects it ran stay, without it).
// Parameters: $id.
// Row: { deleted: int } (0 or 1)
OPTIONAL MATCH (e:Enterprise {id: $id})
DETACH DELETE e
RETURN count(e) AS deleted
