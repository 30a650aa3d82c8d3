// Purpose: the milestones table of an exported workbook (time nodes of the projects in scope).
// Parameters: $chains, $segments, $enterprises, $parks, $projects, $regions, $units, $officials:
//             the ids in scope (lists), each null to export everything (see get-chain-scope).
// Row: { row: { id, project_id, name, planned_on, done_on, kind } }, ordered by id.
MATCH (p:Project)-[:HAS_MILESTONE]->(m:Milestone)
WHERE $projects IS NULL OR p.id IN $projects
RETURN { id: m.id, project_id: p.id, name: m.name, planned_on: m.plannedOn, done_on: m.doneOn, kind: m.kind } AS row
ORDER BY m.id
