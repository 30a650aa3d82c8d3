// Saved console queries live in the account store (they name their owners), not in the graph:
// the constraints older versions made for them are dropped. Idempotent.
DROP CONSTRAINT saved_query_id IF EXISTS;
DROP CONSTRAINT saved_query_owner_name IF EXISTS;
