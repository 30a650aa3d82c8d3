// Purpose: open a server-side session; only the SHA-256 of the cookie value is stored.
// Parameters: $name, $hash, $at, $expiresAt (ISO timestamps).
// Row: { hash } — no row when the user is absent.
MATCH (u:User {name: $name})
CREATE (s:Session {hash: $hash, createdAt: $at, expiresAt: $expiresAt})-[:OF]->(u)
RETURN s.hash AS hash
