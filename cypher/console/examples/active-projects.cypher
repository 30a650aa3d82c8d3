// Title: 在谈在建项目
// Title-en: Projects under way
// Purpose: 指定地区（含下辖地区）尚未投产、也未终止的招商项目，按投资额从大到小。
// Purpose-en: Projects in a region (and the regions within it) neither in production nor dropped, largest investment first.
// Parameters: $regionCode — 地区代码。
// Example: {"regionCode": "370200"}
// Row: { 项目, 阶段, 投资亿元, 目标环节, 企业 }
MATCH (p:Project)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(:Region {code: $regionCode})
WHERE NOT p.stage IN ['IN_PRODUCTION', 'DROPPED']
OPTIONAL MATCH (p)-[:TARGETS]->(s:Segment)
OPTIONAL MATCH (p)-[:BY]->(e:Enterprise)
RETURN p.name AS 项目, p.stage AS 阶段, p.investmentYi AS 投资亿元, s.name AS 目标环节, e.name AS 企业
ORDER BY 投资亿元 DESC, 项目
