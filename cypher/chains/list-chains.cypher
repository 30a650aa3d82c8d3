// Purpose: every chain, ordered by id.
// Parameters: none.
// Row: { chain: { id, name, nameEn, description } }
MATCH (c:Chain)
RETURN c { .id, .name, .nameEn, .description } AS chain
ORDER BY c.id
