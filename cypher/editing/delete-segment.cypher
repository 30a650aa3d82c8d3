// Purpose: delete a segment that has no sub-segments, with its flows and placements.
// Parameters: $id.
// Row: { found: bool, children: int, deleted: int }
OPTIONAL MATCH (s:Segment {id: $id})
WITH s, CASE WHEN s IS NULL THEN 0 ELSE COUNT { (s)-[:HAS_CHILD]->(:Segment) } END AS children
CALL (s, children) {
  WITH s WHERE s IS NOT NULL AND children = 0
  DETACH DELETE s
  RETURN 1 AS deleted
  UNION
  WITH s WHERE s IS NULL OR children > 0
  RETURN 0 AS deleted
}
RETURN s IS NOT NULL AS found, children, deleted
