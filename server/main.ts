import cluster, { type Worker } from 'node:cluster';
import { loadConfig, ConfigError, type Config } from './config.js';
import { openDatabase, type Database } from './database.js';
import { buildApp, type App } from './app.js';
import { applySchema } from './db/schema.js';
import { QueryRunner } from './db/runner.js';
import { ensureLocalCounts } from './repositories/local-counts.js';
import { loadDemoDataIfEmpty } from './demo.js';
import { countUsers, createUser, recordAudit } from './auth/service.js';
import { migrateAccountsFromGraph } from './auth/migrate.js';
import { openAccountStore, type AccountStore } from './auth/store.js';
import { startCacheWarmer } from './cache-warmer.js';
import { markStopping } from './db/embedded.js';

const log = (line: string) => console.log(`[chainatlas${cluster.isWorker ? ` worker ${cluster.worker!.id}` : ''}] ${line}`);

/** Where a worker finds the database the primary opened (passed in its environment, never logged). */
const WORKER_DB_ENV = 'CHAINATLAS_WORKER_DB';
/** A worker that dies on its own is replaced at most this many times within 10 minutes. */
const WORKER_RESTARTS = 5;

/** `--workers N` on the command line (npm start -- --workers N) wins over WORKERS. */
function workersFromArgv(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--workers' || a.startsWith('--workers='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.slice('--workers='.length) : (argv[i + 1] ?? '');
}

async function main(): Promise<void> {
  const started = Date.now();
  const fromArgv = workersFromArgv(process.argv.slice(2));
  const config = loadConfig(fromArgv === undefined ? process.env : { ...process.env, WORKERS: fromArgv });
  let db: Database | null = null;
  let accounts: AccountStore | null = null;
  let app: App | null = null;
  let warmer: ReturnType<typeof startCacheWarmer> | null = null;
  let workers: WorkerPool | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // At once, so that a start right after this one waits for it rather than refusing.
    if (!config.external) markStopping(config.dataDir);
    log(`${signal}: stopping…`);
    await workers?.stop().catch((e: unknown) => console.error(e));
    await warmer?.stop().catch((e: unknown) => console.error(e));
    await app?.close().catch((e: unknown) => console.error(e));
    await db?.close().catch((e: unknown) => console.error(e));
    accounts?.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const onGiveUp = (reason: string) => {
    console.error(`[chainatlas] ${reason}; stopping`);
    void stop('neo4j-exit');
  };
  db = await openDatabase(config, { log, supervise: { onGiveUp } });
  log(`Neo4j ${db.version} (${db.mode}) at ${db.uri}`);
  accounts = openAccountStore(config);
  await applySchema(db.runner);
  await migrateAccountsFromGraph(db.runner, accounts, log);
  if (config.demoData) {
    const loaded = await loadDemoDataIfEmpty(db.runner, log);
    if (loaded) log(`demo data loaded: ${loaded}`);
  }
  await ensureLocalCounts(db.runner, log);
  let firstAdmin: string | null = null;
  if ((await countUsers(accounts)) === 0) {
    firstAdmin = (await createUser(accounts, 'admin', 'admin')).password;
    await recordAudit(accounts, { user: null, action: 'createUser', target: 'admin', detail: { role: 'admin', reason: 'first start' }, address: 'localhost' });
  }
  let port: number;
  if (config.workers > 1) {
    workers = new WorkerPool(
      config,
      db,
      () => stopping,
      (reason) => void stop(reason),
    );
    port = await workers.start();
  } else {
    app = await buildApp(config, db.runner, accounts);
    port = await app.listen(config.port, config.host);
    if (config.resultCache) warmer = startCacheWarmer(app.services, { log });
  }
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  if (firstAdmin) {
    log('first start: created the user "admin". Its password is shown this once — sign in and keep it safe:');
    log(`    admin / ${firstAdmin}`);
    log('    (lost it? `npm run users -- reset-password admin`)');
  }
  const processes = config.workers > 1 ? `; ${config.workers} app processes (pids ${workers!.pids().join(', ')})` : '';
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s → http://${host}:${port}/  (GraphQL: http://${host}:${port}/graphql${processes})`);
}

/**
 * The app processes of `--workers N`: node:cluster workers sharing one listening port (the primary
 * hands connections out in turn). The primary keeps the embedded Neo4j, its supervision and the
 * start/stop behaviour; each worker connects to that Neo4j, opens the account store (sign-in data
 * is shared through the SQLite file) and keeps its own result cache, kept coherent by the data
 * version: a worker that commits a write sends its new version here, and the primary passes it to
 * every other worker; each also reads it in the background (server/cache.ts). A worker that dies on
 * its own is replaced.
 */
class WorkerPool {
  private readonly live = new Map<number, Worker>();
  private readonly restarts: number[] = [];

  constructor(
    private readonly config: Config,
    private readonly db: Database,
    private readonly stopping: () => boolean,
    private readonly giveUp: (reason: string) => void,
  ) {}

  pids(): number[] {
    return [...this.live.values()].map((w) => w.process.pid!);
  }

  /** Forks every worker; resolves with the shared port once all listen. */
  async start(): Promise<number> {
    // Workers asking for the same address share the primary's one listening socket (with PORT=0
    // too: the same request, so the same free port for all of them).
    const ports = await Promise.all(Array.from({ length: this.config.workers }, () => this.fork(this.config.port)));
    return ports[0]!;
  }

  private fork(port: number): Promise<number> {
    const { uri, user, password, database } = this.connection();
    const worker = cluster.fork({ [WORKER_DB_ENV]: JSON.stringify({ uri, user, password, database }), PORT: String(port), WORKERS: '1' });
    this.live.set(worker.id, worker);
    return new Promise((resolve, reject) => {
      let ready = false;
      worker.on('message', (message: { ready?: number; dataVersion?: string | null }) => {
        if (typeof message?.ready === 'number') {
          ready = true;
          resolve(message.ready);
        }
        // A worker committed a write of chain data: every other worker learns its version now
        // (their background read would find it within VERSION_TRUST_MS anyway).
        if (message && 'dataVersion' in message) {
          for (const other of this.live.values()) if (other !== worker && other.isConnected()) other.send({ dataVersion: message.dataVersion ?? null });
        }
      });
      worker.once('exit', (code, signal) => {
        this.live.delete(worker.id);
        if (!ready) return reject(new Error(`an app process exited before it was ready (${signal ?? `code ${code}`})`));
        if (this.stopping()) return;
        const now = Date.now();
        while (this.restarts.length && now - this.restarts[0]! > 10 * 60 * 1000) this.restarts.shift();
        if (this.restarts.length >= WORKER_RESTARTS) return this.giveUp(`app processes exited ${WORKER_RESTARTS} times within 10 minutes`);
        this.restarts.push(now);
        console.error(`[chainatlas] app process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
        this.fork(this.config.port).catch((error: unknown) => this.giveUp(error instanceof Error ? error.message : String(error)));
      });
    });
  }

  private connection(): { uri: string; user: string; password: string; database: string | undefined } {
    if (this.config.external) return this.config.external;
    const embedded = this.db.embedded!;
    return { uri: embedded.uri, user: embedded.user, password: embedded.password, database: undefined };
  }

  /** Asks every worker to stop and waits for all of them (30 s, then they are killed). */
  async stop(): Promise<void> {
    const exits = [...this.live.values()].map((worker) => {
      const exited = new Promise<void>((resolve) => {
        if (worker.isDead()) resolve();
        else worker.once('exit', () => resolve());
      });
      const killer = setTimeout(() => worker.process.kill('SIGKILL'), 30_000);
      worker.send({ stop: true });
      return exited.finally(() => clearTimeout(killer));
    });
    await Promise.all(exits);
  }
}

/** One app process of `--workers N`: the database the primary opened, its own cache and warmer. */
async function worker(): Promise<void> {
  const config = loadConfig();
  const target = JSON.parse(process.env[WORKER_DB_ENV] ?? '{}') as { uri: string; user: string; password: string; database?: string };
  delete process.env[WORKER_DB_ENV];
  const { runner } = await QueryRunner.connect({ uri: target.uri, user: target.user, password: target.password }, target.database);
  const accounts = openAccountStore(config);
  const app = await buildApp(config, runner, accounts);
  const port = await app.listen(config.port, config.host);
  const warmer = config.resultCache ? startCacheWarmer(app.services, { log }) : null;
  // Writes through this process reach the others through the primary; theirs reach this one so.
  runner.onDataChange((version) => {
    if (process.connected) process.send!({ dataVersion: version });
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await warmer?.stop().catch((e: unknown) => console.error(e));
    await app.close().catch((e: unknown) => console.error(e));
    await runner.close().catch((e: unknown) => console.error(e));
    accounts.close();
    process.exit(0);
  };
  // The primary says when (it stops Neo4j after every worker has gone); a terminal's Ctrl-C reaches
  // the whole process group, and the primary will ask anyway.
  process.on('message', (message: { stop?: boolean; dataVersion?: string | null }) => {
    if (message?.stop) void stop();
    if (message && 'dataVersion' in message) app.services.cache.learn(message.dataVersion ?? null);
  });
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
  process.send!({ ready: port });
}

if (cluster.isWorker) {
  worker().catch((error: unknown) => {
    console.error(`[chainatlas worker] failed to start:`, error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) console.error(`[chainatlas] ${error.message}`);
    else console.error('[chainatlas] failed to start:', error);
    process.exit(1);
  });
}
