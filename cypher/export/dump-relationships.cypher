// Purpose: every relationship with its type, the business keys of its ends and its properties,
//          for a canonical dump of the graph (the stage history left out, see dump-nodes). Sized
//          for test and demo data.
// Parameters: none.
// Row: { type, fromLabel, fromKey, toLabel, toKey: string, props: map }
MATCH (a)-[r]->(b) WHERE NOT b:StageChange
RETURN type(r) AS type,
       head(labels(a)) AS fromLabel, coalesce(a.id, a.code) AS fromKey,
       head(labels(b)) AS toLabel, coalesce(b.id, b.code) AS toKey,
       properties(r) AS props
