import type { Resolvers } from '../generated/resolvers.js';
import { canSeeConfidential } from '../../auth/policy.js';
import { getBenchmark, getWhatIf } from '../../repositories/benchmark.js';
import { getResilience, getResilienceSoleChannels, getResilienceSuppliers } from '../../repositories/resilience.js';

export const analysisResolvers: Resolvers = {
  Query: {
    benchmark: (_, args, { services, viewer }) => {
      const input = { chainId: args.chainId, scopes: args.scopes, strongAt: args.strongAt, evidence: args.evidence, includeConfidential: canSeeConfidential(viewer) };
      return services.cache.get('benchmark', input, () => getBenchmark(services.runner, input));
    },
    resilience: (_, args, { services }) => {
      const input = { enterpriseId: args.enterpriseId, scope: args.scope ?? services.config.homeRegion, home: services.config.homeRegion, evidence: args.evidence };
      return services.cache.get('resilience', input, () => getResilience(services.runner, input));
    },
    resilienceSuppliers: (_, args, { services }) => {
      const input = {
        enterpriseId: args.enterpriseId,
        scope: args.scope ?? services.config.homeRegion,
        home: services.config.homeRegion,
        evidence: args.evidence,
        segmentId: args.segmentId ?? null,
        offset: args.offset,
        limit: args.limit,
      };
      return services.cache.get('resilienceSuppliers', input, () => getResilienceSuppliers(services.runner, input));
    },
    resilienceSoleChannels: (_, args, { services }) => {
      const input = { enterpriseId: args.enterpriseId, evidence: args.evidence, offset: args.offset, limit: args.limit };
      return services.cache.get('resilienceSoleChannels', input, () => getResilienceSoleChannels(services.runner, input));
    },
    whatIf: (_, args, { services, viewer }) => {
      const input = {
        chainId: args.chainId,
        scope: args.scope ?? services.config.homeRegion,
        remove: args.remove ?? [],
        add: args.add ?? [],
        strongAt: args.strongAt,
        evidence: args.evidence,
        includeConfidential: canSeeConfidential(viewer),
      };
      return services.cache.get('whatIf', input, () => getWhatIf(services.runner, input, { memo: (countArgs, compute) => services.cache.get('whatIfMasterCounts', countArgs, compute) }));
    },
  },
};
