// Purpose: delete a platform with its relationships (what pointed at it stays, without it).
// Parameters: $id.
// Row: { deleted: int } (0 or 1)
OPTIONAL MATCH (n:Platform {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
