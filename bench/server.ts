// The ChainAtlas HTTP app as the benchmark measures it: its own Node process (so that its memory
// and CPU are its own), on a Neo4j the parent started. Creates an admin user with an API token,
// listens on 127.0.0.1 (a free port) and prints one JSON line { url, token, pid, pids }. Exits when
// its stdin closes (the parent ended).
// With BENCH_WORKERS=N (N > 1) it runs as `npm start -- --workers N` does: this process forks N app
// processes (node:cluster) sharing the port and one account file; `pids` are theirs.
// Environment: BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD, BENCH_HOME_REGION, BENCH_RESULT_CACHE (on/off), BENCH_WORKERS.
import cluster from 'node:cluster';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../server/app.js';
import { createToken, createUser } from '../server/auth/service.js';
import { AccountStore } from '../server/auth/store.js';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../server/config.js';
import { AppError } from '../server/errors.js';
import { createDriver } from '../server/db/driver.js';
import { QueryRunner } from '../server/db/runner.js';

const uri = process.env.BENCH_NEO4J_URI;
const password = process.env.BENCH_NEO4J_PASSWORD;
if (!uri || !password) {
  console.error('bench/server.ts: BENCH_NEO4J_URI and BENCH_NEO4J_PASSWORD are required');
  process.exit(2);
}
const workers = Number(process.env.BENCH_WORKERS ?? '1');

/** One app process: the app on the given account store, listening on 127.0.0.1. */
async function serve(accounts: AccountStore): Promise<{ port: number; stop(): Promise<void> }> {
  const driver = createDriver({ uri: uri!, user: 'neo4j', password: password! });
  const runner = new QueryRunner(driver);
  const config = loadConfig({ HOME_REGION: process.env.BENCH_HOME_REGION ?? 'ZONE1', DEMO_DATA: 'off', NODE_ENV: 'production', RESULT_CACHE: process.env.BENCH_RESULT_CACHE ?? 'on' });
  const app = await buildApp(config, runner, accounts);
  const port = await app.listen(0, '127.0.0.1');
  return {
    port,
    stop: async () => {
      await app.close().catch(() => {});
      await driver.close().catch(() => {});
      accounts.close();
    },
  };
}

/** An admin user and an API token; the database may still be finishing an earlier load test's queries: retry for up to 5 minutes. */
async function adminToken(accounts: AccountStore): Promise<string> {
  const name = `bench-${process.pid}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await createUser(accounts, name, 'admin').catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
      });
      return (await createToken(accounts, name, 'bench')).token;
    } catch (error) {
      if (attempt >= 60) throw error;
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}

const onParentGone = (stop: () => Promise<void>) => {
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  process.on('SIGTERM', () => void stop());
};

if (cluster.isWorker) {
  const accounts = AccountStore.open(process.env.BENCH_ACCOUNTS!, Buffer.from(process.env.BENCH_PEPPER!, 'hex'));
  const server = await serve(accounts);
  process.on('message', (m: { stop?: boolean }) => {
    if (m?.stop) void server.stop().then(() => process.exit(0));
  });
  process.on('disconnect', () => void server.stop().then(() => process.exit(0)));
  process.send!({ ready: server.port });
} else if (workers > 1) {
  // Accounts shared by the app processes: a throwaway SQLite file, as a deployment's DATA_DIR holds one.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-bench-accounts-'));
  const pepper = randomBytes(32);
  const file = path.join(dir, 'accounts.sqlite');
  const accounts = AccountStore.open(file, pepper);
  const token = await adminToken(accounts);
  const forked = Array.from({ length: workers }, () => cluster.fork({ BENCH_ACCOUNTS: file, BENCH_PEPPER: pepper.toString('hex') }));
  const ports = await Promise.all(
    forked.map(
      (w) =>
        new Promise<number>((resolve, reject) => {
          w.on('message', (m: { ready?: number }) => typeof m?.ready === 'number' && resolve(m.ready));
          w.once('exit', (code) => reject(new Error(`a bench app process exited (${code})`)));
        }),
    ),
  );
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${ports[0]}`, token, pid: process.pid, pids: forked.map((w) => w.process.pid) })}\n`);
  onParentGone(async () => {
    await Promise.all(forked.map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : (w.once('exit', () => resolve()), w.send({ stop: true }))))));
    accounts.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
} else {
  // Accounts of a benchmark run need not outlive it: an in-memory account store.
  const accounts = AccountStore.open(':memory:', randomBytes(32));
  const server = await serve(accounts);
  const token = await adminToken(accounts);
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.port}`, token, pid: process.pid, pids: [process.pid] })}\n`);
  onParentGone(async () => {
    await server.stop();
    process.exit(0);
  });
}
