// Purpose: mark the local counts as complete in format $format (end of a rebuild).
// Parameters: $format (int).
// Row: { format }
MERGE (m:LocalCountState {id: 'local-counts'})
SET m.format = $format, m.rebuiltAt = datetime()
RETURN m.format AS format
