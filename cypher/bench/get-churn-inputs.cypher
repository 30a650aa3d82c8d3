// Purpose: what the counts benchmark's change workbook (`--churn N`, bench/lib/churn.ts) is drawn
//          from: the regions without regions below them (districts), the segments without
//          children (leaves), and every k-th enterprise by id — spread over the whole store, the
//          same on every run.
// Parameters: $take (int > 0): how many enterprises to sample.
// Row: { districts: [code] by code, leaves: [id] by id, sample: [{ id, name, scale }] in id order }
CALL () {
  MATCH (r:Region) WHERE NOT EXISTS { (:Region)-[:WITHIN]->(r) }
  WITH r.code AS code ORDER BY code
  RETURN collect(code) AS districts
}
CALL () {
  MATCH (s:Segment) WHERE NOT EXISTS { (s)-[:HAS_CHILD]->() }
  WITH s.id AS id ORDER BY id
  RETURN collect(id) AS leaves
}
CALL () {
  MATCH (e:Enterprise)
  WITH e.id AS id ORDER BY id
  WITH collect(id) AS ids
  UNWIND range(0, $take - 1) AS i
  MATCH (e:Enterprise {id: ids[toInteger(i * size(ids) / $take)]})
  RETURN collect(e { .id, .name, .scale }) AS sample
}
RETURN districts, leaves, sample
