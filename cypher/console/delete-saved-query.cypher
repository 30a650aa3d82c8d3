// Purpose: delete a saved console query when the caller owns it or is an admin.
// Parameters: $id, $user (caller's name), $admin (boolean).
// Row: { deleted: boolean, shared: boolean } — no row when no query has that id.
MATCH (q:SavedQuery {id: $id})
WITH q, q.owner = $user OR $admin AS allowed, coalesce(q.shared, false) AS shared
FOREACH (_ IN CASE WHEN allowed THEN [1] ELSE [] END | DELETE q)
RETURN allowed AS deleted, shared
