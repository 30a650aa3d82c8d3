import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { AppError } from '../errors.js';
import type { Context } from './context.js';

/**
 * Root fields whose answers depend only on the graph, the arguments and the caller's role: a
 * query made of these alone is answered from a stored response while the data version stays the
 * same. Anything about the caller (me, tokens), the pipeline, the console or the audit log is not.
 */
export const CACHEABLE_ROOT_FIELDS = new Set(['chains', 'chain', 'panorama', 'chainStatus', 'targets', 'supportingRate', 'supplierNetwork', 'neighbors', 'search', 'regions', 'segment']);

function cacheable(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value) && !s.directives?.length);
}

/**
 * Whole-response cache for read-only queries of signed-in users: skips execution (resolvers,
 * nested loaders, the shaping of thousands of objects) when the same query with the same
 * variables was answered for the same role under the current data version. Error-free answers
 * only. The role is part of the key, so no answer crosses a role boundary.
 */
export function responseCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let pending: { key: string; version: string } | null = null;
      return {
        async responseForOperation(ctx) {
          const { viewer, services } = ctx.contextValue;
          if (!viewer || !services.cache.enabled || !cacheable(ctx.operation)) return null;
          let version: string | null;
          try {
            version = await services.cache.version();
          } catch (error) {
            // Apollo would report an error thrown here as a request failure; answer it as the
            // resolvers would (DATABASE_UNAVAILABLE, TIMEOUT …) without running them against a
            // database that has just failed.
            if (!(error instanceof AppError)) throw error;
            return { http: ctx.response.http, body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions: { code: error.code } }] } } };
          }
          if (version === null) return null;
          const key = JSON.stringify([viewer.role, ctx.request.query ?? '', ctx.operationName ?? null, ctx.request.variables ?? {}]);
          const data = services.cache.response(key, version);
          if (data !== undefined) return { http: ctx.response.http, body: { kind: 'single', singleResult: { data: data as Record<string, unknown> } } };
          pending = { key, version };
          return null;
        },
        async willSendResponse(ctx) {
          if (!pending || ctx.response.body.kind !== 'single') return;
          const result = ctx.response.body.singleResult;
          if (result.errors?.length || result.data == null) return;
          ctx.contextValue.services.cache.storeResponse(pending.key, pending.version, result.data);
        },
      };
    },
  };
}
