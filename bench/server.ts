// The ChainAtlas HTTP app as the benchmark measures it: its own Node process (so that its memory
// and CPU are its own), on a Neo4j the parent started. Creates an admin user with an API token,
// listens on 127.0.0.1 (a free port) and prints one JSON line { url, token, pid }. Exits when its
// stdin closes (the parent ended).
// Environment: BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD, BENCH_HOME_REGION, BENCH_RESULT_CACHE (on/off).
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
const driver = createDriver({ uri, user: 'neo4j', password });
const runner = new QueryRunner(driver);
const config = loadConfig({ HOME_REGION: process.env.BENCH_HOME_REGION ?? 'ZONE1', DEMO_DATA: 'off', NODE_ENV: 'production', RESULT_CACHE: process.env.BENCH_RESULT_CACHE ?? 'on' });
// Accounts of a benchmark run need not outlive it: an in-memory account store.
const accounts = AccountStore.open(':memory:', randomBytes(32));
const app = await buildApp(config, runner, accounts);
const port = await app.listen(0, '127.0.0.1');
const name = `bench-${process.pid}`;
// The database may still be finishing an earlier load test's queries: retry for up to 5 minutes.
let token = '';
for (let attempt = 0; ; attempt += 1) {
  try {
    await createUser(accounts, name, 'admin').catch((error: unknown) => {
      if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
    });
    token = (await createToken(accounts, name, 'bench')).token;
    break;
  } catch (error) {
    if (attempt >= 60) throw error;
    await new Promise((r) => setTimeout(r, 5000));
  }
}
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, token, pid: process.pid })}\n`);
const stop = async () => {
  await app.close().catch(() => {});
  await driver.close().catch(() => {});
  process.exit(0);
};
process.stdin.on('end', () => void stop());
process.stdin.on('close', () => void stop());
process.stdin.resume();
process.on('SIGTERM', () => void stop());
