// Purpose: the fast path of merge-supplies, for rows whose supplier or customer this import has
//          just created (so the edge cannot exist yet; server/import/write.ts routes the rows):
//          add the SUPPLIES edge with its properties. MERGE keeps it correct regardless.
//          Properties are set one by one so that the plan needs no Eager.
// Parameters: $rows: [{ supplierId, customerId, props: { products, since, evidence, source, share } }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.supplierId})
MATCH (b:Enterprise {id: row.customerId})
MERGE (a)-[r:SUPPLIES]->(b)
SET r.products = row.props.products, r.since = row.props.since, r.evidence = row.props.evidence, r.source = row.props.source, r.share = row.props.share
RETURN count(*) AS created, 0 AS updated
