// Runs every test: unit, integration (real Neo4j) and end-to-end (real Chromium).
// Starts one throwaway Neo4j (temp data dir, free port) for the whole run and stops it after.
// Usage: npm test [-- unit|integration|e2e|<file>...]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
register();

const suites = ['unit', 'integration', 'e2e'];
const args = process.argv.slice(2);
const wanted = args.length ? args : suites;
const files = [];
for (const arg of wanted) {
  if (suites.includes(arg)) {
    const dir = path.join('test', arg);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.test.ts')) files.push(path.join(dir, f));
  } else {
    files.push(arg);
  }
}
if (!files.length) {
  console.error(`no test files for: ${wanted.join(' ')}`);
  process.exit(1);
}
const needsDb = files.some((f) => !f.includes(`${path.sep}unit${path.sep}`));
const needsClient = files.some((f) => f.includes(`${path.sep}e2e${path.sep}`));

const started = Date.now();
if (needsClient) {
  console.log('[test] building the client…');
  const build = spawnSync('npx', ['vite', 'build', 'client', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let db = null;
let dataDir = null;
const env = { ...process.env };
if (needsDb) {
  const { startEmbedded } = await import('../server/db/embedded.ts');
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-test-'));
  db = await startEmbedded({ dataDir, boltPort: 0, heap: '1g', pageCache: '128m', portSetting: 'test Neo4j', log: (l) => console.log(`[test] ${l}`) });
  Object.assign(env, { TEST_NEO4J_URI: db.uri, TEST_NEO4J_USER: db.user, TEST_NEO4J_PASSWORD: db.password });
  const { createDriver } = await import('../server/db/driver.ts');
  const { QueryRunner } = await import('../server/db/runner.ts');
  const { applySchema } = await import('../server/db/schema.ts');
  const driver = createDriver(db);
  await applySchema(new QueryRunner(driver));
  await driver.close();
}

const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit', env });
  const forward = (sig) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (c, sig) => resolve(c ?? (sig ? 1 : 0)));
});

if (db) await db.stop();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
console.log(`[test] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code);
