// Title: 产业链环节树
// Title-en: Segment tree of a chain
// Purpose: 一条产业链从链到各级环节的树，以图的形式查看。
// Purpose-en: A chain and its segments at every level, as a graph.
// Parameters: $chainId — 产业链 id。
// Example: {"chainId": "display"}
// Row: { 路径 (path) } — 每个环节一条从链出发的路径。
MATCH 路径 = (:Chain {id: $chainId})-[:HAS_SEGMENT]->(:Segment)-[:HAS_CHILD*0..4]->(:Segment)
RETURN 路径
