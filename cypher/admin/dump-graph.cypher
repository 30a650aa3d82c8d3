// Purpose: the whole graph in a comparable form (tests and the benchmark compare two imports of
//          one workbook with it): every node with its labels and every property with its type,
//          every relationship with its type, its endpoints' labels and keys (id, or a region's
//          code) and its properties. Sized for test data: it returns everything but the marker that
//          says the maintained local counts are complete (LocalCountState: present or not by how the
//          database was started, not by what was imported); the LocalCount nodes themselves are kept.
// Parameters: none.
// Row: { kind: 'node' | 'rel', type: [string] | string, from: [labels, key] | null, to: [labels, key] | null,
//        props: [[key, type, value]] }
CALL () {
  MATCH (n) WHERE NOT n:LocalCountState
  RETURN 'node' AS kind, labels(n) AS type, null AS from, null AS to,
         [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'rel' AS kind, type(r) AS type, [labels(a), coalesce(a.id, a.code)] AS from, [labels(b), coalesce(b.id, b.code)] AS to,
         [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props
}
RETURN kind, type, from, to, props
