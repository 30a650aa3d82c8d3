// Purpose: give the graph a new data version, inside the transaction that changes chain data, so
// that cached results of the old data are not served again. A random value, not a counter: a
// version can then never come back after the graph is emptied and filled again.
// Parameters: none.
// Row: { version }
MERGE (v:DataVersion {id: 'graph'})
SET v.version = randomUUID(), v.changedAt = datetime()
RETURN v.version AS version
