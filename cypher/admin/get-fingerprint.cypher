// Purpose: a fingerprint of the whole database (tests compare it before and after an attempt
// that must change nothing). Audit entries are left out: refusals are recorded on purpose.
// Parameters: none.
// Row: { nodes, relationships, labels, types, propertyHash }
MATCH (n) WHERE NOT n:AuditEntry
WITH count(n) AS nodes, collect(DISTINCT labels(n)) AS labelSets,
     sum(size(keys(n))) AS propertyCount,
     reduce(h = 0, s IN collect(toString(n.id) + toString(n.name) + toString(n.stage) + toString(n.role)) | (h * 31 + size(s)) % 1000000007) AS propertyHash
OPTIONAL MATCH ()-[r]->()
RETURN nodes, count(r) AS relationships, labelSets AS labels, collect(DISTINCT type(r)) AS types, propertyCount, propertyHash
