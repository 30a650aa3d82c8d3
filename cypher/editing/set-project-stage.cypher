// Purpose: move a project to another stage (the pipeline board), remembering when, and record the
//          change in its stage history as (Project)-[:STAGE_CHANGED]->(:StageChange) — only when
//          the stage really changes. A lead made from a target before names stopped carrying the
//          stage ("… · 环节（招商线索）") loses that suffix when it leaves LEAD.
// Parameters: $id, $stage, $at (ISO timestamp), $on (the Asia/Shanghai calendar date), $user (or null).
// Row: { previous } — no row when absent.
MATCH (p:Project {id: $id})
WITH p, p.stage AS previous
SET p.stage = $stage, p.stageChangedAt = $at
SET p.name = CASE WHEN $stage <> 'LEAD' AND p.name ENDS WITH '（招商线索）' THEN left(p.name, size(p.name) - 6) ELSE p.name END
FOREACH (_ IN CASE WHEN previous IS NULL OR previous <> $stage THEN [1] ELSE [] END |
  CREATE (p)-[:STAGE_CHANGED]->(:StageChange {id: randomUUID(), from: previous, to: $stage, on: $on, at: $at, user: $user, via: 'BOARD'}))
RETURN previous
