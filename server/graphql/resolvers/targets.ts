import type { Resolvers } from '../generated/resolvers.js';
import { listTargets, resolveWeights, type TargetWeights } from '../../repositories/targets.js';
import type { EvidenceMode } from '../../repositories/evidence.js';
import type { Context } from '../context.js';

interface TargetsArgs {
  segmentId: string;
  scope?: string | null;
  limit: number;
  weights?: Partial<Record<keyof TargetWeights, number | null>> | null;
  evidence: EvidenceMode;
}

export const targetResolvers: Resolvers = {
  Query: {
    targets: (_: unknown, { segmentId, scope, limit, weights, evidence }: TargetsArgs, { services }: Context) => {
      const input = { segmentId, scope: scope ?? services.config.homeRegion, limit, weights: resolveWeights(weights), evidence };
      return services.cache.get('targets', input, () => listTargets(services.runner, input));
    },
  },
};
