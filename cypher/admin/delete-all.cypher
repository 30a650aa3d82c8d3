// Purpose: empty the database (tests only; the schema stays). Sized for test data.
// Parameters: none.
// Row: none.
MATCH (n)
DETACH DELETE n
