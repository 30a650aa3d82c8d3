// Purpose: the park of several projects at once (batched per request).
// Parameters: $ids (project ids).
// Row: { id, park: { id, name, region } } — no row for a project without a park.
UNWIND $ids AS id
MATCH (:Project {id: id})-[:IN_PARK]->(k:Park)
WITH id, k
ORDER BY k.id
WITH id, collect(k)[0] AS k
RETURN id, k { .id, .name, region: [(k)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0] } AS park
