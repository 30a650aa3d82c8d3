// Purpose: the marker of the maintained local counts: which format they are in, when they were
//          last rebuilt. Absent on a database the counts were never built for (made by an older
//          version, by the offline bulk importer, or imported with maintenance off).
// Parameters: none.
// Row: { format: int, rebuiltAt: string } — none when absent.
MATCH (m:LocalCountState {id: 'local-counts'})
RETURN m.format AS format, toString(m.rebuiltAt) AS rebuiltAt
