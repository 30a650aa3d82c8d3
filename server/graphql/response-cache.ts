import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { AppError } from '../errors.js';
import type { Context } from './context.js';
import { answerBytes, CACHE_CONTROL, etagOf, VARY, type PendingAnswer, type StoredAnswer } from './stored-answers.js';

/**
 * Root fields whose answers depend only on the graph, the arguments and the caller's role: a
 * query made of these alone is answered from a stored response while the data version stays the
 * same. Anything about the caller (me, tokens), the pipeline, the console or the audit log is not.
 */
export const CACHEABLE_ROOT_FIELDS = new Set([
  'chains',
  'chain',
  'panorama',
  'chainStatus',
  'targets',
  'supportingRate',
  'supplierNetwork',
  'neighbors',
  'search',
  'regions',
  'segment',
  // 对标, 韧性 and 推演: read-only analyses of the graph, whose only caller-dependent input is the
  // role (canSeeConfidential); without them every such request went through Apollo and built its
  // large answer again.
  'benchmark',
  'resilience',
  'whatIf',
]);

function cacheable(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value) && !s.directives?.length);
}

/**
 * Whole-response cache for read-only queries of signed-in users, second half: the request handler
 * in stored-answers.ts serves stored answers before Apollo runs; on a miss it passes the key, and
 * this plugin stores the error-free answer of a cacheable operation as the bytes Apollo sends, with
 * their entity tag. The role is part of the key, so no answer crosses a role boundary.
 */
export function responseCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let pending: PendingAnswer | null = null;
      return {
        async responseForOperation(ctx) {
          const { viewer, services } = ctx.contextValue;
          if (!viewer || !services.cache.enabled || !cacheable(ctx.operation)) return null;
          pending = (ctx.contextValue.res?.locals.pendingAnswer as PendingAnswer | undefined) ?? null;
          if (pending) return null;
          // The request handler could not read the data version: try once more, and answer a failure
          // as the resolvers would (DATABASE_UNAVAILABLE, TIMEOUT …) without running them against a
          // database that has just failed.
          try {
            await services.cache.version();
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            return { http: ctx.response.http, body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions: { code: error.code } }] } } };
          }
          return null;
        },
        async willSendResponse(ctx) {
          // What Apollo's cache-control plugin (turned off in app.ts) sent for an answer nobody may keep.
          const noStore = () => {
            if (!ctx.response.http.headers.has('cache-control')) ctx.response.http.headers.set('cache-control', 'no-store');
          };
          if (!pending || ctx.response.body.kind !== 'single') return noStore();
          const result = ctx.response.body.singleResult;
          if (result.errors?.length || result.data == null || result.extensions) return noStore();
          const body = answerBytes(result.data);
          const etag = etagOf(body);
          ctx.contextValue.services.cache.storeResponse(pending.key, pending.version, { body, etag } satisfies StoredAnswer);
          ctx.response.http.headers.set('etag', etag);
          ctx.response.http.headers.set('cache-control', CACHE_CONTROL);
          ctx.response.http.headers.set('vary', VARY);
        },
      };
    },
  };
}
