// Saved console queries: unique by id, and one name per owner (saving under a name you already
// used replaces that query). Idempotent.
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_query_owner_name IF NOT EXISTS FOR (n:SavedQuery) REQUIRE (n.owner, n.name) IS UNIQUE;
