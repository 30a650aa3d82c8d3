// Purpose: the enterprise rows of the 现状图 lists, by id (the lists are chosen first, then read).
// Parameters: $ids: [enterprise id].
// Row: { enterprise: <Enterprise projection> }
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
           region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(x) | x.code][0] }][0] } AS enterprise
