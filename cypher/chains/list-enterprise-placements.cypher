// Purpose: where the given enterprises sit in a chain: per segment, the given enterprises
//   IN_SEGMENT it or any descendant (the what-if's added enterprises, counted like local(S)).
//   With $evidence 'CONFIRMED' only a CONFIRMED IN_SEGMENT link places an enterprise.
// Parameters: $chainId, $enterpriseIds (list), $evidence ('ALL' | 'CONFIRMED').
// Row: { segmentId, enterpriseIds: [id] } — segments none of them is in are absent.
UNWIND $enterpriseIds AS id
MATCH (e:Enterprise {id: id})-[placed:IN_SEGMENT]->(:Segment {chainId: $chainId})<-[:HAS_CHILD*0..8]-(s:Segment)
WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED'
WITH s, collect(DISTINCT e.id) AS enterpriseIds
RETURN s.id AS segmentId, enterpriseIds
