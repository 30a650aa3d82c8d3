import { getChain, listChains, type ChainRow } from '../../repositories/chains.js';
import { getChainStatus, getPanorama, listChainMasters, listChainSegments, type EnterpriseRow, type SegmentRow } from '../../repositories/chain-status.js';
import { canSeeConfidential } from '../../auth/roles.js';
import type { Context } from '../context.js';
import { loader } from '../loaders.js';

export const chainResolvers = {
  Query: {
    chains: (_: unknown, __: unknown, { services }: Context) => listChains(services.runner),
    chain: (_: unknown, { id }: { id: string }, { services }: Context) => getChain(services.runner, id),
    panorama: (_: unknown, args: { chainId: string; perSegment: number }, { services }: Context) =>
      services.cache.get('panorama', [args.chainId, args.perSegment], () => getPanorama(services.runner, args.chainId, args.perSegment)),
    chainStatus: (_: unknown, args: { chainId: string; scope?: string | null; strongAt: number; projected: boolean }, { services, viewer }: Context) => {
      const input = { chainId: args.chainId, scope: args.scope ?? services.config.homeRegion, strongAt: args.strongAt, projected: args.projected, includeConfidential: canSeeConfidential(viewer) };
      return services.cache.get('chainStatus', input, () => getChainStatus(services.runner, input));
    },
  },
  Chain: {
    segments: (chain: ChainRow, _: unknown, context: Context) =>
      loader<SegmentRow[]>(context, 'chainSegments', (ids) => listChainSegments(context.services.runner, ids), []).load(chain.id),
    masters: (chain: ChainRow, _: unknown, context: Context) =>
      loader<EnterpriseRow[]>(context, 'chainMasters', (ids) => listChainMasters(context.services.runner, ids), []).load(chain.id),
  },
};
