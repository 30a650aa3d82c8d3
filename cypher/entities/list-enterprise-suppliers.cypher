// Purpose: the suppliers of several enterprises at once (batched per request).
// Parameters: $ids (enterprise ids).
// Row: { id, links: [{ enterprise: Enterprise, products, since, evidence, source }] } ordered by
//   supplier id — no row for an unknown id.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN id, COLLECT {
  MATCH (e)<-[l:SUPPLIES]-(o:Enterprise)
  RETURN {
    enterprise: o {
      .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(o.tags, []),
      region: [(o)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0]
    },
    products: l.products, since: l.since, evidence: l.evidence, source: l.source
  } AS link
  ORDER BY o.id
} AS links
