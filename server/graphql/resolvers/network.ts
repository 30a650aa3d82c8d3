import { registerPolicy } from '../../auth/policy.js';
import { findSupplyPaths, getSupplierNetwork, getSupportingRate } from '../../repositories/network.js';
import type { Context } from '../context.js';

registerPolicy('Query', { supportingRate: 'viewer', supplierNetwork: 'viewer', paths: 'viewer' });

export const networkResolvers = {
  Query: {
    supportingRate: (_: unknown, { enterpriseId, scope }: { enterpriseId: string; scope?: string | null }, { services }: Context) =>
      getSupportingRate(services.runner, enterpriseId, scope ?? services.config.homeRegion),
    supplierNetwork: (_: unknown, { enterpriseId, tiers, scope }: { enterpriseId: string; tiers: number; scope?: string | null }, { services }: Context) =>
      getSupplierNetwork(services.runner, enterpriseId, tiers, scope ?? services.config.homeRegion),
    paths: (_: unknown, { fromId, toId, maxHops }: { fromId: string; toId: string; maxHops: number }, { services }: Context) =>
      findSupplyPaths(services.runner, fromId, toId, maxHops),
  },
};
