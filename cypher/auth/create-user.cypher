// Purpose: create a user; fails on the uniqueness constraint when the name is taken.
// Parameters: $name, $role, $passwordHash, $at (ISO timestamp).
// Row: { user: { name, role, createdAt } }
CREATE (u:User {name: $name, role: $role, passwordHash: $passwordHash, createdAt: $at})
RETURN u { .name, .role, .createdAt } AS user
