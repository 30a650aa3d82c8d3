// Purpose: what lies next to one segment, for exploring the graph from it: its enterprises
//   (IN_SEGMENT it directly), parent, sub-segments, the segments it FEEDS and is fed by, and its
//   chain. Each relation is counted in full and listed from $offset, at most $limit: enterprises
//   largest first then by id, sub-segments by order then id, other segments by id.
// Parameters: $id, $scope (region code; `local` = LOCATED_IN a region within it), $only (one
//   relation name, or null for all), $offset (int), $limit (int).
// Row: { node, groups: [{ relation, total, nodes }] }, node and nodes being
//   { kind, id, name, nameEn, chainId, local } — no row for an unknown id.
MATCH (x:Segment {id: $id})
CALL () {
  OPTIONAL MATCH (r:Region)-[:WITHIN*0..6]->(:Region {code: $scope})
  RETURN collect(r) AS scopeRegions
}
RETURN x { kind: 'SEGMENT', .id, .name, .nameEn, .chainId, local: null } AS node,
[g IN [
  CASE WHEN $only IS NULL OR $only = 'ENTERPRISE' THEN {
    relation: 'ENTERPRISE',
    total: COUNT { MATCH (x)<-[:IN_SEGMENT]-(e:Enterprise) RETURN DISTINCT e },
    nodes: COLLECT {
      MATCH (x)<-[:IN_SEGMENT]-(n:Enterprise)
      WITH DISTINCT n
      ORDER BY CASE n.scale WHEN 'LARGE' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'SMALL' THEN 2 WHEN 'MICRO' THEN 3 ELSE 4 END, n.id
      SKIP $offset LIMIT $limit
      RETURN n { kind: 'ENTERPRISE', .id, .name, .nameEn, chainId: null, local: EXISTS { MATCH (n)-[:LOCATED_IN]->(nr:Region) WHERE nr IN scopeRegions } }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'PARENT' THEN {
    relation: 'PARENT',
    total: COUNT { (:Segment)-[:HAS_CHILD]->(x) },
    nodes: COLLECT {
      MATCH (s:Segment)-[:HAS_CHILD]->(x)
      WITH DISTINCT s ORDER BY s.id SKIP $offset LIMIT $limit
      RETURN s { kind: 'SEGMENT', .id, .name, .nameEn, .chainId, local: null }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'CHILD' THEN {
    relation: 'CHILD',
    total: COUNT { (x)-[:HAS_CHILD]->(:Segment) },
    nodes: COLLECT {
      MATCH (x)-[:HAS_CHILD]->(s:Segment)
      WITH DISTINCT s ORDER BY coalesce(s.order, 2147483647), s.id SKIP $offset LIMIT $limit
      RETURN s { kind: 'SEGMENT', .id, .name, .nameEn, .chainId, local: null }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'FEEDS_TO' THEN {
    relation: 'FEEDS_TO',
    total: COUNT { (x)-[:FEEDS]->(:Segment) },
    nodes: COLLECT {
      MATCH (x)-[:FEEDS]->(s:Segment)
      WITH DISTINCT s ORDER BY s.id SKIP $offset LIMIT $limit
      RETURN s { kind: 'SEGMENT', .id, .name, .nameEn, .chainId, local: null }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'FED_BY' THEN {
    relation: 'FED_BY',
    total: COUNT { (x)<-[:FEEDS]-(:Segment) },
    nodes: COLLECT {
      MATCH (x)<-[:FEEDS]-(s:Segment)
      WITH DISTINCT s ORDER BY s.id SKIP $offset LIMIT $limit
      RETURN s { kind: 'SEGMENT', .id, .name, .nameEn, .chainId, local: null }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'CHAIN' THEN {
    relation: 'CHAIN',
    total: COUNT { MATCH (c:Chain {id: x.chainId}) RETURN c },
    nodes: COLLECT {
      MATCH (c:Chain {id: x.chainId})
      WITH c SKIP $offset LIMIT $limit
      RETURN c { kind: 'CHAIN', .id, .name, .nameEn, chainId: c.id, local: null }
    }
  } END
] WHERE g IS NOT NULL] AS groups
