import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { openDatabase, type Database } from '../../server/database.js';
import { applySchema } from '../../server/db/schema.js';
import { importWorkbook } from '../../server/import/index.js';
import { tinyChain } from '../fixtures/tiny-chain.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-supervisor-'));
let db: Database | null = null;

afterAll(async () => {
  await db?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('restarts the embedded Neo4j on the same port when it dies, and the same driver carries on', async () => {
  const gaveUp: string[] = [];
  db = await openDatabase(loadConfig({ DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' }), { supervise: { onGiveUp: (r) => gaveUp.push(r) } });
  await applySchema(db.runner);
  assert.equal((await importWorkbook(db.runner, { filename: 'tiny.json', data: Buffer.from(JSON.stringify(tinyChain)) })).ok, true);
  const first = db.embedded!;
  process.kill(first.pid, 'SIGKILL');
  await first.exited;

  const started = Date.now();
  let chains: Array<{ chain: { id: string } }> = [];
  while (Date.now() - started < 120_000) {
    try {
      chains = await db.runner.read('chains/list-chains');
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  assert.deepEqual(
    chains.map((r) => r.chain.id),
    ['display'],
  );
  // Bolt may answer a moment before the supervisor has recorded the new instance.
  while (db.embedded!.pid === first.pid && Date.now() - started < 130_000) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.notEqual(db.embedded!.pid, first.pid);
  assert.equal(db.embedded!.uri, first.uri);
  assert.deepEqual(gaveUp, []);
  console.log(`recovered in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
