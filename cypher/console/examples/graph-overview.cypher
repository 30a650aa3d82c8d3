// Title: 图谱概览
// Title-en: Graph overview
// Purpose: 图中各类业务数据的数量：产业链、环节、企业、地区、园区、项目和供应关系。
// Purpose-en: How many chains, segments, enterprises, regions, parks, projects and supply links the graph holds.
// Parameters: none.
// Example: {}
// Row: { 产业链, 环节, 企业, 地区, 园区, 项目, 供应关系 }
RETURN COUNT { (:Chain) } AS 产业链, COUNT { (:Segment) } AS 环节, COUNT { (:Enterprise) } AS 企业,
       COUNT { (:Region) } AS 地区, COUNT { (:Park) } AS 园区, COUNT { (:Project) } AS 项目,
       COUNT { ()-[:SUPPLIES]->() } AS 供应关系
