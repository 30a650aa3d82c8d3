// Purpose: the chains several enterprises are 链主 of, at once (batched per request).
// Parameters: $ids (enterprise ids).
// Row: { id, chains: [{ id, name, nameEn, description }] } ordered by chain id — no row for an unknown id.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN id, COLLECT {
  MATCH (e)-[:LEADS]->(c:Chain)
  RETURN c { .id, .name, .nameEn, .description } AS chain
  ORDER BY c.id
} AS chains
