import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { createDriver, serverVersion } from './db/driver.js';
import { passwordFile, readRuntime, startEmbedded, type EmbeddedNeo4j } from './db/embedded.js';
import { QueryRunner } from './db/runner.js';
import { readFileSync } from 'node:fs';

export interface Database {
  driver: Driver;
  runner: QueryRunner;
  version: string;
  /** How the database was reached, for the start-up banner. */
  mode: 'embedded' | 'attached' | 'external';
  uri: string;
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  log?: (line: string) => void;
  /**
   * Operator commands attach to the embedded instance another process already runs for the same
   * DATA_DIR; the app itself refuses to share one.
   */
  attach?: boolean;
}

async function connect(uri: string, user: string, password: string, database: string | undefined): Promise<{ driver: Driver; version: string }> {
  const driver = createDriver({ uri, user, password });
  try {
    return { driver, version: await serverVersion(driver, database) };
  } catch (error) {
    await driver.close();
    throw new Error(`could not reach Neo4j at ${uri}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Opens the configured database: NEO4J_URI when set, else the embedded one of DATA_DIR. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<Database> {
  const log = options.log ?? (() => {});
  if (config.external) {
    const { uri, user, password, database } = config.external;
    const { driver, version } = await connect(uri, user, password, database);
    return { driver, runner: new QueryRunner(driver, database), version, mode: 'external', uri, embedded: null, close: () => driver.close() };
  }
  const running = options.attach ? readRuntime(config.dataDir) : null;
  if (running) {
    const password = readFileSync(passwordFile(config.dataDir), 'utf8').trim();
    const { driver, version } = await connect(running.uri, 'neo4j', password, undefined);
    return { driver, runner: new QueryRunner(driver), version, mode: 'attached', uri: running.uri, embedded: null, close: () => driver.close() };
  }
  const embedded = await startEmbedded({ dataDir: config.dataDir, boltPort: config.boltPort, heap: config.neo4jHeap, pageCache: config.neo4jPageCache, log });
  try {
    const { driver, version } = await connect(embedded.uri, embedded.user, embedded.password, undefined);
    return {
      driver,
      runner: new QueryRunner(driver),
      version,
      mode: 'embedded',
      uri: embedded.uri,
      embedded,
      close: async () => {
        await driver.close();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
