// Purpose: wait until every index is online (index creation is asynchronous).
// Parameters: none.
// Row: none.
CALL db.awaitIndexes(300)
