// Purpose: whether the database holds any data, before a bulk load (which needs an empty one):
//          how many nodes it holds besides the data version marker and the local counts' marker, and the labels of one of them.
// Parameters: none.
// Row: { nodes: int, example: [string] | null }
CALL () {
  MATCH (n)
  RETURN count(n) AS all
}
CALL () {
  OPTIONAL MATCH (n) WHERE n:DataVersion OR n:LocalCountState
  RETURN count(n) AS versions
}
CALL () {
  OPTIONAL MATCH (n) WHERE NOT n:DataVersion AND NOT n:LocalCountState
  WITH n LIMIT 1
  RETURN CASE WHEN n IS NULL THEN null ELSE labels(n) END AS example
}
RETURN all - versions AS nodes, example
