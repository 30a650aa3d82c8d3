/** Chains: the home page's cards, the panorama and the status map. */
import { graphql } from './generated/index.js';
import type { ChainStatusQuery, ChainsQuery, PanoramaQuery } from './generated/graphql.js';

export const CHAINS_QUERY = graphql(`
  query Chains {
    chains { id name nameEn description masters { ...EnterpriseRef } segments { id } }
  }
`);

export const CHAIN_NAMES_QUERY = graphql(`
  query PipelineChains { chains { id name nameEn } }
`);

export const CARD_STATUS_QUERY = graphql(`
  query CardStatus($chainId: ID!) {
    chainStatus(chainId: $chainId) {
      scope { name }
      summary { strong weak missing filling broken }
      segments { segment { id depth } activeProjects { id } }
    }
  }
`);

export const PANORAMA_QUERY = graphql(`
  query Panorama($chainId: ID!, $perSegment: Int) {
    panorama(chainId: $chainId, perSegment: $perSegment) {
      chain { id name nameEn description masters { ...EnterpriseRef } }
      segments { segment { ...SegmentFields } enterprises { ...EnterpriseRef } enterpriseCount }
      flows { from to }
    }
  }
`);

export const STATUS_QUERY = graphql(`
  query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean) {
    chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected) {
      scope { ...RegionFields }
      strongAt projected
      segments { segment { id } localCount status filling localEnterprises { ...EnterpriseRef } activeProjects { ...ProjectRef } }
      brokenLinks { from { id } to { id } }
      summary { strong weak missing filling broken }
    }
  }
`);

/** The home scope of a chain's status map (the scope picker's starting point). */
export const HOME_SCOPE_QUERY = graphql(`
  query Home($chainId: ID!) { chainStatus(chainId: $chainId) { scope { ...RegionFields } } }
`);

export type ChainSummary = ChainsQuery['chains'][number];
export type Panorama = PanoramaQuery['panorama'];
export type ChainStatus = ChainStatusQuery['chainStatus'];
export type SegmentStatus = ChainStatus['segments'][number];
