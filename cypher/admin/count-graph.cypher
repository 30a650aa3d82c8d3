// Purpose: how many nodes each label and how many relationships each type counts (the fault
//          tests compare them with a workbook's totals to tell "all of it", "none" and "part").
//          The data version is bookkeeping, not data, and is left out.
// Parameters: none.
// Row: { labels: [{ name: string, count: int }], types: [{ name: string, count: int }] }
CALL () {
  MATCH (n) WHERE NOT n:DataVersion
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  ORDER BY label
  RETURN collect({ name: label, count: count }) AS labels
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect({ name: type, count: count }) AS types
}
RETURN labels, types
