// Title: 链主的一级供应商
// Title-en: Tier-1 suppliers of the chain masters
// Purpose: 一条产业链的链主，以及直接向链主供货的一级供应商、所供产品和证据等级。
// Purpose-en: A chain's masters and the enterprises that supply them directly, with products and evidence.
// Parameters: $chainId — 产业链 id。
// Example: {"chainId": "display"}
// Row: { 链主, 供应商, 供应商所在地, 产品, 证据 }
MATCH (master:Enterprise)-[:LEADS]->(:Chain {id: $chainId})
MATCH (supplier:Enterprise)-[s:SUPPLIES]->(master)
OPTIONAL MATCH (supplier)-[:LOCATED_IN]->(r:Region)
RETURN master.name AS 链主, supplier.name AS 供应商, r.name AS 供应商所在地, s.products AS 产品, s.evidence AS 证据
ORDER BY 链主, 供应商
