// Purpose: accounts, sessions, API tokens, audit entries or saved console queries that versions
//          before the account store kept in the graph, one kind at a time, for the move on start
//          (server/auth/migrate.ts). Nothing of this kind is written to the graph any more.
// Parameters: $label ('User', 'Session', 'ApiToken', 'AuditEntry' or 'SavedQuery'), $limit (int).
// Row: { id (element id), props (the node's properties), user (name of the User it is OF, or null) }
MATCH (n)
WHERE $label IN labels(n)
OPTIONAL MATCH (n)-[:OF]->(u:User)
RETURN elementId(n) AS id, properties(n) AS props, u.name AS user
ORDER BY elementId(n)
LIMIT $limit
