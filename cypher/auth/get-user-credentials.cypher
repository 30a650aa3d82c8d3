// Purpose: a user's stored password hash and role, for sign-in.
// Parameters: $name.
// Row: { name, role, passwordHash } — no row when absent.
MATCH (u:User {name: $name})
RETURN u.name AS name, u.role AS role, u.passwordHash AS passwordHash
