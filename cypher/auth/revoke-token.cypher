// Purpose: revoke an API token (kept for the audit trail, never accepted again).
// Parameters: $id, $at; $name restricts to that user's tokens unless null.
// Row: { revoked: int }
OPTIONAL MATCH (t:ApiToken {id: $id})-[:OF]->(u:User)
WHERE t.revokedAt IS NULL AND ($name IS NULL OR u.name = $name)
SET t.revokedAt = $at
RETURN count(t) AS revoked
