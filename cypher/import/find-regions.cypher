// Purpose: which of the given region codes the database holds, with each one's ancestors, so
//          an import can resolve references to regions it does not define and check for cycles.
// Parameters: $ids (list of region codes).
// Row: { id: string, ancestors: [string] (nearest parent first; empty for a root) }
UNWIND $ids AS code
MATCH (r:Region {code: code})
OPTIONAL MATCH up = (r)-[:WITHIN*1..32]->(:Region)
WITH r, up
ORDER BY length(up) DESC
WITH r, head(collect(up)) AS longest
RETURN r.code AS id, coalesce([n IN tail(nodes(longest)) | n.code], []) AS ancestors
