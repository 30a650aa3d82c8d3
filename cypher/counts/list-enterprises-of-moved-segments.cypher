// Purpose: the enterprises whose local counts a segment write changes: those placed in a segment
//          (or a segment below it) whose parent or chain the rows change. Run before and after the
//          segment write in the same transaction, to maintain LocalCount for them.
// Parameters: $rows: [{ id, chainId, parentId (null at top level) }], $checkParent (bool: false while
//             only the segments' properties are written, before their tree edges are linked).
// Row: { id } (distinct)
UNWIND $rows AS row
MATCH (n:Segment {id: row.id})
WITH n, row, [(p:Segment)-[:HAS_CHILD]->(n) | p.id] AS parents
WHERE n.chainId <> row.chainId OR ($checkParent AND parents <> CASE WHEN row.parentId IS NULL THEN [] ELSE [row.parentId] END)
MATCH (e:Enterprise)-[:IN_SEGMENT]->(:Segment)<-[:HAS_CHILD*0..8]-(n)
RETURN DISTINCT e.id AS id
