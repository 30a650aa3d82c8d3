// Purpose: the user behind a live session.
// Parameters: $hash, $now (ISO timestamp).
// Row: { name, role } — no row when absent or expired.
MATCH (s:Session {hash: $hash})-[:OF]->(u:User)
WHERE s.expiresAt > $now
RETURN u.name AS name, u.role AS role
