// Purpose: after a bulk load, give up to $batch enterprises without tags the empty list the
//          transactional import stores for an empty tags cell (the offline importer cannot write
//          an empty array). One batch per transaction; the caller repeats until fewer than $batch
//          changed.
// Parameters: $batch (int).
// Row: { changed: int }
MATCH (n:Enterprise) WHERE n.tags IS NULL
WITH n LIMIT $batch
SET n.tags = []
RETURN count(n) AS changed
