// Purpose: the enterprises whose local counts a re-link of regions changes: those located in a
//          region (or a region within it) whose WITHIN parent the rows change. Run before and after
//          link-regions in the same transaction, to maintain LocalCount for them.
// Parameters: $rows: [{ code, parentCode (null at a root) }]
// Row: { id } (distinct)
UNWIND $rows AS row
MATCH (n:Region {code: row.code})
WITH n, row, [(n)-[:WITHIN]->(p:Region) | p.code] AS parents
WHERE parents <> CASE WHEN row.parentCode IS NULL THEN [] ELSE [row.parentCode] END
MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:WITHIN*0..8]->(n)
RETURN DISTINCT e.id AS id
