// Purpose: the fast path of merge-enterprise-parks, for rows whose enterprise this import has
//          just created (so the edge cannot exist yet; server/import/write.ts routes the rows):
//          add the SETTLED_IN edge with its properties. MERGE keeps it correct regardless.
//          Properties are set one by one so that the plan needs no Eager.
// Parameters: $rows: [{ enterpriseId, parkId, props: { since } }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (a:Enterprise {id: row.enterpriseId})
MATCH (b:Park {id: row.parkId})
MERGE (a)-[r:SETTLED_IN]->(b)
SET r.since = row.props.since
RETURN count(*) AS created, 0 AS updated
