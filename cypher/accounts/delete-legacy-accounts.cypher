// Purpose: delete graph nodes whose contents the account store now holds (after its transaction
//          committed), with their relationships.
// Parameters: $ids (element ids).
// Row: { deleted: int }
UNWIND $ids AS id
MATCH (n)
WHERE elementId(n) = id
DETACH DELETE n
RETURN count(*) AS deleted
