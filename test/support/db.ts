import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/db/driver.js';
import { QueryRunner } from '../../server/db/runner.js';

export interface TestDatabase {
  driver: Driver;
  runner: QueryRunner;
  /** Deletes every node; constraints and indexes stay. */
  reset(): Promise<void>;
  close(): Promise<void>;
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
  return {
    driver,
    runner,
    reset: async () => {
      await runner.write('admin/delete-all');
    },
    close: () => driver.close(),
  };
}
