// Purpose: candidates for a name search over enterprises, segments and chains, each tagged with
//   how it matched: EXACT/PREFIX on the name (TEXT indexes) or on its pinyin or initials (RANGE
//   indexes), FULL_TEXT on the cjk `search_names` index with the phrase quoted, CONTAINS on the
//   name, or CONTAINS on the pinyin or initials (so jdf finds 青岛京东方光电科技有限公司, whose
//   initials are qdjdfgdkjyxgs). A node may come back once per way it matched; the caller keeps the
//   best and ranks. Chains are few, so their arms scan the label. Enterprise CONTAINS arms keep the
//   key enterprises (链主 of a chain, or located in the home zone) before the per-arm limit.
// Parameters: $text (the trimmed query), $phrase (a quoted, escaped Lucene phrase, or null to skip
//   the full-text arm), $pinyin (lower-case ASCII letters and digits, or null to skip the pinyin
//   arms), $home (the home zone's region code), $limit (int, at most 100; applied per arm).
// Row: { kind: ENTERPRISE | SEGMENT | CHAIN, id, name, match, closeness (query length / length of
//   the name, pinyin or initials it matched; null for full text), relevance (full text only),
//   chainId, leads (an enterprise that is 链主 of a chain), local (an enterprise in the home zone or
//   a region within it), enterprise, segment, chain (the projection of its kind, null for the others) }
CALL () {
  MATCH (n:Enterprise) WHERE n.name STARTS WITH $text
  WITH n ORDER BY size(n.name), n.id LIMIT $limit
  RETURN n, CASE WHEN n.name = $text THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($text)) / size(n.name) AS closeness, null AS relevance
  UNION
  MATCH (n:Segment) WHERE n.name STARTS WITH $text
  WITH n ORDER BY size(n.name), n.id LIMIT $limit
  RETURN n, CASE WHEN n.name = $text THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($text)) / size(n.name) AS closeness, null AS relevance
  UNION
  MATCH (n:Chain) WHERE n.name STARTS WITH $text
  WITH n ORDER BY size(n.name), n.id LIMIT $limit
  RETURN n, CASE WHEN n.name = $text THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($text)) / size(n.name) AS closeness, null AS relevance
  UNION
  MATCH (n:Enterprise) WHERE n.namePinyin STARTS WITH $pinyin
  WITH n ORDER BY size(n.namePinyin), n.id LIMIT $limit
  RETURN n, CASE WHEN n.namePinyin = $pinyin THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($pinyin)) / size(n.namePinyin) AS closeness, null AS relevance
  UNION
  MATCH (n:Enterprise) WHERE n.nameInitials STARTS WITH $pinyin
  WITH n ORDER BY size(n.nameInitials), n.id LIMIT $limit
  RETURN n, CASE WHEN n.nameInitials = $pinyin THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($pinyin)) / size(n.nameInitials) AS closeness, null AS relevance
  UNION
  MATCH (n:Segment) WHERE n.namePinyin STARTS WITH $pinyin
  WITH n ORDER BY size(n.namePinyin), n.id LIMIT $limit
  RETURN n, CASE WHEN n.namePinyin = $pinyin THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($pinyin)) / size(n.namePinyin) AS closeness, null AS relevance
  UNION
  MATCH (n:Segment) WHERE n.nameInitials STARTS WITH $pinyin
  WITH n ORDER BY size(n.nameInitials), n.id LIMIT $limit
  RETURN n, CASE WHEN n.nameInitials = $pinyin THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($pinyin)) / size(n.nameInitials) AS closeness, null AS relevance
  UNION
  MATCH (n:Chain) WHERE n.namePinyin STARTS WITH $pinyin
  WITH n ORDER BY size(n.namePinyin), n.id LIMIT $limit
  RETURN n, CASE WHEN n.namePinyin = $pinyin THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($pinyin)) / size(n.namePinyin) AS closeness, null AS relevance
  UNION
  MATCH (n:Chain) WHERE n.nameInitials STARTS WITH $pinyin
  WITH n ORDER BY size(n.nameInitials), n.id LIMIT $limit
  RETURN n, CASE WHEN n.nameInitials = $pinyin THEN 'EXACT' ELSE 'PREFIX' END AS match, toFloat(size($pinyin)) / size(n.nameInitials) AS closeness, null AS relevance
  UNION
  MATCH (n:Enterprise) WHERE n.namePinyin CONTAINS $pinyin
  WITH n ORDER BY CASE WHEN EXISTS { (n)-[:LEADS]->(:Chain) } OR EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(:Region {code: $home}) } THEN 0 ELSE 1 END, size(n.namePinyin), n.id LIMIT $limit
  RETURN n, 'CONTAINS' AS match, toFloat(size($pinyin)) / size(n.namePinyin) AS closeness, null AS relevance
  UNION
  MATCH (n:Enterprise) WHERE n.nameInitials CONTAINS $pinyin
  WITH n ORDER BY CASE WHEN EXISTS { (n)-[:LEADS]->(:Chain) } OR EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(:Region {code: $home}) } THEN 0 ELSE 1 END, size(n.nameInitials), n.id LIMIT $limit
  RETURN n, 'CONTAINS' AS match, toFloat(size($pinyin)) / size(n.nameInitials) AS closeness, null AS relevance
  UNION
  MATCH (n:Segment) WHERE n.namePinyin CONTAINS $pinyin OR n.nameInitials CONTAINS $pinyin
  WITH n, CASE WHEN n.nameInitials CONTAINS $pinyin THEN n.nameInitials ELSE n.namePinyin END AS key
  WITH n, key ORDER BY size(key), n.id LIMIT $limit
  RETURN n, 'CONTAINS' AS match, toFloat(size($pinyin)) / size(key) AS closeness, null AS relevance
  UNION
  MATCH (n:Chain) WHERE n.namePinyin CONTAINS $pinyin OR n.nameInitials CONTAINS $pinyin
  WITH n, CASE WHEN n.nameInitials CONTAINS $pinyin THEN n.nameInitials ELSE n.namePinyin END AS key
  WITH n, key ORDER BY size(key), n.id LIMIT $limit
  RETURN n, 'CONTAINS' AS match, toFloat(size($pinyin)) / size(key) AS closeness, null AS relevance
  UNION
  UNWIND CASE WHEN $phrase IS NULL THEN [] ELSE [$phrase] END AS phrase
  CALL db.index.fulltext.queryNodes('search_names', phrase, { limit: $limit }) YIELD node, score
  RETURN node AS n, 'FULL_TEXT' AS match, null AS closeness, score AS relevance
  UNION
  MATCH (n:Enterprise) WHERE n.name CONTAINS $text
  WITH n ORDER BY CASE WHEN EXISTS { (n)-[:LEADS]->(:Chain) } OR EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(:Region {code: $home}) } THEN 0 ELSE 1 END, size(n.name), n.id LIMIT $limit
  RETURN n, 'CONTAINS' AS match, toFloat(size($text)) / size(n.name) AS closeness, null AS relevance
  UNION
  MATCH (n:Segment) WHERE n.name CONTAINS $text
  WITH n ORDER BY size(n.name), n.id LIMIT $limit
  RETURN n, 'CONTAINS' AS match, toFloat(size($text)) / size(n.name) AS closeness, null AS relevance
  UNION
  MATCH (n:Chain) WHERE n.name CONTAINS $text
  WITH n ORDER BY size(n.name), n.id LIMIT $limit
  RETURN n, 'CONTAINS' AS match, toFloat(size($text)) / size(n.name) AS closeness, null AS relevance
}
RETURN
  CASE WHEN n:Enterprise THEN 'ENTERPRISE' WHEN n:Segment THEN 'SEGMENT' ELSE 'CHAIN' END AS kind,
  n.id AS id,
  n.name AS name,
  match,
  closeness,
  relevance,
  CASE WHEN n:Segment THEN n.chainId WHEN n:Chain THEN n.id ELSE null END AS chainId,
  n:Enterprise AND EXISTS { (n)-[:LEADS]->(:Chain) } AS leads,
  n:Enterprise AND EXISTS { (n)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..6]->(:Region {code: $home}) } AS local,
  CASE WHEN n:Enterprise THEN n {
    .id, .name, .nameEn, .uscc, .scale, .listed, .founded, tags: coalesce(n.tags, []),
    region: [(n)-[:LOCATED_IN]->(r:Region) | r { .code, .name, .level, parentCode: [(r)-[:WITHIN]->(wp:Region) | wp.code][0] }][0]
  } END AS enterprise,
  CASE WHEN n:Segment THEN n {
    .id, .chainId, .name, .nameEn, .stage, .order,
    parentId: [(ps:Segment)-[:HAS_CHILD]->(n) | ps.id][0],
    depth: size([(n)<-[:HAS_CHILD*1..6]-(:Segment) | 1])
  } END AS segment,
  CASE WHEN n:Chain THEN n { .id, .name, .nameEn, .description } END AS chain
