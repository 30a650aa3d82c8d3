import { getChain, listChains } from '../../repositories/chains.js';
import type { Context } from '../context.js';

export const chainResolvers = {
  Query: {
    chains: (_: unknown, __: unknown, { services }: Context) => listChains(services.runner),
    chain: (_: unknown, { id }: { id: string }, { services }: Context) => getChain(services.runner, id),
  },
};
