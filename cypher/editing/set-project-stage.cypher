// Purpose: move a project to another stage, remembering when. A lead made from a target before
// names stopped carrying the stage ("… · 环节（招商线索）") loses that suffix when it leaves LEAD.
// Parameters: $id, $stage, $at (ISO timestamp).
// Row: { previous } — no row when absent.
MATCH (p:Project {id: $id})
WITH p, p.stage AS previous
SET p.stage = $stage, p.stageChangedAt = $at
SET p.name = CASE WHEN $stage <> 'LEAD' AND p.name ENDS WITH '（招商线索）' THEN left(p.name, size(p.name) - 6) ELSE p.name END
RETURN previous
