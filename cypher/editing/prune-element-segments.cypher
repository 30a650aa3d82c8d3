// Purpose: after an edit that names an element's segments, remove its links to segments the edit
//          no longer names (the import only adds links). $type is whitelisted by the caller.
// Parameters: $id (element id), $keep (segment ids to keep), $label ('Park', 'Parcel', 'Fund' or 'Platform'),
//             $type ('THEMED', 'SUITS', 'FOCUSES_ON' or 'SERVES').
// Row: { removed: int }
MATCH (n {id: $id})-[r]->(s:Segment)
WHERE $label IN labels(n) AND type(r) = $type AND NOT s.id IN $keep
DELETE r
RETURN count(r) AS removed
