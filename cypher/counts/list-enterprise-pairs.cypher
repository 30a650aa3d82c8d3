// Purpose: what each given enterprise contributes to the maintained local counts (LocalCount):
//          the regions it is local to (its region and every region that region is WITHIN, up to
//          8 levels) and the segments it is in (each segment it is IN_SEGMENT and every ancestor,
//          up to 8 levels), each segment with whether a CONFIRMED placement reaches it. The
//          enterprise counts once in every (segment, region) pair of the cross product: that is
//          local(S) in scope R, distinct by construction. An enterprise without a region or
//          without a placement contributes nothing and has no row.
// Parameters: $ids: [enterprise id].
// Row: { id, regions: [region code], segments: [{ s: segment id, c: chain id, k: bool (a CONFIRMED placement reaches s) }] }
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
WITH e, [(e)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(r:Region) | r.code] AS regions
WHERE size(regions) > 0
MATCH (e)-[p:IN_SEGMENT]->(:Segment)<-[:HAS_CHILD*0..8]-(s:Segment)
WITH e, regions, s, max(CASE WHEN p.evidence = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed
RETURN e.id AS id, regions, collect({s: s.id, c: s.chainId, k: confirmed = 1}) AS segments
