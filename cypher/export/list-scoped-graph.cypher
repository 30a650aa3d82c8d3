// Purpose: the nodes in scope and the relationships among them, for graph exports (GraphML,
//          Cytoscape JSON). Nodes are named by label and business key, never by internal id.
//          The governance nodes come with what they belong to: units and officials in scope, the
//          chains' policies, targets and actuals, the segments' gap tasks, the projects'
//          milestones. Stage history is a log, not chain data, and stays out.
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $parcels, $funds,
//             $platforms, $units, $officials: the ids in scope (lists), each null to export
//             everything (see get-chain-scope).
// Row: { nodes: [{ label, key, props }], edges: [{ type, fromLabel, fromKey, toLabel, toKey, props }] }
CALL () {
  MATCH (n:Chain) WHERE $chains IS NULL OR n.id IN $chains RETURN n
  UNION
  MATCH (n:Segment) WHERE $segments IS NULL OR n.id IN $segments RETURN n
  UNION
  MATCH (n:Enterprise) WHERE $enterprises IS NULL OR n.id IN $enterprises RETURN n
  UNION
  MATCH (n:Park) WHERE $parks IS NULL OR n.id IN $parks RETURN n
  UNION
  MATCH (n:Project) WHERE $projects IS NULL OR n.id IN $projects RETURN n
  UNION
  MATCH (n:Region) WHERE $regions IS NULL OR n.code IN $regions RETURN n
  UNION
  MATCH (n:Parcel) WHERE $parcels IS NULL OR n.id IN $parcels RETURN n
  UNION
  MATCH (n:Fund) WHERE $funds IS NULL OR n.id IN $funds RETURN n
  UNION
  MATCH (n:Platform) WHERE $platforms IS NULL OR n.id IN $platforms RETURN n
  UNION
  MATCH (e:Enterprise)-[:HAS_YEAR]->(n:EnterpriseYear) WHERE $enterprises IS NULL OR e.id IN $enterprises RETURN n
  UNION
  MATCH (n:Unit) WHERE $units IS NULL OR n.id IN $units RETURN n
  UNION
  MATCH (n:Official) WHERE $officials IS NULL OR n.id IN $officials RETURN n
  UNION
  MATCH (c:Chain)-[:HAS_POLICY|HAS_TARGET|HAS_ACTUAL]->(n) WHERE $chains IS NULL OR c.id IN $chains RETURN n
  UNION
  MATCH (n:GapTask)-[:FOR_SEGMENT]->(s:Segment) WHERE $segments IS NULL OR s.id IN $segments RETURN n
  UNION
  MATCH (p:Project)-[:HAS_MILESTONE]->(n:Milestone) WHERE $projects IS NULL OR p.id IN $projects RETURN n
}
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect({ type: type(r), fromLabel: head(labels(a)), fromKey: coalesce(a.id, a.code),
                   toLabel: head(labels(b)), toKey: coalesce(b.id, b.code), props: properties(r) }) AS edges
}
RETURN [n IN nodes | { label: head(labels(n)), key: coalesce(n.id, n.code), props: properties(n) }] AS nodes, edges
