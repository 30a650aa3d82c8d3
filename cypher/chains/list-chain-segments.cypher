// Purpose: every segment of the given chains (any depth), with its parent and depth.
// Parameters: $chainIds (list of strings).
// Row: { segment: { id, chainId, name, nameEn, stage, order, parentId, depth } }
UNWIND $chainIds AS chainId
MATCH (s:Segment {chainId: chainId})
RETURN s { .id, .chainId, .name, .nameEn, .stage, .order,
           parentId: [(p:Segment)-[:HAS_CHILD]->(s) | p.id][0],
           depth: size([(s)<-[:HAS_CHILD*1..8]-(:Segment) | 1]) } AS segment
