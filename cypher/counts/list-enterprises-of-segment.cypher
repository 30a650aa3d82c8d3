// Purpose: the enterprises placed in a segment itself (before the segment is deleted, so that
//          their local counts can be maintained in the same transaction).
// Parameters: $id (segment id).
// Row: { id } (distinct)
MATCH (:Segment {id: $id})<-[:IN_SEGMENT]-(e:Enterprise)
RETURN DISTINCT e.id AS id
