// Purpose: what lies next to one enterprise, for exploring the graph from it (search first, then
//   expand): its suppliers, customers, segments and the chains it leads. Each relation is counted
//   in full and listed from $offset, at most $limit: enterprises by id, segments by chain then id,
//   chains by id.
// Parameters: $id, $scope (region code; `local` = LOCATED_IN a region within it), $only (one
//   relation name, or null for all), $offset (int), $limit (int).
// Row: { node, groups: [{ relation, total, nodes }] }, node and nodes being
//   { kind, id, name, nameEn, chainId, local } — no row for an unknown id.
MATCH (x:Enterprise {id: $id})
CALL () {
  OPTIONAL MATCH (r:Region)-[:WITHIN*0..6]->(:Region {code: $scope})
  RETURN collect(r) AS scopeRegions
}
RETURN x { kind: 'ENTERPRISE', .id, .name, .nameEn, chainId: null, local: EXISTS { MATCH (x)-[:LOCATED_IN]->(xr:Region) WHERE xr IN scopeRegions } } AS node,
[g IN [
  CASE WHEN $only IS NULL OR $only = 'SUPPLIER' THEN {
    relation: 'SUPPLIER',
    total: COUNT { (x)<-[:SUPPLIES]-(:Enterprise) },
    nodes: COLLECT {
      MATCH (x)<-[:SUPPLIES]-(n:Enterprise)
      WITH DISTINCT n ORDER BY n.id SKIP $offset LIMIT $limit
      RETURN n { kind: 'ENTERPRISE', .id, .name, .nameEn, chainId: null, local: EXISTS { MATCH (n)-[:LOCATED_IN]->(nr:Region) WHERE nr IN scopeRegions } }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'CUSTOMER' THEN {
    relation: 'CUSTOMER',
    total: COUNT { (x)-[:SUPPLIES]->(:Enterprise) },
    nodes: COLLECT {
      MATCH (x)-[:SUPPLIES]->(n:Enterprise)
      WITH DISTINCT n ORDER BY n.id SKIP $offset LIMIT $limit
      RETURN n { kind: 'ENTERPRISE', .id, .name, .nameEn, chainId: null, local: EXISTS { MATCH (n)-[:LOCATED_IN]->(nr:Region) WHERE nr IN scopeRegions } }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'SEGMENT' THEN {
    relation: 'SEGMENT',
    total: COUNT { MATCH (x)-[:IN_SEGMENT]->(s:Segment) RETURN DISTINCT s },
    nodes: COLLECT {
      MATCH (x)-[:IN_SEGMENT]->(s:Segment)
      WITH DISTINCT s ORDER BY s.chainId, s.id SKIP $offset LIMIT $limit
      RETURN s { kind: 'SEGMENT', .id, .name, .nameEn, .chainId, local: null }
    }
  } END,
  CASE WHEN $only IS NULL OR $only = 'LEADS' THEN {
    relation: 'LEADS',
    total: COUNT { (x)-[:LEADS]->(:Chain) },
    nodes: COLLECT {
      MATCH (x)-[:LEADS]->(c:Chain)
      WITH DISTINCT c ORDER BY c.id SKIP $offset LIMIT $limit
      RETURN c { kind: 'CHAIN', .id, .name, .nameEn, chainId: c.id, local: null }
    }
  } END
] WHERE g IS NOT NULL] AS groups
