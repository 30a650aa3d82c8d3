// Purpose: the user behind a live API token, with the stored hash to compare.
// Parameters: $id.
// Row: { hash, name, role } — no row when absent or revoked.
MATCH (t:ApiToken {id: $id})-[:OF]->(u:User)
WHERE t.revokedAt IS NULL
RETURN t.hash AS hash, u.name AS name, u.role AS role
