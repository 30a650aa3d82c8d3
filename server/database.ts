import type { Config } from './config.js';
import { markedStopping, passwordFile, readRuntime, startEmbedded, type EmbeddedNeo4j } from './db/embedded.js';
import { QueryRunner } from './db/runner.js';
import { readFileSync } from 'node:fs';

export interface Database {
  /** Every statement goes through it; the driver stays inside server/db. */
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
  /**
   * Restart the embedded Neo4j when it dies under us (e.g. a query that exhausted its heap), on
   * the same port and data, at most 5 times in 10 minutes; `onGiveUp` runs after that.
   */
  supervise?: { onGiveUp: (reason: string) => void };
}

const RESTART_LIMIT = 5;
const RESTART_WINDOW_MS = 10 * 60 * 1000;

const connect = (uri: string, user: string, password: string, database: string | undefined) => QueryRunner.connect({ uri, user, password }, database);

/** Opens the configured database: NEO4J_URI when set, else the embedded one of DATA_DIR. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<Database> {
  const log = options.log ?? (() => {});
  if (config.external) {
    const { uri, user, password, database } = config.external;
    const { runner, version } = await connect(uri, user, password, database);
    return { runner, version, mode: 'external', uri, embedded: null, close: () => runner.close() };
  }
  const running = options.attach ? readRuntime(config.dataDir) : null;
  if (running) {
    const password = readFileSync(passwordFile(config.dataDir), 'utf8').trim();
    const { runner, version } = await connect(running.uri, 'neo4j', password, undefined);
    return { runner, version, mode: 'attached', uri: running.uri, embedded: null, close: () => runner.close() };
  }
  const startOptions = { dataDir: config.dataDir, boltPort: config.boltPort, heap: config.neo4jHeap, pageCache: config.neo4jPageCache, log };
  let current = await startEmbedded(startOptions);
  let closing = false;
  const restarts: number[] = [];
  const watch = (instance: EmbeddedNeo4j) => {
    void instance.exited.then(async (code) => {
      // A signal to the whole process group reaches the JVM too: no restart once the owner is stopping.
      if (closing || !options.supervise || markedStopping(config.dataDir)) return;
      const now = Date.now();
      while (restarts.length && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= RESTART_LIMIT) {
        options.supervise.onGiveUp(`the embedded Neo4j exited (code ${code}) ${RESTART_LIMIT} times within 10 minutes`);
        return;
      }
      restarts.push(now);
      log(`the embedded Neo4j exited unexpectedly (code ${code}); restarting it on the same port`);
      try {
        current = await startEmbedded({ ...startOptions, boltPort: Number(new URL(instance.uri).port) });
        watch(current);
      } catch (error) {
        options.supervise.onGiveUp(`could not restart the embedded Neo4j: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };
  watch(current);
  try {
    const { runner, version } = await connect(current.uri, current.user, current.password, undefined);
    return {
      runner,
      version,
      mode: 'embedded',
      uri: current.uri,
      get embedded() {
        return current;
      },
      close: async () => {
        closing = true;
        await runner.close();
        await current.stop();
      },
    };
  } catch (error) {
    closing = true;
    await current.stop();
    throw error;
  }
}
