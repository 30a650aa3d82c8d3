// Purpose: which of the given segment ids the database holds, with each one's chain and
//          ancestors, so an import can resolve references, check that a parent is in the same
//          chain, and check the segment tree for cycles.
// Parameters: $ids (list of segment ids).
// Row: { id: string, chainId: string, ancestors: [string] (nearest parent first; empty at top) }
UNWIND $ids AS id
MATCH (s:Segment {id: id})
OPTIONAL MATCH up = (s)<-[:HAS_CHILD*1..32]-(:Segment)
WITH s, up
ORDER BY length(up) DESC
WITH s, head(collect(up)) AS longest
RETURN s.id AS id, s.chainId AS chainId, coalesce([n IN tail(nodes(longest)) | n.id], []) AS ancestors
