import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { AccountStore } from '../../server/auth/store.js';
import { createDriver } from '../../server/db/driver.js';
import { QueryRunner } from '../../server/db/runner.js';

export interface TestDatabase {
  driver: Driver;
  runner: QueryRunner;
  /**
   * The account store (users, sessions, tokens, audit log, saved queries) that goes with this
   * database; startTestApp makes a throwaway one when a hand-built TestDatabase has none.
   */
  accounts?: AccountStore;
  /** Deletes every node and every row of the account store; constraints and indexes stay. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** A throwaway account store in its own temp folder, keyed with a random pepper; removed by `dispose`. */
export function testAccountStore(): { store: AccountStore; file: string; dispose(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-accounts-'));
  const file = path.join(dir, 'accounts.sqlite');
  const store = AccountStore.open(file, randomBytes(32));
  return {
    store,
    file,
    dispose: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The test Neo4j that `npm test` starts (test/setup/neo4j.ts); fails loudly when run any other way. */
export function testDatabase(): TestDatabase {
  const uri = process.env.TEST_NEO4J_URI;
  const user = process.env.TEST_NEO4J_USER;
  const password = process.env.TEST_NEO4J_PASSWORD;
  if (!uri || !user || !password) {
    throw new Error('No test database: run integration and e2e tests through `npm test` (its global setup starts a throwaway Neo4j and sets TEST_NEO4J_URI/USER/PASSWORD).');
  }
  const driver = createDriver({ uri, user, password });
  const runner = new QueryRunner(driver);
  const accounts = testAccountStore();
  return {
    driver,
    runner,
    accounts: accounts.store,
    reset: async () => {
      await runner.write('admin/delete-all');
      accounts.store.clear();
    },
    close: async () => {
      accounts.dispose();
      await driver.close();
    },
  };
}
