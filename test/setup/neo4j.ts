/**
 * Vitest global setup of the integration and e2e projects: one throwaway Neo4j (temp data dir,
 * free port, schema applied) for the whole run, stopped and deleted after it. Both projects list
 * this file; the second one to run it gets the same instance (counted on globalThis, which the
 * global setups share: they run in Vitest's main process). Tests read the connection through
 * test/setup/env.ts, which copies it into TEST_NEO4J_URI/USER/PASSWORD. Its Bolt port is a free one,
 * or TEST_NEO4J_BOLT_PORT when set (on a shared machine where each user keeps to a range of ports).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../server/db/driver.js';
import type { EmbeddedNeo4j } from '../../server/db/embedded.js';
import { startEmbedded } from '../../server/db/embedded.js';
import { QueryRunner } from '../../server/db/runner.js';
import { applySchema } from '../../server/db/schema.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testNeo4j: TestNeo4j;
  }
}

interface Shared {
  users: number;
  started: Promise<{ db: EmbeddedNeo4j; dataDir: string }>;
}

const KEY = Symbol.for('chainatlas.test-neo4j');
const shared = globalThis as typeof globalThis & { [KEY]?: Shared };

async function start(): Promise<{ db: EmbeddedNeo4j; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-test-'));
  const boltPort = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 0);
  if (!Number.isInteger(boltPort) || boltPort < 0 || boltPort > 65535) throw new Error(`TEST_NEO4J_BOLT_PORT=${process.env.TEST_NEO4J_BOLT_PORT}: not a port number`);
  const db = await startEmbedded({ dataDir, boltPort, heap: '1g', pageCache: '128m', portSetting: 'test Neo4j', log: (l) => console.log(`[test] ${l}`) });
  const driver = createDriver(db);
  try {
    await applySchema(new QueryRunner(driver));
  } finally {
    await driver.close();
  }
  return { db, dataDir };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const entry = (shared[KEY] ??= { users: 0, started: start() });
  entry.users++;
  const { db } = await entry.started;
  project.provide('testNeo4j', { uri: db.uri, user: db.user, password: db.password });
  return async () => {
    if (--entry.users > 0) return;
    delete shared[KEY];
    const { db: running, dataDir } = await entry.started;
    await running.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
