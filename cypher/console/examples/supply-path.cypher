// Title: 两家企业之间的供应链路径
// Title-en: Supply path between two enterprises
// Purpose: 两家企业之间经由供应关系（不论方向）的最短路径，以图的形式查看中间环节上的企业。
// Purpose-en: The shortest path of supply links (either direction) between two enterprises, as a graph.
// Parameters: $fromId, $toId — 企业 id。
// Example: {"fromId": "sanlipu", "toId": "boe-qingdao"}
// Row: { 路径 (path) }
MATCH (a:Enterprise {id: $fromId}), (b:Enterprise {id: $toId})
MATCH 路径 = shortestPath((a)-[:SUPPLIES*..6]-(b))
RETURN 路径
