// Purpose: remove a FEEDS flow.
// Parameters: $from, $to (segment ids).
// Row: { deleted: int }
OPTIONAL MATCH (:Segment {id: $from})-[f:FEEDS]->(:Segment {id: $to})
DELETE f
RETURN count(f) AS deleted
