// Purpose: record chain masters (链主) as LEADS edges (no properties: new or unchanged).
// Parameters: $rows: [{ enterpriseId, chainId }]
// Row: { created: int, updated: int (always 0) }
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterpriseId}), (c:Chain {id: row.chainId})
WITH e, c WHERE NOT EXISTS { (e)-[:LEADS]->(c) }
MERGE (e)-[:LEADS]->(c)
RETURN count(*) AS created, 0 AS updated
