// Users, sessions, API tokens and the audit log live in the account store (server/auth/store.ts),
// not in the graph: the constraints and indexes older versions made for them are dropped.
// Idempotent.
DROP CONSTRAINT user_name IF EXISTS;
DROP CONSTRAINT session_hash IF EXISTS;
DROP CONSTRAINT api_token_id IF EXISTS;
DROP CONSTRAINT audit_id IF EXISTS;
DROP INDEX audit_at IF EXISTS;
DROP INDEX session_expires IF EXISTS;
