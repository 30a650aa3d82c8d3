// Purpose: every user with their live API tokens, by name.
// Parameters: none.
// Row: { user: { name, role, createdAt, tokens: [{ id, label, createdAt }] } }
MATCH (u:User)
RETURN u { .name, .role, .createdAt,
           tokens: [(u)<-[:OF]-(t:ApiToken) WHERE t.revokedAt IS NULL | t { .id, .label, .createdAt }] } AS user
ORDER BY u.name
