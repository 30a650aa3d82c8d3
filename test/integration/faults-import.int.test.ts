// Import under faults, CI-sized (scripts/faults/import-kill.ts is the full run): an import in a
// child process, the Neo4j JVM SIGKILLed while batches are written and while the one transaction
// commits; after a restart on the same DATA_DIR and port the database holds all of the workbook or
// none of it, and a re-import ends with exactly the workbook's totals.
// Uses its OWN embedded Neo4j in a temp dir: the shared test instance is never killed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { generateWorkbook } from '../../server/cli/generate.js';
import { importWorkbook } from '../../server/import/index.js';
import { classify, countGraph, describePlan, emptyGraph, expectedFromCsvWorkbook, importAndKill, OwnNeo4j, waitFor, type GraphCounts, type KillPlan } from '../support/faults.js';

const ENTERPRISES = Number(process.env.FAULTS_ENTERPRISES) || 600;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'faults-import-'));
const workbook = path.join(tmp, 'workbook');
let neo: OwnNeo4j;
let rows: Record<string, number>;
let expected: GraphCounts;

beforeAll(async () => {
  rows = await generateWorkbook({ enterprises: ENTERPRISES, out: workbook, seed: 'faults-ci' });
  expected = expectedFromCsvWorkbook(workbook);
  neo = await OwnNeo4j.start({ dataDir: path.join(tmp, 'data'), heap: '512m', pageCache: '64m' });
});

afterAll(async () => {
  await neo?.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

async function trial(plan: KillPlan) {
  await emptyGraph(neo.driver);
  assert.equal(classify(await countGraph(neo.runner), expected), 'none');

  const killed = await importAndKill(neo, workbook, plan);
  const restartMs = await neo.restart();
  const { value: afterKill, ms: readyMs } = await waitFor(() => countGraph(neo.runner), 60_000);
  const outcome = classify(afterKill, expected);
  assert.notEqual(outcome, 'partial', `killed ${killed.phase}: a part of the workbook was written: ${JSON.stringify(afterKill)}`);

  const again = await importWorkbook(neo.runner, workbook);
  assert.deepEqual(again.errors, []);
  const created = outcome === 'none' ? (table: string) => rows[table]! : () => 0;
  assert.deepEqual(again.counts, Object.fromEntries(Object.entries(rows).map(([table, n]) => [table, { rows: n, created: created(table), updated: 0 }])), `re-import after an outcome of ${outcome}`);
  assert.deepEqual(await countGraph(neo.runner), expected);
  console.log(`[faults-import] ${describePlan(plan)}: killed at ${killed.killMs} ms, ${killed.phase} → ${outcome.toUpperCase()}; restart ${restartMs} ms + ${readyMs} ms to the first answer`);
  return { outcome, phase: killed.phase };
}

describe('import under faults: Neo4j SIGKILLed during a workbook import', { timeout: 600_000 }, () => {
  it('knows the totals of the workbook', () => {
    assert.equal(expected.labels.Enterprise, ENTERPRISES);
    assert.equal(expected.types.SUPPLIES, rows.supplies);
  });

  it('killed while batches are written: nothing is left, the re-import writes everything', async () => {
    const { outcome, phase } = await trial({ kind: 'rows', fraction: 0.3 + Math.random() * 0.5 });
    assert.match(phase, /^writing/);
    assert.equal(outcome, 'none');
  });

  it('killed while the transaction commits: all or nothing is left, the re-import completes it', async () => {
    const { outcome, phase } = await trial({ kind: 'commit', afterMs: Math.floor(Math.random() * 200) });
    assert.match(phase, /^(committing|finished)/);
    assert.ok(outcome === 'all' || outcome === 'none');
  });
});
