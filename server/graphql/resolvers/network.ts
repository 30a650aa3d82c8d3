import type { Resolvers } from '../generated/resolvers.js';
import { findSupplyPaths, getSupplierNetwork, getSupportingRate } from '../../repositories/network.js';
import type { EvidenceMode } from '../../repositories/evidence.js';
import type { Context } from '../context.js';

export const networkResolvers: Resolvers = {
  Query: {
    supportingRate: (_: unknown, { enterpriseId, scope, evidence }: { enterpriseId: string; scope?: string | null; evidence: EvidenceMode }, { services }: Context) => {
      const region = scope ?? services.config.homeRegion;
      return services.cache.get('supportingRate', [enterpriseId, region, evidence], () => getSupportingRate(services.runner, enterpriseId, region, evidence));
    },
    supplierNetwork: (_: unknown, { enterpriseId, tiers, scope, evidence }: { enterpriseId: string; tiers: number; scope?: string | null; evidence: EvidenceMode }, { services }: Context) => {
      const region = scope ?? services.config.homeRegion;
      return services.cache.get('supplierNetwork', [enterpriseId, tiers, region, evidence], () => getSupplierNetwork(services.runner, enterpriseId, tiers, region, evidence));
    },
    paths: (_: unknown, { fromId, toId, maxHops }: { fromId: string; toId: string; maxHops: number }, { services }: Context) => findSupplyPaths(services.runner, fromId, toId, maxHops),
  },
};
