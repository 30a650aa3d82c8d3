import type { Resolvers } from '../generated/resolvers.js';
import { atLeast } from '../../auth/roles.js';
import { exampleQueries } from '../../console/examples.js';
import { runConsoleQuery, type ConsoleInput } from '../../console/run-console-query.js';
import { deleteSavedQuery, listSavedQueries, saveQuery, type SaveInput, type SavedQuery } from '../../console/saved-queries.js';
import type { Context } from '../context.js';

const actor = ({ viewer, address }: Context) => ({ user: viewer!.name, address });

export const consoleResolvers: Resolvers = {
  Query: {
    cypher: (_: unknown, args: ConsoleInput, context: Context) => runConsoleQuery(context.services.runner, context.services.accounts, args, actor(context)),
    savedQueries: (_: unknown, __: unknown, context: Context) => listSavedQueries(context.services.accounts, context.viewer!.name),
    exampleQueries: () => exampleQueries(),
  },
  Mutation: {
    saveQuery: (_: unknown, args: SaveInput, context: Context) => saveQuery(context.services.runner, context.services.accounts, args, actor(context)),
    deleteSavedQuery: (_: unknown, { id }: { id: string }, context: Context) => deleteSavedQuery(context.services.accounts, id, { ...actor(context), admin: atLeast(context.viewer!.role, 'admin') }),
  },
  SavedQuery: {
    mine: (query: SavedQuery, _: unknown, context: Context) => query.owner === context.viewer?.name,
  },
};
