// Purpose: the 链长制 records of one chain: its chiefs (链长/副链长), its 链组 units, its policies
//          (一链一策), its targets of one year, every actual it reported, and the gap tasks on its
//          segments. Computed indicators and pace are derived in server/repositories/governance.ts.
// Parameters: $chainId, $year (int).
// Row: { chiefs: [{ official: { id, name, post }, role }], team: [{ unit: { id, name, kind }, role }],
//        policies: [{ id, title, docNumber, issuedOn, url, summary }],
//        targets: [{ indicator, name, value, unit, kind }],
//        actuals: [{ indicator, period, value, source }],
//        gapTasks: [{ id, segmentId, unit: { id, name, kind }, title, owner, dueOn, status, note }] }
//      — no row when the chain does not exist.
MATCH (c:Chain {id: $chainId})
RETURN
  [(o:Official)-[r:CHIEF_OF]->(c) | { official: o { .id, .name, .post }, role: r.role }] AS chiefs,
  [(u:Unit)-[r:WORKS_ON]->(c) | { unit: u { .id, .name, .kind }, role: r.role }] AS team,
  [(c)-[:HAS_POLICY]->(p:Policy) | p { .id, .title, .docNumber, .issuedOn, .url, .summary }] AS policies,
  [(c)-[:HAS_TARGET]->(t:Target) WHERE t.year = $year | t { .indicator, .name, .value, .unit, .kind }] AS targets,
  [(c)-[:HAS_ACTUAL]->(a:Actual) | a { .indicator, .period, .value, .source }] AS actuals,
  [(t:GapTask)-[:FOR_SEGMENT]->(s:Segment {chainId: c.id}) | t { .id, segmentId: s.id, .title, .owner, .dueOn, .status, .note,
       unit: [(t)-[:ASSIGNED_TO]->(u:Unit) | u { .id, .name, .kind }][0] }] AS gapTasks
