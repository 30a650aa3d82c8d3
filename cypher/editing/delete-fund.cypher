// Purpose: delete a fund with its relationships (what pointed at it stays, without it).
// Parameters: $id.
// Row: { deleted: int } (0 or 1)
OPTIONAL MATCH (n:Fund {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
