// Purpose: one milestone with its project, as a workbook row (to rewrite it with a done date).
// Parameters: $id (string).
// Row: { row: { id, project_id, name, planned_on, done_on, kind } } — no row when absent.
MATCH (p:Project)-[:HAS_MILESTONE]->(m:Milestone {id: $id})
RETURN { id: m.id, project_id: p.id, name: m.name, planned_on: m.plannedOn, done_on: m.doneOn, kind: m.kind } AS row
