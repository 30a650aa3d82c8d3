import type { Resolvers } from '../generated/resolvers.js';
import { searchNames } from '../../repositories/search.js';
import type { Context } from '../context.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_: unknown, { query, limit }: { query: string; limit: number }, { services }: Context) => searchNames(services.runner, query, limit, services.config.homeRegion),
  },
};
