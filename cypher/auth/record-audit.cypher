// Purpose: append one audit entry (who, when, what, from where).
// Parameters: $entry: { id, at, user, action, target, detail, address }.
// Row: { id }
CREATE (a:AuditEntry)
SET a = $entry
RETURN a.id AS id
