import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Viewer } from '../auth/roles.js';
import type { ResultCache } from '../cache.js';

/** A stored answer: the exact bytes sent the first time, and their entity tag. */
export interface StoredAnswer {
  body: Buffer;
  etag: string;
}

/** What the request handler hands to Apollo on a miss, so the answer is stored under the same key. */
export interface PendingAnswer {
  key: string;
  version: string;
}

/** Who is asking, resolved once per request: the stored-answer handler does it, the GraphQL context reuses it. */
export interface ResolvedCaller {
  viewer: Viewer | null;
  sessionCookie: string | null;
}

/** Browsers revalidate (If-None-Match) every time; shared caches never keep a per-user answer. */
export const CACHE_CONTROL = 'private, no-cache';
export const VARY = 'Accept, Authorization, Cookie, X-ChainAtlas-Lang';

/** The entity tag of an answer: a hash of its bytes (the same answer under a later data version keeps its tag). */
export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** The bytes Apollo sends for an error-free single result (its prettyJSONStringify). */
export const answerBytes = (data: Record<string, unknown>): Buffer => Buffer.from(`${JSON.stringify({ data })}\n`);

/**
 * The key of a stored answer: the caller's role (every permission rule on a cacheable field is
 * decided by role alone: the policy table and DATA_POLICY.confidentialProjects), the language, the
 * operation (its text, or its persisted-query hash when only that is sent), the operation name and
 * the variables. The data version is kept beside the entry.
 */
export function answerKey(role: string, lang: string, operation: string, operationName: unknown, variables: unknown): string {
  return JSON.stringify([role, lang, operation, typeof operationName === 'string' ? operationName : null, variables ?? {}]);
}

interface Parsed {
  operation: string;
  operationName: unknown;
  variables: unknown;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function persistedHash(extensions: unknown): string | undefined {
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? `apq:${hash}` : undefined;
}

/** The operation of a GET or POST GraphQL request as Apollo would read it; undefined to leave the request to Apollo. */
function parse(req: Request): Parsed | undefined {
  if (req.method === 'GET') {
    // Apollo's CSRF prevention: a GET must carry a header a simple cross-site request cannot.
    if (!req.get('apollo-require-preflight') && !req.get('x-apollo-operation-name')) return undefined;
    const q = req.query as Record<string, unknown>;
    try {
      const variables = str(q.variables) ? (JSON.parse(q.variables as string) as unknown) : undefined;
      const extensions = str(q.extensions) ? (JSON.parse(q.extensions as string) as unknown) : undefined;
      const operation = str(q.query) ?? persistedHash(extensions);
      return operation ? { operation, operationName: q.operationName, variables } : undefined;
    } catch {
      return undefined;
    }
  }
  if (req.method === 'POST' && req.is('application/json') && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
    const body = req.body as Record<string, unknown>;
    const operation = str(body.query) ?? persistedHash(body.extensions);
    return operation ? { operation, operationName: body.operationName, variables: body.variables } : undefined;
  }
  return undefined;
}

/** `If-None-Match` names `etag` (a list, or `*`). */
export function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The short path of a repeated read: before Apollo parses, validates or executes anything, a
 * request whose caller, language, operation and variables were answered under the current data
 * version gets the stored bytes — or `304 Not Modified` when it already holds them (If-None-Match).
 * Only answers the GraphQL path stored (read-only queries of cacheable root fields, no errors)
 * are found here; everything else goes on to Apollo with the key to store under.
 */
export function storedAnswers(cache: ResultCache, resolveCaller: (req: Request) => Promise<ResolvedCaller>, langOf: (req: Request) => string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!cache.enabled) return next();
    const parsed = parse(req);
    if (!parsed) return next();
    void (async () => {
      let caller: ResolvedCaller;
      let version: string | null;
      try {
        caller = await resolveCaller(req);
        res.locals.caller = caller;
        if (!caller.viewer) return next();
        version = await cache.version();
      } catch {
        // A bad token or an unreachable database: Apollo answers it as it always has.
        return next();
      }
      if (version === null) return next();
      const key = answerKey(caller.viewer.role, langOf(req), parsed.operation, parsed.operationName, parsed.variables);
      const found = cache.response(key, version) as StoredAnswer | undefined;
      if (!found) {
        res.locals.pendingAnswer = { key, version } satisfies PendingAnswer;
        return next();
      }
      res.setHeader('ETag', found.etag);
      res.setHeader('Cache-Control', CACHE_CONTROL);
      res.setHeader('Vary', VARY);
      if (matches(req.get('if-none-match'), found.etag)) {
        cache.countRevalidation();
        res.status(304).end();
        return;
      }
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Length', found.body.length);
      res.status(200).end(found.body);
    })().catch(next);
  };
}
