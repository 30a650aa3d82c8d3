// Purpose: move a project to another stage, remembering when.
// Parameters: $id, $stage, $at (ISO timestamp).
// Row: { previous } — no row when absent.
MATCH (p:Project {id: $id})
WITH p, p.stage AS previous
SET p.stage = $stage, p.stageChangedAt = $at
RETURN previous
