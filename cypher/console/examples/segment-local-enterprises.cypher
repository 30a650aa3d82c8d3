// Title: 某环节的本地企业
// Title-en: Local enterprises of a segment
// Purpose: 某个环节（含其下级环节）中位于指定地区（含下辖地区）的企业，大型企业在前。
// Purpose-en: The enterprises of a segment (and its sub-segments) located in a region (and the regions within it), large ones first.
// Parameters: $segmentId — 环节 id；$regionCode — 地区代码（如开发区 QDEDZ、青岛市 370200）。
// Example: {"segmentId": "display-materials", "regionCode": "370200"}
// Row: { 企业id, 企业, 规模, 所在地, 环节 (list) }
MATCH (scope:Region {code: $regionCode})
MATCH (:Segment {id: $segmentId})-[:HAS_CHILD*0..8]->(s:Segment)<-[:IN_SEGMENT]-(e:Enterprise)-[:LOCATED_IN]->(r:Region)-[:WITHIN*0..8]->(scope)
RETURN e.id AS 企业id, e.name AS 企业, e.scale AS 规模, r.name AS 所在地, collect(DISTINCT s.name) AS 环节
ORDER BY CASE 规模 WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END, 企业
