// Purpose: the fast path of merge-enterprise-segments, for rows whose enterprise this import has
//          just created (so the edge cannot exist yet; server/import/write.ts routes the rows):
//          add the IN_SEGMENT edge with its properties. MERGE keeps it correct regardless.
//          Properties are set one by one so that the plan needs no Eager.
// Parameters: $rows: [{ enterpriseId, segmentId, props: { role, products, evidence, source } }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.enterpriseId})
MATCH (b:Segment {id: row.segmentId})
MERGE (a)-[r:IN_SEGMENT]->(b)
SET r.role = row.props.role, r.products = row.props.products, r.evidence = row.props.evidence, r.source = row.props.source
RETURN count(*) AS created, 0 AS updated
