// Purpose: the stored provenance (source, as-of date) of an enterprise, project or park, so that a
//          single-record edit that does not touch it keeps it (an absent workbook value clears).
// Parameters: $label: 'Enterprise' | 'Project' | 'Park'; $id.
// Row: { source: string|null, asOf: string|null } — no row when the record does not exist.
MATCH (n {id: $id})
WHERE $label IN labels(n)
RETURN n.source AS source, n.asOf AS asOf
LIMIT 1
