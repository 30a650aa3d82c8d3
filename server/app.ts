import cluster from 'node:cluster';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cookieParser from 'cookie-parser';
import express, { type Request } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { applyPolicy } from './auth/policy.js';
import { accountThrottle, addressThrottle, SESSION_COOKIE, sessionViewer, tokenViewer } from './auth/service.js';
import type { AccountStore } from './auth/store.js';
import type { Config } from './config.js';
import type { QueryRunner } from './db/runner.js';
import { AppError } from './errors.js';
import { ResultCache, VERSION_TRUST_MS } from './cache.js';
import { localiseErrorsPlugin } from './graphql/localise-errors.js';
import { responseCachePlugin } from './graphql/response-cache.js';
import { storedAnswers, type ResolvedCaller } from './graphql/stored-answers.js';
import type { Context, Services } from './graphql/context.js';
import { resolvers } from './graphql/resolvers/index.js';
import { loadTypeDefs } from './graphql/schema.js';

export const CLIENT_DIST = fileURLToPath(new URL('../dist/client/', import.meta.url));

export interface App {
  server: http.Server;
  services: Services;
  apollo: ApolloServer<Context>;
  /** Starts listening; resolves with the bound port (port 0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/** Error codes that are the caller's business; anything else is logged and masked. */
const EXPOSED = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'DATABASE_UNAVAILABLE',
  'TIMEOUT',
  'MEMORY_LIMIT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (EXPOSED.has(code)) {
    const { neo4jCode: _neo4jCode, query: _query, stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: production ? extensions : { ...extensions, stacktrace } };
  }
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  console.error('[graphql] unexpected error:', original);
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Who is asking: a Bearer API token, else the session cookie, else nobody. Verified from memory (see AccountStore.verified). */
async function resolveViewer(accounts: AccountStore, req: Request): Promise<ResolvedCaller> {
  const header = req.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const viewer = match ? await tokenViewer(accounts, match[1]!) : null;
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'the API token is invalid or revoked');
    return { viewer, sessionCookie: null };
  }
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] ?? null;
  return { viewer: cookie ? await sessionViewer(accounts, cookie) : null, sessionCookie: cookie };
}

const langOf = (req: Request): 'zh' | 'en' => (req.get('x-chainatlas-lang') === 'en' ? 'en' : 'zh');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Builds the HTTP app (GraphQL, health, the built client) without listening. */
export async function buildApp(config: Config, runner: QueryRunner, accounts: AccountStore): Promise<App> {
  const services: Services = {
    config,
    runner,
    accounts,
    cache: new ResultCache(runner, { maxEntries: config.resultCache ? 500 : 0, pollMs: config.versionPollMs, trustMs: Math.max(VERSION_TRUST_MS, 4 * config.versionPollMs) }),
    signInGuards: { accounts: accountThrottle(), addresses: addressThrottle() },
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const server = http.createServer(app);
  const schema = applyPolicy(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers }));
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxTokens: { n: 3000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    // The process's owner (server/main.ts) stops everything in order on SIGINT/SIGTERM; Apollo's
    // own handlers would re-raise the signal and end the process before Neo4j has shut down.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !config.production,
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    // graphql-armor ships CommonJS typings of Apollo's plugin type; the objects are the same at run time.
    // Apollo's cache-control plugin is off: the schema has no cache hints, and its per-field hook
    // was a measured share of executing large answers; responseCachePlugin sets the header instead.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginCacheControlDisabled(),
      responseCachePlugin(),
      localiseErrorsPlugin<Context>(),
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
    ],
    validationRules: protection.validationRules,
  });
  await apollo.start();

  // With `--workers N`, which app process answered (its cluster worker number), for operators and tests.
  const worker = cluster.isWorker ? String(cluster.worker!.id) : null;
  app.use((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (worker) res.setHeader('X-ChainAtlas-Worker', worker);
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      const version = await runner.serverVersion();
      // The cache's counters let an operator (and the tests) see that stored answers ask Neo4j
      // nothing: versionReads grows with time (one background read per VERSION_POLL_MS), not with requests.
      res.json({ status: 'ok', neo4j: { available: true, version }, cache: services.cache.stats() });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      res.status(503).json({ status: 'unavailable', neo4j: { available: false, error: message } });
    }
  });

  app.use(
    '/graphql',
    cookieParser(),
    // Room for importWorkbook's base64 upload (12 MB of workbook); larger workbooks go through the CLI.
    express.json({ limit: '17mb' }),
    // Repeated reads are answered here, from stored bytes, before Apollo parses anything.
    storedAnswers(services.cache, (req) => resolveViewer(accounts, req), langOf),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const { viewer, sessionCookie } = (res.locals.caller as ResolvedCaller | undefined) ?? (await resolveViewer(accounts, req));
        return { services, viewer, sessionCookie, address: req.ip ?? 'unknown', lang: langOf(req), req, res };
      },
    }),
  );

  if (existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    app.use(express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    const indexHtml = readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
    app.get(/^(?!\/graphql|\/healthz|\/api\/).*/, (_req, res) => {
      res.type('html').set('Cache-Control', 'no-cache').send(indexHtml);
    });
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The client is not built: run `npm run build:client` (npm start does it for you).');
    });
  }

  return {
    server,
    services,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) => {
          reject(error.code === 'EADDRINUSE' ? new AppError('CONFLICT', `PORT=${port}: port ${port} on ${host} is already in use; free it or set PORT to another port`) : error);
        });
        server.listen(port, host, () => resolve((server.address() as { port: number }).port));
      }),
    close: async () => {
      services.cache.close();
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
