import type { Resolvers } from '../generated/resolvers.js';
import { findSupplyPaths, getSupplierNetwork, getSupportingRate } from '../../repositories/network.js';
import type { Context } from '../context.js';

export const networkResolvers: Resolvers = {
  Query: {
    supportingRate: (_: unknown, { enterpriseId, scope }: { enterpriseId: string; scope?: string | null }, { services }: Context) => {
      const region = scope ?? services.config.homeRegion;
      return services.cache.get('supportingRate', [enterpriseId, region], () => getSupportingRate(services.runner, enterpriseId, region));
    },
    supplierNetwork: (_: unknown, { enterpriseId, tiers, scope }: { enterpriseId: string; tiers: number; scope?: string | null }, { services }: Context) => {
      const region = scope ?? services.config.homeRegion;
      return services.cache.get('supplierNetwork', [enterpriseId, tiers, region], () => getSupplierNetwork(services.runner, enterpriseId, tiers, region));
    },
    paths: (_: unknown, { fromId, toId, maxHops }: { fromId: string; toId: string; maxHops: number }, { services }: Context) =>
      findSupplyPaths(services.runner, fromId, toId, maxHops),
  },
};
