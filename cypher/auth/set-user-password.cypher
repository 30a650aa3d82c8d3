// Purpose: replace a user's password hash and end their sessions.
// Parameters: $name, $passwordHash.
// Row: { name } — no row when absent.
MATCH (u:User {name: $name})
SET u.passwordHash = $passwordHash
WITH u
OPTIONAL MATCH (u)<-[:OF]-(s:Session)
DETACH DELETE s
RETURN DISTINCT u.name AS name
