// Purpose: stage history — the recorded stage changes of one project, or of every project in a
//          period of calendar dates, oldest first.
// Parameters: $projectId (or null: every project), $from, $to ('YYYY-MM-DD' or null: unbounded).
// Row: { id, projectId, projectName, from, to, on, at, user, via, confidential }, ordered by at, id.
MATCH (p:Project)-[:STAGE_CHANGED]->(c:StageChange)
WHERE ($projectId IS NULL OR p.id = $projectId)
  AND ($from IS NULL OR c.on >= $from) AND ($to IS NULL OR c.on <= $to)
RETURN c.id AS id, p.id AS projectId, p.name AS projectName, c.from AS from, c.to AS to, c.on AS on,
       c.at AS at, c.user AS user, c.via AS via, coalesce(p.confidential, false) AS confidential
ORDER BY at, id
