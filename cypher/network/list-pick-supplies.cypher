// Purpose: which of some enterprises (a what-if's removed and added ones) supply which of some
//   others (the chain's 链主) directly: the only supply facts a what-if needs to adjust a 链主's
//   tier-1 本地配套率. The tier-1 rule of get-supporting-rate (a supplier other than the customer
//   itself); with $evidence 'CONFIRMED' only CONFIRMED SUPPLIES links count.
// Parameters: $ids (the picked enterprises), $customerIds (the 链主), $evidence ('ALL' | 'CONFIRMED').
// Row: { supplierId, customerId } distinct.
UNWIND $ids AS id
MATCH (p:Enterprise {id: id})-[supply:SUPPLIES]->(m:Enterprise)
WHERE m.id IN $customerIds AND p <> m AND ($evidence = 'ALL' OR supply.evidence = 'CONFIRMED')
RETURN DISTINCT p.id AS supplierId, m.id AS customerId
