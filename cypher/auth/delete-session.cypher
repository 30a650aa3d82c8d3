// Purpose: end a session (sign-out), and sweep expired ones.
// Parameters: $hash, $now.
// Row: { ended: int }
OPTIONAL MATCH (s:Session {hash: $hash})
DETACH DELETE s
WITH count(s) AS ended
OPTIONAL MATCH (old:Session)
WHERE old.expiresAt <= $now
DETACH DELETE old
RETURN ended
