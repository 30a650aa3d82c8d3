// Purpose: a page of enterprise ids in id order (index-backed), for the full recomputation of the
//          local counts (rebuildLocalCounts), which walks every enterprise once.
// Parameters: $after (id, '' to start), $limit (int).
// Row: { id }
MATCH (e:Enterprise)
WHERE e.id > $after
RETURN e.id AS id
ORDER BY e.id
LIMIT $limit
