// Purpose: the gap_tasks table of an exported workbook (tasks on the segments in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, segment_id, unit_id, title, owner, due_on, status, note } }, ordered by id.
MATCH (t:GapTask)-[:FOR_SEGMENT]->(s:Segment)
WHERE $segments IS NULL OR s.id IN $segments
RETURN { id: t.id, segment_id: s.id, unit_id: head([(t)-[:ASSIGNED_TO]->(u:Unit) | u.id]), title: t.title, owner: t.owner,
         due_on: t.dueOn, status: t.status, note: t.note } AS row
ORDER BY t.id
