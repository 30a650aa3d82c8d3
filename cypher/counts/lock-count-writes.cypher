// Purpose: serialise the writes that maintain the local counts. Such a write reads what its
//          enterprises contribute before and after it and applies the difference; two of them
//          changing the same enterprise at once would each take the other's change for their own
//          and count it twice (read committed). Writing a property of the graph's DataVersion node
//          — the node every write of chain data changes at its commit anyway — takes that node's
//          write lock, which Neo4j holds until the transaction ends: the next such write waits
//          here, then reads what the first one committed. Taken first in a transaction, it is
//          also the first lock of every importer, so importers do not deadlock on one another.
// Parameters: none.
// Row: none.
MERGE (v:DataVersion {id: 'graph'})
SET v.locked = true
REMOVE v.locked
