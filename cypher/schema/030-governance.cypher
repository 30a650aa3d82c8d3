// 链长制 and 工作链: units, officials, policies, targets, actuals, gap tasks, milestones and the
// stage history, each under a uniqueness constraint on its business key. Idempotent.
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actual_id IF NOT EXISTS FOR (n:Actual) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT gap_task_id IF NOT EXISTS FOR (n:GapTask) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (n:Milestone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stage_change_id IF NOT EXISTS FOR (n:StageChange) REQUIRE n.id IS UNIQUE;
CREATE INDEX stage_change_on IF NOT EXISTS FOR (n:StageChange) ON (n.on);
