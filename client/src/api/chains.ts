/** Chains: the home page's cards, the panorama and the status map. */
import { graphql } from './generated/index.js';
import type { CardStatusQuery, ChainStatusQuery, ChainStatusListsQuery, ChainsQuery, PanoramaQuery, WhatIfQuery, BenchmarkQuery } from './generated/graphql.js';

export const CHAINS_QUERY = graphql(`
  query Chains {
    chains {
      id
      name
      nameEn
      description
      masters {
        ...EnterpriseRef
      }
      segments {
        id
      }
    }
  }
`);

export const CHAIN_NAMES_QUERY = graphql(`
  query PipelineChains {
    chains {
      id
      name
      nameEn
    }
  }
`);

export const CARD_STATUS_QUERY = graphql(`
  query CardStatus($chainId: ID!, $evidence: EvidenceMode) {
    chainStatus(chainId: $chainId, evidence: $evidence) {
      scope {
        name
      }
      summary {
        strong
        weak
        missing
        filling
        broken
      }
      segments {
        segment {
          id
          depth
        }
        activeProjectIds
      }
    }
  }
`);

export const PANORAMA_QUERY = graphql(`
  query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {
    panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {
      chain {
        id
        name
        nameEn
        description
        masters {
          ...EnterpriseRef
        }
      }
      segments {
        segment {
          ...SegmentFields
        }
        enterprises {
          ...EnterpriseRef
        }
        enterpriseCount
      }
      flows {
        from
        to
      }
    }
  }
`);

/**
 * The status map's gap picture (counts, status, filling, broken links, summary, which active
 * projects aim at each segment), painted first; each segment's list of local enterprises and its
 * projects' details come separately (STATUS_LISTS_QUERY): at 1M enterprises the display chain's
 * zone has 781 active projects, repeated under every segment above their target, 1.7 MB.
 */
export const STATUS_QUERY = graphql(`
  query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {
    chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence) {
      scope {
        ...RegionFields
      }
      strongAt
      projected
      segments {
        segment {
          id
        }
        localCount
        status
        filling
        activeProjectIds
      }
      brokenLinks {
        from {
          id
        }
        to {
          id
        }
      }
      summary {
        strong
        weak
        missing
        filling
        broken
      }
    }
  }
`);

/**
 * The status map's lists: every segment's first local enterprises (largest first, at most 100) and
 * its active projects in full, fetched in the background after the gap picture. They do not
 * depend on strongAt or projected.
 */
export const STATUS_LISTS_QUERY = graphql(`
  query ChainStatusLists($chainId: ID!, $scope: ID, $evidence: EvidenceMode) {
    chainStatus(chainId: $chainId, scope: $scope, evidence: $evidence) {
      segments {
        segment {
          id
        }
        localEnterprises {
          ...EnterpriseRef
        }
        activeProjects {
          ...ProjectRef
        }
      }
    }
  }
`);

/** One page of a segment's local enterprises after the first 100 (the panel's "more"). */
export const SEGMENT_LOCALS_QUERY = graphql(`
  query SegmentLocals($chainId: ID!, $segmentId: ID!, $scope: ID, $evidence: EvidenceMode, $first: Int, $after: ID) {
    segmentLocals(chainId: $chainId, segmentId: $segmentId, scope: $scope, evidence: $evidence, first: $first, after: $after) {
      totalCount
      enterprises {
        ...EnterpriseRef
      }
      endCursor
      hasNextPage
    }
  }
`);

/** The home scope of a chain's status map (the scope picker's starting point). */
export const HOME_SCOPE_QUERY = graphql(`
  query Home($chainId: ID!) {
    chainStatus(chainId: $chainId) {
      scope {
        ...RegionFields
      }
    }
  }
`);

/** 推演: the status map with enterprises taken away or added (the chain map's what-if mode). */
export const WHAT_IF_QUERY = graphql(`
  query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {
    whatIf(chainId: $chainId, scope: $scope, strongAt: $strongAt, evidence: $evidence, remove: $remove, add: $add) {
      changes {
        segment {
          id
        }
        beforeCount
        afterCount
        before
        after
      }
      brokenBefore {
        from {
          id
        }
        to {
          id
        }
      }
      brokenAfter {
        from {
          id
        }
        to {
          id
        }
      }
      masterRate {
        master {
          ...EnterpriseRef
        }
        before
        after
      }
    }
  }
`);

/** The open gap tasks of a chain, which the map marks with a double border. */
export const OPEN_GAP_TASKS_QUERY = graphql(`
  query OpenTasks($chainId: ID!) {
    gapTasks(chainId: $chainId, status: OPEN) {
      segment {
        id
      }
      unit {
        name
      }
    }
  }
`);

/** 对标: the home scope against its peers. */
export const BENCHMARK_QUERY = graphql(`
  query Benchmark($chainId: ID!, $scopes: [ID!]!, $strongAt: Int, $evidence: EvidenceMode) {
    benchmark(chainId: $chainId, scopes: $scopes, strongAt: $strongAt, evidence: $evidence) {
      chain {
        id
        name
        nameEn
      }
      scopes {
        region {
          code
          name
        }
        strong
        weak
        missing
        leaves
        coverage
      }
      segments {
        segment {
          id
          name
          nameEn
          stage
          depth
          parentId
        }
        cells {
          scope
          localCount
          status
        }
      }
      gaps {
        segment {
          id
          name
          nameEn
        }
        peer {
          code
          name
        }
        enterprises {
          id
          name
          nameEn
          region {
            name
          }
        }
        inPipeline
        pipelineEnterprises {
          id
        }
      }
    }
  }
`);

export type ChainSummary = ChainsQuery['chains'][number];
export type CardSummary = CardStatusQuery['chainStatus']['summary'];
export type WhatIfResult = WhatIfQuery['whatIf'];
export type BenchmarkData = BenchmarkQuery['benchmark'];
export type Panorama = PanoramaQuery['panorama'];
export type ChainStatus = ChainStatusQuery['chainStatus'];
export type SegmentStatus = ChainStatus['segments'][number];
export type StatusLists = ChainStatusListsQuery['chainStatus']['segments'];
