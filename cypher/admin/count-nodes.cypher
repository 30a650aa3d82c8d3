// Purpose: how many nodes the database holds (decides whether to load the demo data).
// Parameters: none.
// Row: { nodes: int }
MATCH (n)
RETURN count(n) AS nodes
