// Purpose: the regions directly WITHIN a parent region, by code.
// Parameters: $parent (region code).
// Row: { parent, regions: [{ code, name, level, parentCode }] } — no row when the parent does not
//   exist (the parent is a grouping key, so an absent one yields no group).
MATCH (parent:Region {code: $parent})
OPTIONAL MATCH (parent)<-[:WITHIN]-(r:Region)
WITH parent, r
ORDER BY r.code
RETURN parent.code AS parent, collect(r { .code, .name, .level, parentCode: parent.code }) AS regions
