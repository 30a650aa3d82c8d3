// Purpose: remove a user with their sessions and tokens.
// Parameters: $name.
// Row: { removed: int } (0 or 1)
OPTIONAL MATCH (u:User {name: $name})
OPTIONAL MATCH (u)<-[:OF]-(x)
WHERE x:Session OR x:ApiToken
DETACH DELETE x
WITH DISTINCT u
DETACH DELETE u
RETURN count(u) AS removed
