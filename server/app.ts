import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from './config.js';
import { serverVersion } from './db/driver.js';
import type { QueryRunner } from './db/runner.js';
import { AppError } from './errors.js';
import { createServices, type Context, type Services } from './graphql/context.js';
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
const EXPOSED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'DATABASE_UNAVAILABLE', 'TIMEOUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

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

/** Builds the HTTP app (GraphQL, health, the built client) without listening. */
export async function buildApp(config: Config, runner: QueryRunner): Promise<App> {
  const services = createServices(config, runner);
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      const version = await serverVersion(runner.driver, runner.database);
      res.json({ status: 'ok', neo4j: { available: true, version } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      res.status(503).json({ status: 'unavailable', neo4j: { available: false, error: message } });
    }
  });

  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ services }) }));

  if (existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    app.use(express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    const indexHtml = readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
    app.get(/^(?!\/graphql|\/healthz).*/, (_req, res) => {
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
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
