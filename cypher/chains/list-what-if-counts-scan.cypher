// Purpose: a what-if's local(S) recomputed by scanning, as if the enterprises in $remove were gone
//   and those in $add were local: per segment of the chain, the distinct enterprises IN_SEGMENT it
//   or a segment below it, not in $remove, and LOCATED_IN the scope (or a region WITHIN it) or in
//   $add. Reads every placement of the chain: the reference the maintained-count what-if is
//   compared with in the tests and the benchmark, never the app's path.
//   With $evidence 'CONFIRMED' only CONFIRMED IN_SEGMENT links place an enterprise.
// Parameters: $chainId, $scope (region code), $remove, $add (lists of enterprise ids),
//   $evidence ('ALL' | 'CONFIRMED').
// Row: { segmentId, localCount: int } one per segment of the chain (0 included).
MATCH (scope:Region {code: $scope})
CALL (scope) {
  MATCH (r:Region)-[:WITHIN*0..8]->(scope)
  RETURN collect(r) AS scopeRegions
}
MATCH (s:Segment {chainId: $chainId})
CALL (s, scopeRegions) {
  OPTIONAL MATCH (s)-[:HAS_CHILD*0..8]->(:Segment {chainId: $chainId})<-[placed:IN_SEGMENT]-(e:Enterprise)
  WHERE ($evidence = 'ALL' OR placed.evidence = 'CONFIRMED')
    AND NOT e.id IN $remove
    AND (e.id IN $add OR EXISTS { MATCH (e)-[:LOCATED_IN]->(r:Region) WHERE r IN scopeRegions })
  RETURN count(DISTINCT e) AS localCount
}
RETURN s.id AS segmentId, localCount
ORDER BY segmentId
