// Purpose: how many users exist (first start creates an admin when there is none).
// Parameters: none.
// Row: { users: int }
MATCH (u:User)
RETURN count(u) AS users
