// Purpose: save a console query under a name; a name the owner already used is replaced (same id,
//          same createdAt). The (owner, name) uniqueness constraint makes the MERGE safe to race.
// Parameters: $owner, $name, $id (used when new), $query, $params (JSON text or null), $shared, $at (ISO).
// Row: { query: { id, name, query, params, owner, shared, createdAt, updatedAt } }
MERGE (q:SavedQuery {owner: $owner, name: $name})
ON CREATE SET q.id = $id, q.createdAt = $at
SET q.query = $query, q.params = $params, q.shared = $shared, q.updatedAt = $at
RETURN q { .id, .name, .query, .params, .owner, .shared, .createdAt, .updatedAt } AS query
