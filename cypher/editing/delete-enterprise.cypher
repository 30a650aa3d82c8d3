// Purpose: delete an enterprise with its relationships and its yearly figures (EnterpriseYear
//          nodes; projects it ran stay, without it).
// Parameters: $id.
// Row: { deleted: int } (0 or 1)
OPTIONAL MATCH (e:Enterprise {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[:HAS_YEAR]->(y:EnterpriseYear)
  DETACH DELETE y
}
DETACH DELETE e
RETURN count(e) AS deleted
