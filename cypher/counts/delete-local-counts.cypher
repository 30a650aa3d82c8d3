// Purpose: remove up to $limit maintained local counts and the marker (a rebuild starts with this,
//          repeated until it removes nothing).
// Parameters: $limit (int).
// Row: { deleted: int }
OPTIONAL MATCH (m:LocalCountState)
DETACH DELETE m
WITH count(*) AS ignored
MATCH (c:LocalCount)
WITH c LIMIT $limit
DELETE c
RETURN count(c) AS deleted
