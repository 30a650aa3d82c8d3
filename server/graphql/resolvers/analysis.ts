import { canSeeConfidential } from '../../auth/policy.js';
import { getBenchmark, getWhatIf } from '../../repositories/benchmark.js';
import type { EvidenceMode } from '../../repositories/evidence.js';
import { getResilience } from '../../repositories/resilience.js';
import type { Context } from '../context.js';

interface BenchmarkArgs {
  chainId: string;
  scopes: string[];
  strongAt: number;
  evidence: EvidenceMode;
}

interface WhatIfArgs {
  chainId: string;
  scope?: string | null;
  remove?: string[] | null;
  add?: string[] | null;
  strongAt: number;
  evidence: EvidenceMode;
}

export const analysisResolvers = {
  Query: {
    benchmark: (_: unknown, args: BenchmarkArgs, { services, viewer }: Context) => {
      const input = { chainId: args.chainId, scopes: args.scopes, strongAt: args.strongAt, evidence: args.evidence, includeConfidential: canSeeConfidential(viewer) };
      return services.cache.get('benchmark', input, () => getBenchmark(services.runner, input));
    },
    resilience: (_: unknown, args: { enterpriseId: string; scope?: string | null; evidence: EvidenceMode }, { services }: Context) => {
      const input = { enterpriseId: args.enterpriseId, scope: args.scope ?? services.config.homeRegion, home: services.config.homeRegion, evidence: args.evidence };
      return services.cache.get('resilience', input, () => getResilience(services.runner, input));
    },
    whatIf: (_: unknown, args: WhatIfArgs, { services, viewer }: Context) => {
      const input = {
        chainId: args.chainId,
        scope: args.scope ?? services.config.homeRegion,
        remove: args.remove ?? [],
        add: args.add ?? [],
        strongAt: args.strongAt,
        evidence: args.evidence,
        includeConfidential: canSeeConfidential(viewer),
      };
      return services.cache.get('whatIf', input, () => getWhatIf(services.runner, input));
    },
  },
};
