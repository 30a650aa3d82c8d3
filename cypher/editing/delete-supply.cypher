// Purpose: remove a supplier link.
// Parameters: $supplierId, $customerId.
// Row: { deleted: int }
OPTIONAL MATCH (:Enterprise {id: $supplierId})-[r:SUPPLIES]->(:Enterprise {id: $customerId})
DELETE r
RETURN count(r) AS deleted
