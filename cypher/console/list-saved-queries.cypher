// Purpose: the saved console queries a user may see: their own and everyone's shared ones.
// Parameters: $owner (user name).
// Row: { query: { id, name, query, params (JSON text or null), owner, shared, createdAt, updatedAt } },
//      own queries first, then by name.
MATCH (q:SavedQuery)
WHERE q.owner = $owner OR q.shared = true
RETURN q { .id, .name, .query, .params, .owner, shared: coalesce(q.shared, false), .createdAt, .updatedAt } AS query
ORDER BY CASE WHEN q.owner = $owner THEN 0 ELSE 1 END, toLower(q.name), q.owner, q.id
