import type { App } from '../../server/app.js';
import { buildApp } from '../../server/app.js';
import type { Role } from '../../server/auth/roles.js';
import { createToken, createUser, removeUser } from '../../server/auth/service.js';
import { loadConfig } from '../../server/config.js';
import { testAccountStore, type TestDatabase } from './db.js';

export interface GraphQLBody<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export type GraphQLCall = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLBody<T>>;

export interface TestApp {
  app: App;
  url: string;
  /** POSTs a GraphQL operation as the test admin (Bearer token) and returns the parsed body. */
  graphql: GraphQLCall;
  /** The same, as a user of the given role, or with no credentials at all ('anonymous'). */
  as(role: Role | 'anonymous'): GraphQLCall;
  /** The test users' passwords, for sign-in tests: name = `test-<role>`. */
  passwords: Record<Role, string>;
  /** Re-creates the test users after a test emptied the database. */
  restoreUsers(): Promise<void>;
  close(): Promise<void>;
}

const TEST_ROLES: Role[] = ['viewer', 'analyst', 'editor', 'admin'];

/** The real HTTP app on the test database, listening on a free loopback port, with one user per role. */
export async function startTestApp(db: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ HOME_REGION: 'QDEDZ', DEMO_DATA: 'off', ...env });
  const own = db.accounts ? null : testAccountStore();
  const accounts = db.accounts ?? own!.store;
  const app = await buildApp(config, db.runner, accounts);
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const tokens = {} as Record<Role, string>;
  const passwords = {} as Record<Role, string>;
  const restoreUsers = async () => {
    await Promise.all(
      TEST_ROLES.map(async (role) => {
        const name = `test-${role}`;
        // Accounts live in the account store, which a graph reset may or may not have emptied.
        await removeUser(accounts, name);
        const created = await createUser(accounts, name, role);
        passwords[role] = created.password;
        tokens[role] = (await createToken(accounts, name, 'tests')).token;
      }),
    );
  };
  await restoreUsers();
  const call =
    (role: Role | 'anonymous'): GraphQLCall =>
    async (query, variables = {}, headers = {}) => {
      const auth: Record<string, string> = role === 'anonymous' ? {} : { authorization: `Bearer ${tokens[role]}` };
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    };
  const close = async () => {
    await app.close();
    own?.dispose();
  };
  return { app, url, graphql: call('admin'), as: call, passwords, restoreUsers, close };
}

/** Empties the test database, loads a workbook through the real import path, starts the app on it. */
export async function startAppWith(db: TestDatabase, workbook: object): Promise<TestApp> {
  const { importWorkbook } = await import('../../server/import/index.js');
  await db.reset();
  const result = await importWorkbook(db.runner, { filename: 'fixture.json', data: Buffer.from(JSON.stringify(workbook)) });
  if (!result.ok) throw new Error(`the fixture was rejected: ${JSON.stringify(result.errors)}`);
  return startTestApp(db, {});
}

/** Closes what a test file opened, whether or not its set-up got that far. */
export async function stopAll(app: TestApp | undefined, db: TestDatabase): Promise<void> {
  await app?.close();
  await db.close();
}
