// Title: 断链查询
// Title-en: Broken links
// Purpose: 一条产业链在指定地区的断链：下游环节本地已有企业、为它供料的上游环节本地却一家也没有
//          （与现状图的断链规则相同；环节的本地企业含其下级环节的企业）。
// Purpose-en: The broken links of a chain in a region: a downstream segment with local enterprises fed by an upstream one with none (the status map's rule).
// Parameters: $chainId — 产业链 id；$regionCode — 地区代码。
// Example: {"chainId": "display", "regionCode": "QDEDZ"}
// Row: { 缺失的上游环节id, 缺失的上游环节, 已有的下游环节id, 已有的下游环节 }
MATCH (scope:Region {code: $regionCode})
MATCH (up:Segment {chainId: $chainId})-[:FEEDS]->(down:Segment)
WHERE EXISTS { (down)-[:HAS_CHILD*0..8]->(:Segment)<-[:IN_SEGMENT]-(:Enterprise)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(scope) }
  AND NOT EXISTS { (up)-[:HAS_CHILD*0..8]->(:Segment)<-[:IN_SEGMENT]-(:Enterprise)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(scope) }
RETURN up.id AS 缺失的上游环节id, up.name AS 缺失的上游环节, down.id AS 已有的下游环节id, down.name AS 已有的下游环节
ORDER BY up.order, up.id, down.id
