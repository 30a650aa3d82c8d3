// Purpose: the parks several enterprises are settled in, at once (batched per request).
// Parameters: $ids (enterprise ids).
// Row: { id, parks: [{ park: { id, name, region }, since }] } ordered by park id — no row for an
//   unknown id.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN id, COLLECT {
  MATCH (e)-[l:SETTLED_IN]->(k:Park)
  RETURN {
    park: k { .id, .name, region: [(k)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] },
    since: l.since
  } AS settlement
  ORDER BY k.id
} AS parks
