// Purpose: what lies next to one chain, for exploring the graph from it: its top-level segments
//   (HAS_SEGMENT) upstream to downstream, then by order and id, and its 链主 (LEADS it) by id. Each relation is counted in full
//   and listed from $offset, at most $limit.
// Parameters: $id, $scope (region code; `local` = LOCATED_IN a region within it), $only (one
//   relation name, or null for all), $offset (int), $limit (int).
// Row: { node, groups: [{ relation, total, nodes }] }, node and nodes being
//   { kind, id, name, nameEn, chainId, local } — no row for an unknown id.
MATCH (x:Chain {id: $id})
CALL () {
  OPTIONAL MATCH (r:Region)-[:WITHIN*0..6]->(:Region {code: $scope})
  RETURN collect(r) AS scopeRegions
}
RETURN x { kind: 'CHAIN', .id, .name, .nameEn, chainId: x.id, local: null } AS node,
[g IN [
  CASE WHEN $only IS NULL OR $only = 'SEGMENT' THEN {
    relation: 'SEGMENT',
    total: COUNT { (x)-[:HAS_SEGMENT]->(:Segment) },
    nodes: COLLECT {
      MATCH (x)-[:HAS_SEGMENT]->(s:Segment)
      WITH DISTINCT s
      ORDER BY CASE s.stage WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 WHEN 'DOWNSTREAM' THEN 2 ELSE 3 END, coalesce(s.order, 2147483647), s.id
      SKIP $offset LIMIT $limit
      RETURN s { kind: 'SEGMENT', .id, .name, .nameEn, .chainId, local: null }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'MASTER' THEN {
    relation: 'MASTER',
    total: COUNT { (x)<-[:LEADS]-(:Enterprise) },
    nodes: COLLECT {
      MATCH (x)<-[:LEADS]-(n:Enterprise)
      WITH DISTINCT n ORDER BY n.id SKIP $offset LIMIT $limit
      RETURN n { kind: 'ENTERPRISE', .id, .name, .nameEn, chainId: null, local: EXISTS { MATCH (n)-[:LOCATED_IN]->(nr:Region) WHERE nr IN scopeRegions } }
    }
  } END
] WHERE g IS NOT NULL] AS groups
