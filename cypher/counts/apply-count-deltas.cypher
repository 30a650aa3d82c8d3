// Purpose: add signed deltas to the maintained local counts, in the transaction of the write that
//          caused them. A LocalCount node holds, for one (chain, segment, region), how many distinct
//          enterprises are local to the region (or a region within it) and in the segment (or a
//          segment below it): `all` over every placement, `confirmed` over CONFIRMED placements
//          only. A chain-level node (segmentId null, key "<chain>|*|<region>") counts the distinct
//          local enterprises of the whole chain. A node whose `all` falls to 0 is deleted (the
//          store holds only pairs with local enterprises; an absent node reads as 0).
// Parameters: $deltas: [{ key, chainId, segmentId (null at chain level), region, all: int, confirmed: int }]
//             (one per key, sorted by key so concurrent writers lock in the same order).
// Row: { changed: int }
UNWIND $deltas AS d
MERGE (c:LocalCount {key: d.key})
  ON CREATE SET c.chainId = d.chainId, c.segmentId = d.segmentId, c.region = d.region, c.all = 0, c.confirmed = 0
SET c.all = c.all + d.all, c.confirmed = c.confirmed + d.confirmed
WITH c, c.all = 0 AS empty
CALL (c, empty) {
  WITH c WHERE empty
  DELETE c
}
RETURN count(*) AS changed
