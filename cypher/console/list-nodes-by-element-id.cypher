// Purpose: the endpoints of relationships a console result returned without their nodes, so the
//          result graph can name both ends by business key. Run inside the console's read transaction.
// Parameters: $ids (element ids, at most LIMITS.maxEndpointFetch).
// Row: { node }
UNWIND $ids AS id
MATCH (node)
WHERE elementId(node) = id
RETURN node
