// Purpose: every node with its labels and properties, for a canonical dump of the graph
//          (round-trip tests and diffing two databases). Sized for test and demo data. The
//          data version is bookkeeping, not data, and is left out; so is the stage history (a log
//          of who changed what when, like the audit log, not part of the workbook).
// Parameters: none.
// Row: { labels: [string], props: map }
MATCH (n) WHERE NOT n:DataVersion AND NOT n:StageChange
RETURN labels(n) AS labels, properties(n) AS props
