// Purpose: delete a pipeline project.
// Parameters: $id.
// Row: { deleted: int }
OPTIONAL MATCH (p:Project {id: $id})
DETACH DELETE p
RETURN count(p) AS deleted
