// Purpose: the 链主 (lead enterprises) of the given chains.
// Parameters: $chainIds (list of strings).
// Row: { chainId, enterprise: <Enterprise projection> }, ordered by enterprise id.
UNWIND $chainIds AS chainId
MATCH (c:Chain {id: chainId})<-[:LEADS]-(e:Enterprise)
RETURN chainId,
       e { .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
           region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(p) | p.code][0] }][0] } AS enterprise
ORDER BY chainId, enterprise.id
