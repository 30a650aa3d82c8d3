// Purpose: the newest audit entries, optionally of one user or action.
// Parameters: $user (or null), $action (or null), $limit (int).
// Row: { entry: { id, at, user, action, target, detail, address } }
MATCH (a:AuditEntry)
WHERE ($user IS NULL OR a.user = $user) AND ($action IS NULL OR a.action = $action)
RETURN a { .id, .at, .user, .action, .target, .detail, .address } AS entry
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
