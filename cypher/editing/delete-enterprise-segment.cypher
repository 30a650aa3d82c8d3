// Purpose: remove an enterprise's placement in a segment.
// Parameters: $enterpriseId, $segmentId.
// Row: { deleted: int }
OPTIONAL MATCH (:Enterprise {id: $enterpriseId})-[r:IN_SEGMENT]->(:Segment {id: $segmentId})
DELETE r
RETURN count(r) AS deleted
