// Purpose: the names used to title a lead project.
// Parameters: $enterpriseId, $segmentId.
// Row: { enterprise, segment } names — no row when either is absent.
MATCH (e:Enterprise {id: $enterpriseId}), (s:Segment {id: $segmentId})
RETURN e.name AS enterprise, s.name AS segment
