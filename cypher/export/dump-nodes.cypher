// Purpose: every node with its labels and properties, for a canonical dump of the graph
//          (round-trip tests and diffing two databases). Sized for test and demo data. The
//          data version is bookkeeping, not data, and is left out; so is the stage history (a log
//          of who changed what when, like the audit log, not part of the workbook), and so are the
//          maintained local counts (LocalCount, LocalCountState: derived from the graph).
// Parameters: none.
// Row: { labels: [string], props: map }
MATCH (n) WHERE NOT n:DataVersion AND NOT n:StageChange AND NOT n:LocalCount AND NOT n:LocalCountState
RETURN labels(n) AS labels, properties(n) AS props
