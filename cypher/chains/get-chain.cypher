// Purpose: one chain by id.
// Parameters: $id (string).
// Row: { chain: { id, name, nameEn, description } } — no row when absent.
MATCH (c:Chain {id: $id})
RETURN c { .id, .name, .nameEn, .description } AS chain
