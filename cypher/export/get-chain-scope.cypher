// Purpose: what an export of one chain holds: its segments, the enterprises in them (plus its
//          chain masters, the enterprises behind projects that target it and the hosts of the
//          platforms that serve it), the projects that target it, the parks of those enterprises
//          and projects and the parks themed to its segments, the parcels suited to its segments,
//          on which its projects stand or that lie in those parks (and the parks of those
//          parcels), the funds and platforms linked to its segments, and every region any of them
//          is located in together with those regions' ancestors (so the region tree stays whole),
//          the units of its 链组, gap tasks and projects, and the officials who are its chiefs or
//          champion its projects.
// Parameters: $chainId (string).
// Row: { chains, segments, enterprises, projects, parks, parcels, funds, platforms, regions, units,
//        officials: [string] } — no row when the chain does not exist.
MATCH (c:Chain {id: $chainId})
CALL (c) {
  OPTIONAL MATCH (s:Segment {chainId: c.id})
  RETURN collect(s.id) AS segments
}
CALL (c) {
  OPTIONAL MATCH (p:Project)-[:TARGETS]->(:Segment {chainId: c.id})
  RETURN collect(DISTINCT p.id) AS projects
}
CALL (c) {
  CALL (c) {
    MATCH (e:Enterprise)-[:IN_SEGMENT]->(:Segment {chainId: c.id})
    RETURN e
    UNION
    MATCH (e:Enterprise)-[:LEADS]->(c)
    RETURN e
    UNION
    MATCH (:Segment {chainId: c.id})<-[:TARGETS]-(:Project)-[:BY]->(e:Enterprise)
    RETURN e
    UNION
    MATCH (:Segment {chainId: c.id})<-[:SERVES]-(:Platform)-[:HOSTED_BY]->(e:Enterprise)
    RETURN e
  }
  RETURN collect(e.id) AS enterprises
}
CALL (c, enterprises, projects) {
  CALL (c, enterprises, projects) {
    UNWIND enterprises AS id
    MATCH (:Enterprise {id: id})-[:SETTLED_IN]->(pk:Park)
    RETURN pk
    UNION
    UNWIND projects AS id
    MATCH (:Project {id: id})-[:IN_PARK]->(pk:Park)
    RETURN pk
    UNION
    MATCH (pk:Park)-[:THEMED]->(:Segment {chainId: c.id})
    RETURN pk
  }
  RETURN collect(pk.id) AS baseParks
}
CALL (c, projects, baseParks) {
  CALL (c, projects, baseParks) {
    MATCH (x:Parcel)-[:SUITS]->(:Segment {chainId: c.id})
    RETURN x
    UNION
    UNWIND projects AS id
    MATCH (:Project {id: id})-[:ON_PARCEL]->(x:Parcel)
    RETURN x
    UNION
    UNWIND baseParks AS id
    MATCH (x:Parcel)-[:IN_PARK]->(:Park {id: id})
    RETURN x
  }
  RETURN collect(x.id) AS parcels
}
CALL (baseParks, parcels) {
  CALL (baseParks, parcels) {
    UNWIND baseParks AS id
    MATCH (pk:Park {id: id})
    RETURN pk
    UNION
    UNWIND parcels AS id
    MATCH (:Parcel {id: id})-[:IN_PARK]->(pk:Park)
    RETURN pk
  }
  RETURN collect(pk.id) AS parks
}
CALL (c) {
  OPTIONAL MATCH (f:Fund)-[:FOCUSES_ON]->(:Segment {chainId: c.id})
  RETURN collect(DISTINCT f.id) AS funds
}
CALL (c) {
  OPTIONAL MATCH (p:Platform)-[:SERVES]->(:Segment {chainId: c.id})
  RETURN collect(DISTINCT p.id) AS platforms
}
CALL (enterprises, projects, parks, parcels, funds, platforms) {
  CALL (enterprises, projects, parks, parcels, funds, platforms) {
    UNWIND enterprises AS id
    MATCH (:Enterprise {id: id})-[:LOCATED_IN]->(r:Region)
    RETURN r
    UNION
    UNWIND parks AS id
    MATCH (:Park {id: id})-[:LOCATED_IN]->(r:Region)
    RETURN r
    UNION
    UNWIND projects AS id
    MATCH (:Project {id: id})-[:LOCATED_IN]->(r:Region)
    RETURN r
    UNION
    UNWIND parcels AS id
    MATCH (:Parcel {id: id})-[:LOCATED_IN]->(r:Region)
    RETURN r
    UNION
    UNWIND funds AS id
    MATCH (:Fund {id: id})-[:LOCATED_IN]->(r:Region)
    RETURN r
    UNION
    UNWIND platforms AS id
    MATCH (:Platform {id: id})-[:LOCATED_IN]->(r:Region)
    RETURN r
  }
  MATCH (r)-[:WITHIN*0..32]->(a:Region)
  RETURN collect(DISTINCT a.code) AS regions
}
CALL (c, projects) {
  CALL (c, projects) {
    MATCH (u:Unit)-[:WORKS_ON]->(c)
    RETURN u
    UNION
    MATCH (u:Unit)<-[:ASSIGNED_TO]-(:GapTask)-[:FOR_SEGMENT]->(:Segment {chainId: c.id})
    RETURN u
    UNION
    UNWIND projects AS id
    MATCH (:Project {id: id})-[:RESPONSIBLE_UNIT]->(u:Unit)
    RETURN u
  }
  RETURN collect(u.id) AS units
}
CALL (c, projects) {
  CALL (c, projects) {
    MATCH (o:Official)-[:CHIEF_OF]->(c)
    RETURN o
    UNION
    UNWIND projects AS id
    MATCH (:Project {id: id})-[:CHAMPIONED_BY]->(o:Official)
    RETURN o
  }
  RETURN collect(o.id) AS officials
}
RETURN [c.id] AS chains, segments, enterprises, projects, parks, parcels, funds, platforms, regions, units, officials
