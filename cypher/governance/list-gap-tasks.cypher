// Purpose: the gap tasks on the segments of a chain, optionally only those of one status (the map
//          marks the segments with an OPEN task, with the owner unit on hover).
// Parameters: $chainId, $status (or null: every status).
// Row: { task: { id, segment: { id, name }, unit: { id, name, kind }, title, owner, dueOn, status, note } },
//      ordered by segment id, then task id.
MATCH (t:GapTask)-[:FOR_SEGMENT]->(s:Segment {chainId: $chainId})
WHERE $status IS NULL OR t.status = $status
RETURN t { .id, .title, .owner, .dueOn, .status, .note, segment: s { .id, .name, .chainId, .stage, .nameEn, .order, depth: 0 },
           unit: [(t)-[:ASSIGNED_TO]->(u:Unit) | u { .id, .name, .kind }][0] } AS task
ORDER BY s.id, t.id
