// Purpose: change a user's role; their sessions stay but are re-read with the new role.
// Parameters: $name, $role.
// Row: { user: { name, role, createdAt } } — no row when absent.
MATCH (u:User {name: $name})
SET u.role = $role
RETURN u { .name, .role, .createdAt } AS user
