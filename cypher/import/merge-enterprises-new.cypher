// Purpose: the fast path of merge-enterprises, for enterprises the database does not hold yet
//          (server/import/write.ts routes the rows with find-enterprises in the same transaction):
//          create each one with its properties and its one LOCATED_IN region. MERGE keeps it
//          correct should one appear meanwhile. Properties are set one by one, not with
//          `+= row.props`, so that the plan needs no Eager (a map of unknown keys could touch id).
//          The keys are those of the enterprises builder in write.ts; null values are not stored.
// Parameters: $rows: [{ id, regionCode, props: { name, nameEn, uscc, scale, listed, founded, tags,
//                                                 source, asOf, namePinyin, nameInitials } }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (r:Region {code: row.regionCode})
MERGE (n:Enterprise {id: row.id})
SET n.name = row.props.name, n.nameEn = row.props.nameEn, n.uscc = row.props.uscc, n.scale = row.props.scale,
    n.listed = row.props.listed, n.founded = row.props.founded, n.tags = row.props.tags,
    n.source = row.props.source, n.asOf = row.props.asOf,
    n.namePinyin = row.props.namePinyin, n.nameInitials = row.props.nameInitials
MERGE (n)-[:LOCATED_IN]->(r)
RETURN count(*) AS created, 0 AS updated
