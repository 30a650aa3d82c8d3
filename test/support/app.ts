import type { App } from '../../server/app.js';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import type { TestDatabase } from './db.js';

export interface TestApp {
  app: App;
  url: string;
  /** POSTs a GraphQL operation and returns the parsed body (data and errors). */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

/** The real HTTP app on the test database, listening on a free loopback port. */
export async function startTestApp(db: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ HOME_REGION: 'QDEDZ', DEMO_DATA: 'off', ...env });
  const app = await buildApp(config, db.runner);
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    graphql: async (query, variables = {}, headers = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    close: () => app.close(),
  };
}
