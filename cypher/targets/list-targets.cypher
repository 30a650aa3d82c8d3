// Purpose: ranked investment-attraction targets for a segment in a scope (PRODUCT.md "Target
//   recommendations"): the non-local enterprises IN_SEGMENT the segment or any segment below it,
//   without an active project located in the scope (or a region within it), scored with the
//   given weights. Returns the facts behind each score so the caller can show its breakdown.
// Parameters: $segmentId, $scope (region code), $activeStages (list of stages),
//   $weights { suppliesMaster, suppliesLocal, scaleLarge, scaleMedium, scaleSmall, scaleMicro,
//   scaleUnknown, listed, confirmed, inProvince } (numbers), $limit (int, at most 200),
//   $evidence ('ALL' | 'CONFIRMED': only CONFIRMED IN_SEGMENT links make a candidate and only
//   CONFIRMED SUPPLIES links earn supply points).
// Row: { province: { code, name } | null, targets: [{ enterprise: Enterprise,
//   masters: [{ id, name, nameEn }] (local 链主 of the segment's chain it supplies), locals: [{ id, name, nameEn }]
//   (other local enterprises it supplies), confirmed: bool, inProvince: bool, score }] } ordered
//   by score desc, then enterprise id — no row when the segment or the scope does not exist.
MATCH (scope:Region {code: $scope})
MATCH (s:Segment {id: $segmentId})
// The scope's province: its nearest PROVINCE-level ancestor (itself when it is one).
OPTIONAL MATCH up = (scope)-[:WITHIN*0..6]->(prov:Region {level: 'PROVINCE'})
WITH scope, s, prov
ORDER BY length(up)
WITH scope, s, collect(prov)[0] AS province
// Enterprises with an active project in the scope, gathered once (from the project_stage index)
// rather than probed per candidate.
CALL (scope) {
  MATCH (p:Project)-[:BY]->(busy:Enterprise)
  WHERE p.stage IN $activeStages
    AND EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(scope) }
  RETURN collect(DISTINCT busy) AS busy
}
CALL (scope, s, province, busy) {
  MATCH (s)-[:HAS_CHILD*0..6]->(:Segment)<-[link:IN_SEGMENT]-(e:Enterprise)
  WHERE ($evidence = 'ALL' OR link.evidence = 'CONFIRMED')
  WITH e, collect(link.evidence) AS evidences
  WHERE NOT e IN busy
    AND NOT EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(scope) }
  WITH e,
    'CONFIRMED' IN evidences AS confirmed,
    // Walk up from the enterprise (a handful of hops), not down the whole province.
    province IS NOT NULL AND province IN [(e)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(up:Region) | up] AS inProvince,
    COLLECT {
      MATCH (e)-[supply:SUPPLIES]->(c:Enterprise)
      WHERE c <> e AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED') AND EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(scope) }
      WITH DISTINCT c
      RETURN { id: c.id, name: c.name, nameEn: c.nameEn, master: EXISTS { (c)-[:LEADS]->(:Chain {id: s.chainId}) } } AS customer
      ORDER BY c.id
    } AS customers
  WITH e, confirmed, inProvince,
    [c IN customers WHERE c.master | { id: c.id, name: c.name, nameEn: c.nameEn }] AS masters,
    [c IN customers WHERE NOT c.master | { id: c.id, name: c.name, nameEn: c.nameEn }] AS locals
  WITH e, confirmed, inProvince, masters, locals,
    $weights.suppliesMaster * size(masters)
    + $weights.suppliesLocal * size(locals)
    + CASE e.scale
        WHEN 'LARGE' THEN $weights.scaleLarge
        WHEN 'MEDIUM' THEN $weights.scaleMedium
        WHEN 'SMALL' THEN $weights.scaleSmall
        WHEN 'MICRO' THEN $weights.scaleMicro
        ELSE $weights.scaleUnknown
      END
    + CASE WHEN e.listed = true THEN $weights.listed ELSE 0 END
    + CASE WHEN confirmed THEN $weights.confirmed ELSE 0 END
    + CASE WHEN inProvince THEN $weights.inProvince ELSE 0 END AS score
  ORDER BY score DESC, e.id
  LIMIT $limit
  RETURN collect({
    enterprise: e {
      .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(e.tags, []),
      region: [(e)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0]
    },
    masters: masters, locals: locals, confirmed: confirmed, inProvince: inProvince, score: score
  }) AS targets
}
RETURN CASE WHEN province IS NULL THEN null ELSE province { .code, .name } END AS province, targets
