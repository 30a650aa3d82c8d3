import type { Resolvers } from '../generated/resolvers.js';
import { getChain, listChains, type ChainRow } from '../../repositories/chains.js';
import { getChainStatus, getPanorama, listChainMasters, listChainSegments } from '../../repositories/chain-status.js';
import type { EnterpriseRow, SegmentRow } from '../../repositories/entities.js';
import { canSeeConfidential } from '../../auth/policy.js';
import type { Context, Services } from '../context.js';
import { loader } from '../loaders.js';

export interface ChainStatusInput {
  chainId: string;
  scope: string;
  strongAt: number;
  projected: boolean;
  includeConfidential: boolean;
}

/** The status map through the result cache (the resolver and the cache warmer share the key). */
export const cachedChainStatus = (services: Services, input: ChainStatusInput) =>
  services.cache.get('chainStatus', { chainId: input.chainId, scope: input.scope, strongAt: input.strongAt, projected: input.projected, includeConfidential: input.includeConfidential }, () =>
    getChainStatus(services.runner, input),
  );

/** The panorama through the result cache. */
export const cachedPanorama = (services: Services, chainId: string, perSegment: number) =>
  services.cache.get('panorama', [chainId, perSegment], () => getPanorama(services.runner, chainId, perSegment));

export const chainResolvers: Resolvers = {
  Query: {
    chains: (_: unknown, __: unknown, { services }: Context) => listChains(services.runner),
    chain: (_: unknown, { id }: { id: string }, { services }: Context) => getChain(services.runner, id),
    panorama: (_: unknown, args: { chainId: string; perSegment: number }, { services }: Context) => cachedPanorama(services, args.chainId, args.perSegment),
    chainStatus: (_: unknown, args: { chainId: string; scope?: string | null; strongAt: number; projected: boolean }, { services, viewer }: Context) =>
      cachedChainStatus(services, { chainId: args.chainId, scope: args.scope ?? services.config.homeRegion, strongAt: args.strongAt, projected: args.projected, includeConfidential: canSeeConfidential(viewer) }),
  },
  Chain: {
    segments: (chain: ChainRow, _: unknown, context: Context) =>
      loader<SegmentRow[]>(context, 'chainSegments', (ids) => listChainSegments(context.services.runner, ids), []).load(chain.id),
    masters: (chain: ChainRow, _: unknown, context: Context) =>
      loader<EnterpriseRow[]>(context, 'chainMasters', (ids) => listChainMasters(context.services.runner, ids), []).load(chain.id),
  },
};
