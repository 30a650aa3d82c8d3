// Purpose: what a park holds, for the given park ids: its properties, the segments it is THEMED
//          to (in map order of their chain: by order, then id), the enterprises SETTLED_IN it (by
//          id), the projects IN_PARK (confidential ones only when $includeConfidential), and its
//          parcels (by id).
// Parameters: $ids (park ids), $includeConfidential (bool).
// Row: { id, park: { id, name, kind, operator, areaMu, floorSpaceSqm, vacantSqm, rentYuanSqmMonth, description, regionCode },
//        themeIds: [string], enterpriseIds: [string], projectIds: [string], parcelIds: [string] }
UNWIND $ids AS id
MATCH (pk:Park {id: id})
RETURN id,
       pk { .id, .name, .kind, .operator, .areaMu, .floorSpaceSqm, .vacantSqm, .rentYuanSqmMonth, .description,
            regionCode: [(pk)-[:LOCATED_IN]->(r:Region) | r.code][0] } AS park,
       [x IN collect { MATCH (pk)-[:THEMED]->(s:Segment) RETURN s ORDER BY s.chainId, coalesce(s.order, 999999), s.id } | x.id] AS themeIds,
       [x IN collect { MATCH (e:Enterprise)-[:SETTLED_IN]->(pk) RETURN e.id AS x ORDER BY x } | x] AS enterpriseIds,
       [x IN collect { MATCH (p:Project)-[:IN_PARK]->(pk) WHERE $includeConfidential OR NOT coalesce(p.confidential, false) RETURN p.id AS x ORDER BY x } | x] AS projectIds,
       [x IN collect { MATCH (c:Parcel)-[:IN_PARK]->(pk) RETURN c.id AS x ORDER BY x } | x] AS parcelIds
