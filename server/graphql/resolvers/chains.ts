import type { Resolvers } from '../generated/resolvers.js';
import { getChain, listChains, type ChainRow } from '../../repositories/chains.js';
import { getChainStatus, getPanorama, listChainMasters, listChainSegments, listStatusProjects, pageSegmentLocals, readLocalEnterpriseLists, type ListsKey } from '../../repositories/chain-status.js';
import type { EnterpriseRow, ProjectRow, SegmentRow } from '../../repositories/entities.js';
import { canSeeConfidential } from '../../auth/policy.js';
import type { EvidenceMode } from '../../repositories/evidence.js';
import type { Context, Services } from '../context.js';
import { loader } from '../loaders.js';

export interface ChainStatusInput {
  chainId: string;
  scope: string;
  strongAt: number;
  projected: boolean;
  includeConfidential: boolean;
  evidence: EvidenceMode;
}

/** The status map through the result cache (the resolver and the cache warmer share the key). */
export const cachedChainStatus = (services: Services, input: ChainStatusInput) =>
  services.cache.get(
    'chainStatus',
    { chainId: input.chainId, scope: input.scope, strongAt: input.strongAt, projected: input.projected, includeConfidential: input.includeConfidential, evidence: input.evidence },
    () => getChainStatus(services.runner, input),
  );

/**
 * The 现状图 lists of a chain in a scope (every segment's first local enterprises) through the
 * result cache, under their own key: they do not depend on strongAt, projected or the caller.
 */
export const cachedStatusLists = (services: Services, key: ListsKey) =>
  services.cache.get('chainStatusLists', { chainId: key.chainId, scope: key.scope, evidence: key.evidence }, () => readLocalEnterpriseLists(services.runner, key));

/** The lists of one status answer, computed once per request for all its segments on first access. */
const statusLists = (context: Context, key: ListsKey) =>
  loader<Map<string, EnterpriseRow[]>>(
    context,
    'statusLists',
    async (keys) => new Map(await Promise.all(keys.map(async (k) => [k, await cachedStatusLists(context.services, JSON.parse(k) as ListsKey)] as const))),
    new Map(),
  ).load(JSON.stringify({ chainId: key.chainId, scope: key.scope, evidence: key.evidence }));

/** The panorama through the result cache. */
export const cachedPanorama = (services: Services, chainId: string, perSegment: number, evidence: EvidenceMode = 'ALL') =>
  services.cache.get('panorama', [chainId, perSegment, evidence], () => getPanorama(services.runner, chainId, perSegment, evidence));

export const chainResolvers: Resolvers = {
  Query: {
    chains: (_: unknown, __: unknown, { services }: Context) => listChains(services.runner),
    chain: (_: unknown, { id }: { id: string }, { services }: Context) => getChain(services.runner, id),
    panorama: (_: unknown, args: { chainId: string; perSegment: number; evidence: EvidenceMode }, { services }: Context) => cachedPanorama(services, args.chainId, args.perSegment, args.evidence),
    chainStatus: (_: unknown, args: { chainId: string; scope?: string | null; strongAt: number; projected: boolean; evidence: EvidenceMode }, { services, viewer }: Context) =>
      cachedChainStatus(services, {
        chainId: args.chainId,
        scope: args.scope ?? services.config.homeRegion,
        strongAt: args.strongAt,
        projected: args.projected,
        includeConfidential: canSeeConfidential(viewer),
        evidence: args.evidence,
      }),
    segmentLocals: (_: unknown, args: { chainId: string; segmentId: string; scope?: string | null; evidence: EvidenceMode; first: number; after?: string | null }, { services }: Context) => {
      const input = { chainId: args.chainId, segmentId: args.segmentId, scope: args.scope ?? services.config.homeRegion, evidence: args.evidence, first: args.first, after: args.after ?? null };
      return services.cache.get('segmentLocals', input, () => pageSegmentLocals(services.runner, input));
    },
  },
  SegmentStatus: {
    // The gap picture knows its active projects by id; their details are read only when a query
    // asks for them, for every segment of the request in one query.
    activeProjectIds: (status) => status.activeProjects.map((p) => p.id),
    activeProjects: async (status, _: unknown, context: Context) => {
      const found = await loader<ProjectRow | null>(context, 'statusProjects', (ids) => listStatusProjects(context.services.runner, ids), null).loadMany(status.activeProjects.map((p) => p.id));
      const failed = found.find((p): p is Error => p instanceof Error);
      if (failed) throw failed; // a failed read is an error, not a shorter list
      return found.filter((p): p is ProjectRow => p !== null);
    },
    // Read only when a query asks for it: the gap picture needs no list.
    localEnterprises: async (status, _: unknown, context: Context) => {
      return (await statusLists(context, status.lists)).get(status.segment.id) ?? [];
    },
  },
  Chain: {
    segments: (chain: ChainRow, _: unknown, context: Context) => loader<SegmentRow[]>(context, 'chainSegments', (ids) => listChainSegments(context.services.runner, ids), []).load(chain.id),
    masters: (chain: ChainRow, _: unknown, context: Context) => loader<EnterpriseRow[]>(context, 'chainMasters', (ids) => listChainMasters(context.services.runner, ids), []).load(chain.id),
  },
};
