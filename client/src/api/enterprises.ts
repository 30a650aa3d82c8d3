/** Enterprises: the profile, its edits, and the supplier network. */
import { graphql } from './generated/index.js';
import type { NetworkQuery } from './generated/graphql.js';

export const ENTERPRISE_QUERY = graphql(`
  query Enterprise($id: ID!) {
    enterprise(id: $id) {
      ...EnterpriseRef
      uscc
      founded
      tags
      segments {
        segment {
          id
          chainId
          name
          nameEn
        }
        role
        products
        evidence
        source
      }
      suppliers {
        enterprise {
          ...EnterpriseRef
        }
        products
        since
        evidence
        source
      }
      customers {
        enterprise {
          ...EnterpriseRef
        }
        products
        since
        evidence
        source
      }
      parks {
        park {
          id
          name
        }
        since
      }
      projects {
        ...ProjectRef
      }
      leads {
        id
        name
        nameEn
      }
    }
  }
`);

export const UPSERT_ENTERPRISE = graphql(`
  mutation Upsert($input: EnterpriseInput!) {
    upsertEnterprise(input: $input) {
      id
    }
  }
`);

export const DELETE_ENTERPRISE = graphql(`
  mutation DeleteEnterprise($id: ID!) {
    deleteEnterprise(id: $id)
  }
`);

export const SET_SUPPLY = graphql(`
  mutation SetSupply($input: SupplyInput!) {
    setSupply(input: $input)
  }
`);

export const REMOVE_SUPPLY = graphql(`
  mutation Unsupply($s: ID!, $c: ID!) {
    removeSupply(supplierId: $s, customerId: $c)
  }
`);

export const PLACE_ENTERPRISE = graphql(`
  mutation Place($input: EnterpriseSegmentInput!) {
    setEnterpriseSegment(input: $input)
  }
`);

export const UNPLACE_ENTERPRISE = graphql(`
  mutation Unplace($e: ID!, $s: ID!) {
    removeEnterpriseSegment(enterpriseId: $e, segmentId: $s)
  }
`);

/** The supplier network page: the network, its 本地配套率 and its 韧性. */
export const NETWORK_QUERY = graphql(`
  query Network($id: ID!, $tiers: Int, $scope: ID, $evidence: EvidenceMode) {
    supplierNetwork(enterpriseId: $id, tiers: $tiers, scope: $scope, evidence: $evidence) {
      center {
        id
        name
        nameEn
      }
      nodes {
        enterprise {
          id
          name
          nameEn
          region {
            name
          }
        }
        tier
        local
        group {
          id
          name
          nameEn
        }
      }
      edges {
        from
        to
        evidence
        source
      }
      truncated
    }
    supportingRate(enterpriseId: $id, scope: $scope, evidence: $evidence) {
      scope {
        code
        name
      }
      tier1 {
        local
        total
        rate
      }
      tier2 {
        local
        total
        rate
      }
      bySegment {
        segment {
          id
          name
          nameEn
        }
        local
        total
        rate
      }
    }
    resilience(enterpriseId: $id, scope: $scope, evidence: $evidence) {
      suppliers
      foreign
      foreignShare
      segments {
        segment {
          id
          name
          nameEn
        }
        suppliers
        local
        foreign
        hhi
        sharesUsed
        singleSource
        concentration
      }
      soleChannelCount
      soleChannels {
        enterprise {
          id
          name
          nameEn
        }
        carriesCount
        carries {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export type NetworkData = NetworkQuery;

/** One page of a 韧性 group's tier-1 suppliers (the network answer lists the first 20 of each group). */
export const RESILIENCE_SUPPLIERS_QUERY = graphql(`
  query ResilienceSuppliers($id: ID!, $scope: ID, $evidence: EvidenceMode, $segmentId: ID, $offset: Int, $limit: Int) {
    resilienceSuppliers(enterpriseId: $id, scope: $scope, evidence: $evidence, segmentId: $segmentId, offset: $offset, limit: $limit) {
      total
      offset
      suppliers {
        enterprise {
          id
          name
          nameEn
        }
        share
        local
        foreign
      }
    }
  }
`);

/** One page of the sole channels (the network answer lists the first 50). */
export const RESILIENCE_SOLE_CHANNELS_QUERY = graphql(`
  query ResilienceSoleChannels($id: ID!, $evidence: EvidenceMode, $offset: Int, $limit: Int) {
    resilienceSoleChannels(enterpriseId: $id, evidence: $evidence, offset: $offset, limit: $limit) {
      total
      offset
      channels {
        enterprise {
          id
          name
          nameEn
        }
        carries {
          id
          name
          nameEn
        }
        carriesCount
      }
    }
  }
`);
