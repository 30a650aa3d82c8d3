import type { Resolvers } from '../generated/resolvers.js';
import { getNeighbors, type ExploreKind } from '../../repositories/explore.js';
import type { Context } from '../context.js';

interface NeighborsArgs {
  kind: ExploreKind;
  id: string;
  relation?: string | null;
  offset: number;
  limit: number;
  scope?: string | null;
}

export const exploreResolvers: Resolvers = {
  Query: {
    neighbors: (_: unknown, args: NeighborsArgs, { services }: Context) => getNeighbors(services.runner, { ...args, scope: args.scope ?? services.config.homeRegion }),
  },
};
