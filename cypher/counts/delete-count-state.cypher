// Purpose: forget the marker of the local counts (a write that skipped their maintenance), so the
//          next start rebuilds them.
// Parameters: none.
// Row: { deleted: int }
OPTIONAL MATCH (m:LocalCountState {id: 'local-counts'})
DETACH DELETE m
RETURN count(m) AS deleted
