// Purpose: a page of enterprises in id order (index-backed) with their direct links only — the
//          regions they are LOCATED_IN and the segments they are IN_SEGMENT with the evidence — for
//          the full recomputation of the local counts (rebuildLocalCounts), which expands regions
//          and segments to their ancestors in memory from the trees (list-count-trees).
// Parameters: $after (id, '' to start), $limit (int).
// Row: { id, regions: [region code], placements: [{ s: segment id, k: bool (CONFIRMED) }] }
MATCH (e:Enterprise)
WHERE e.id > $after
WITH e ORDER BY e.id LIMIT $limit
RETURN e.id AS id,
       [(e)-[:LOCATED_IN]->(r:Region) | r.code] AS regions,
       [(e)-[p:IN_SEGMENT]->(s:Segment) | {s: s.id, k: p.evidence = 'CONFIRMED'}] AS placements
