// Development aid: a long-lived embedded Neo4j holding a generated workbook, for profiling queries
// by hand. Imports the workbook (batched) on first start; later starts reuse the data.
// Usage: npx tsx bench/dev-db.ts --enterprises 100000 [--heap 4g] [--pagecache 2g]
// Prints `DEV_DB <uri> <password>`, then runs until stdin closes or Ctrl-C.
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateWorkbook } from '../server/cli/generate.js';
import { createDriver } from '../server/db/driver.js';
import { startEmbedded } from '../server/db/embedded.js';
import { QueryRunner } from '../server/db/runner.js';
import { applySchema } from '../server/db/schema.js';
import { importWorkbook } from '../server/import/index.js';

const argv = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const n = Number(value('enterprises', '100000'));
const dataDir = path.join(os.tmpdir(), `chainatlas-dev-${n}`);
const wb = path.join(os.tmpdir(), `chainatlas-bench-wb-${n}-bench`);
mkdirSync(dataDir, { recursive: true });
const fresh = !existsSync(path.join(dataDir, 'neo4j', 'home', 'data'));
const db = await startEmbedded({ dataDir, boltPort: 0, heap: value('heap', '4g'), pageCache: value('pagecache', '2g'), log: console.error });
const driver = createDriver(db);
const runner = new QueryRunner(driver);
await applySchema(runner);
if (fresh) {
  if (!existsSync(path.join(wb, 'projects.csv'))) await generateWorkbook({ enterprises: n, out: wb, seed: 'bench' });
  const started = Date.now();
  const result = await importWorkbook(runner, wb, { batched: true });
  console.error(`imported ${n} enterprises: ok=${result.ok} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
console.log(`DEV_DB ${db.uri} ${db.password}`);
const stop = async () => {
  await driver.close();
  await db.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
