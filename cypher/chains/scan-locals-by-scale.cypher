// Purpose: one page of the ordered walk that fills the 现状图 lists of a large scope: enterprises
//          of one scale in id order, through the (scale, id) index, $limit of them after $after;
//          of those, the ones local to the scope with the segments of the chain they are in (or
//          below). The caller walks LARGE, MEDIUM, SMALL, MICRO in turn and stops as soon as every
//          segment has its first min(local(S), cap) — the walk's order is the lists' order, so
//          the first ones found are the right ones.
// Parameters: $scale, $after (id, '' to start), $limit (int), $chainId, $regions: [region code],
//             $evidence ('ALL' | 'CONFIRMED').
// Row: { scanned: int, last: id (null when nothing is left), hits: [{ id, segments: [segment id] }] }
MATCH (e:Enterprise)
WHERE e.scale = $scale AND e.id > $after
WITH e ORDER BY e.scale, e.id LIMIT $limit
WITH collect(e) AS page
RETURN size(page) AS scanned,
       CASE WHEN size(page) = 0 THEN null ELSE page[size(page) - 1].id END AS last,
       [e IN page WHERE EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r.code IN $regions } |
         { id: e.id, segments: [(e)-[placed:IN_SEGMENT]->(:Segment {chainId: $chainId})<-[:HAS_CHILD*0..8]-(s:Segment)
                                WHERE $evidence = 'ALL' OR placed.evidence = 'CONFIRMED' | s.id] }] AS hits
