// Purpose: one enterprise by id.
// Parameters: $id (string).
// Row: { enterprise: Enterprise } — no row when absent.
MATCH (e:Enterprise {id: $id})
RETURN e {
  .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
  region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0]
} AS enterprise
