// Purpose: which of the given project ids the database holds, so that server/import/write.ts can
//          send new projects down merge-projects-new and only the others through merge-projects
//          (and server/import/checks.ts resolves references to projects a workbook does not define).
// Parameters: $ids (list of project ids).
// Row: { id: string }
UNWIND $ids AS id
MATCH (n:Project {id: id})
RETURN n.id AS id
