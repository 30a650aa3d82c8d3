/** The one search box, and the explorer's neighbours and paths. */
import { graphql } from './generated/index.js';
import type { SearchQuery } from './generated/graphql.js';

export const SEARCH_QUERY = graphql(`
  query Search($query: String!) {
    search(query: $query, limit: 12) {
      kind
      id
      name
      chainId
      score
      enterprise {
        region {
          name
        }
        segments {
          segment {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

export type SearchHit = SearchQuery['search'][number];

export const NEIGHBORS_QUERY = graphql(`
  query Neighbors($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int) {
    neighbors(kind: $kind, id: $id, relation: $relation, offset: $offset, limit: $limit) {
      node {
        kind
        id
        name
        nameEn
        chainId
        local
      }
      groups {
        relation
        total
        nodes {
          kind
          id
          name
          nameEn
          chainId
          local
        }
      }
    }
  }
`);

export const PATHS_QUERY = graphql(`
  query Paths($from: ID!, $to: ID!, $maxHops: Int) {
    paths(fromId: $from, toId: $to, maxHops: $maxHops) {
      nodes {
        id
        name
        nameEn
      }
      edges {
        from
        to
      }
      directed
    }
    target: enterprise(id: $to) {
      id
      name
      nameEn
    }
  }
`);
