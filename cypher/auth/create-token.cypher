// Purpose: store a new API token of a user; only the SHA-256 of its secret is kept.
// Parameters: $name, $id, $hash, $label, $at.
// Row: { token: { id, label, createdAt } } — no row when the user is absent.
MATCH (u:User {name: $name})
CREATE (t:ApiToken {id: $id, hash: $hash, label: $label, createdAt: $at})-[:OF]->(u)
RETURN t { .id, .label, .createdAt } AS token
