// Purpose: the graph's data version, which every write of chain data replaces (see
// bump-data-version); results cached under one version are valid while it stays the same.
// Parameters: none.
// Row: { version } — null when no write has recorded one yet (nothing may then be cached).
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN v.version AS version
