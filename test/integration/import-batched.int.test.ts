import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { generateWorkbook } from '../../server/cli/generate.js';
import { AppError } from '../../server/errors.js';
import { dumpGraph } from '../../server/export/dump.js';
import { importWorkbook, type ImportResult } from '../../server/import/index.js';
import { explainFailure } from '../../server/import/write.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
const BASIC = 'test/fixtures/workbooks/basic';
const json = (workbook: unknown) => ({ filename: 'update.json', data: Buffer.from(JSON.stringify(workbook)) });
const UPDATE = json({
  regions: [{ code: 'QDEDZ', name: '青岛经济技术开发区', level: 'ZONE', parent_code: '370200' }],
  segments: [{ id: 'D-PANEL', chain_id: 'DISPLAY', name: '显示面板', stage: 'MIDSTREAM', parent_id: 'D-UP', order: 1 }],
  enterprises: [
    { id: 'E-TV', name: '青岛海视电子有限公司', region_code: 'QDEDZ' },
    { id: 'E-NEW', name: '青岛新显材料有限公司', region_code: '370211', tags: ['配套'] },
  ],
  enterprise_segments: [
    { enterprise_id: 'E-NEW', segment_id: 'D-MODULE' },
    { enterprise_id: 'E-TV', segment_id: 'D-MODULE', evidence: 'CONFIRMED' },
  ],
  supplies: [
    { supplier_id: 'E-NEW', customer_id: 'E-BOE', products: '光学膜' },
    { supplier_id: 'E-GLASS', customer_id: 'E-BOE', products: '玻璃基板', since: '2021-03-01', evidence: 'CONFIRMED', source: '企业走访' },
  ],
  enterprise_parks: [{ enterprise_id: 'E-NEW', park_id: 'P-DISPLAY', since: '2024-01-15' }],
  projects: [
    { id: 'PJ-POL', name: '偏光片生产基地', region_code: 'QDEDZ', stage: '签约', investment_yi: 12.5, planned_production_on: '2026-06-30' },
    { id: 'PJ-NEW', name: '光学膜项目', region_code: 'QDEDZ', stage: 'LEAD', enterprise_id: 'E-NEW', segment_id: 'D-MODULE', park_id: 'P-DISPLAY' },
  ],
});

/** Nodes per label and relationships per type, for a readable first comparison. */
async function shape(): Promise<Record<string, number>> {
  const rows = await db.runner.text<{ k: string; n: number }>(
    't',
    `MATCH (n) WHERE NOT n:DataVersion RETURN 'node ' + head(labels(n)) AS k, count(*) AS n
     UNION ALL MATCH ()-[r]->() RETURN 'rel ' + type(r) AS k, count(*) AS n`,
  );
  return Object.fromEntries(rows.map((r) => [r.k, r.n]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

/** The import as `mode` on an empty database: its result, the shape and the canonical dump. */
async function importInto(mode: 'atomic' | 'batched', source: string): Promise<{ result: ImportResult; shape: Record<string, number>; dump: string[] }> {
  await db.reset();
  const result = await importWorkbook(db.runner, source, { batched: mode === 'batched' });
  return { result, shape: await shape(), dump: await dumpGraph(db.runner) };
}

describe('import: batched mode', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'batched-'));
  beforeAll(() => generateWorkbook({ enterprises: 2000, out: dir, seed: 'batched' }));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });
  beforeEach(() => db.reset());

  it('writes exactly the graph the atomic import writes, says it was not atomic, and is idempotent', async () => {
    const atomic = await importInto('atomic', dir);
    assert.equal(atomic.result.ok, true);
    assert.equal('atomic' in atomic.result, false);
    const batched = await importInto('batched', dir);
    assert.deepEqual(batched.result.errors, []);
    assert.equal(batched.result.atomic, false);
    assert.deepEqual(batched.result.counts, atomic.result.counts);
    for (const [table, c] of Object.entries(batched.result.counts)) assert.equal(c.created, c.rows, table);
    assert.deepEqual(batched.shape, atomic.shape);
    assert.equal(batched.shape['node Enterprise'], 2000);
    const sample = (dump: string[]) => dump.filter((line) => /E00(0042|1999)\b/.test(line));
    assert.ok(sample(batched.dump).length >= 4);
    assert.deepEqual(sample(batched.dump), sample(atomic.dump));
    assert.deepEqual(batched.dump, atomic.dump);

    const again = await importWorkbook(db.runner, dir, { batched: true });
    for (const [table, c] of Object.entries(again.counts)) assert.deepEqual([c.created, c.updated], [0, 0], table);
    assert.deepEqual(await dumpGraph(db.runner), atomic.dump);
  });

  it('streams large tables through temporary files: the same graph, the same errors, no file left', async () => {
    const spillDirs = () =>
      readdirSync(os.tmpdir())
        .filter((n) => n.startsWith('chainatlas-import-'))
        .sort();
    const before = spillDirs();
    const atomic = await importInto('atomic', dir);
    await db.reset();
    const streamed = await importWorkbook(db.runner, dir, { spillRows: 100 });
    assert.deepEqual(streamed.errors, []);
    assert.deepEqual(streamed.counts, atomic.result.counts);
    assert.deepEqual(await dumpGraph(db.runner), atomic.dump);
    const batched = await importWorkbook(db.runner, dir, { spillRows: 100, batched: true });
    for (const [table, c] of Object.entries(batched.counts)) assert.deepEqual([c.created, c.updated], [0, 0], table);

    // A bad row far into a spilled table is reported at its spreadsheet row, and nothing is written.
    await db.reset();
    const bad = mkdtempSync(path.join(os.tmpdir(), 'batched-bad-'));
    try {
      for (const name of readdirSync(dir)) if (name.endsWith('.csv')) copyFileSync(path.join(dir, name), path.join(bad, name));
      const supplies = readFileSync(path.join(bad, 'supplies.csv'), 'utf8').split('\n');
      const header = supplies[0]!.split(',');
      const cells = supplies[1500]!.split(',');
      cells[header.indexOf('customer_id')] = 'E-NOWHERE';
      supplies[1500] = cells.join(',');
      writeFileSync(path.join(bad, 'supplies.csv'), supplies.join('\n'));
      const rejected = await importWorkbook(db.runner, bad, { spillRows: 100, lang: 'en' });
      assert.equal(rejected.ok, false);
      assert.deepEqual(
        rejected.errors.map((e) => [e.table, e.row, e.column]),
        [['supplies', 1501, 'customer_id']],
      );
      assert.match(rejected.errors[0]!.message, /E-NOWHERE/);
      assert.deepEqual(await shape(), {});
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
    assert.deepEqual(spillDirs(), before);
  });

  it('completes an import that stopped half-way when it is run again', async () => {
    const atomic = await importInto('atomic', dir);
    await db.reset();
    await assert.rejects(
      importWorkbook(db.runner, dir, {
        batched: true,
        onProgress: (_done, _total, table) => {
          if (table === 'enterprise_segments') throw new Error('stopped');
        },
      }),
      /stopped/,
    );
    const partial = await shape();
    assert.equal(partial['node Enterprise'], 2000);
    assert.equal(partial['rel SUPPLIES'], undefined);
    const rerun = await importWorkbook(db.runner, dir, { batched: true });
    assert.deepEqual(rerun.errors, []);
    assert.deepEqual(rerun.counts.enterprises, { rows: 2000, created: 0, updated: 0 });
    assert.equal(rerun.counts.supplies!.created, rerun.counts.supplies!.rows);
    assert.deepEqual(await dumpGraph(db.runner), atomic.dump);
  });

  it('updates an existing graph exactly as the atomic import does', async () => {
    const results: Record<string, { result: ImportResult; dump: string[] }> = {};
    for (const mode of ['atomic', 'batched'] as const) {
      await db.reset();
      assert.equal((await importWorkbook(db.runner, BASIC)).ok, true);
      const result = await importWorkbook(db.runner, UPDATE, { batched: mode === 'batched' });
      results[mode] = { result, dump: await dumpGraph(db.runner) };
    }
    const { atomic, batched } = results as Record<'atomic' | 'batched', { result: ImportResult; dump: string[] }>;
    assert.deepEqual(atomic.result.counts, {
      regions: { rows: 1, created: 0, updated: 1 },
      segments: { rows: 1, created: 0, updated: 1 },
      enterprises: { rows: 2, created: 1, updated: 1 },
      enterprise_segments: { rows: 2, created: 2, updated: 0 },
      supplies: { rows: 2, created: 1, updated: 0 },
      enterprise_parks: { rows: 1, created: 1, updated: 0 },
      projects: { rows: 2, created: 1, updated: 1 },
    });
    assert.deepEqual(batched.result.counts, atomic.result.counts);
    assert.deepEqual(batched.dump, atomic.dump);
  });

  it('a batched dry run is one rolled-back transaction: exact counts, nothing written', async () => {
    const result = await importWorkbook(db.runner, dir, { batched: true, dryRun: true });
    assert.equal(result.ok, true);
    assert.equal('atomic' in result, false);
    assert.equal(result.counts.supplies!.created, result.counts.supplies!.rows);
    assert.deepEqual(await shape(), {});
  });

  it('an atomic import that outgrows one transaction says to use --batched, and writes nothing', async () => {
    // A 1 ms transaction timeout stands in for a transaction too large to finish: it must fail whole.
    await assert.rejects(importWorkbook(db.runner, dir, { timeoutMs: 1 }), (error: AppError) => {
      assert.equal(error.code, 'TIMEOUT');
      assert.match(error.message, /--batched/);
      return true;
    });
    assert.deepEqual(await shape(), {});
    const memory = new AppError('INTERNAL_SERVER_ERROR', 'Internal server error', { neo4jCode: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', query: 'import/merge-supplies' });
    const explained = explainFailure(memory, 557_000, { dryRun: false, lang: 'en' }) as AppError;
    assert.equal(explained.code, 'BAD_USER_INPUT');
    assert.match(explained.message, /557000 rows.*nothing was written.*--batched.*NEO4J_HEAP/);
    const zh = explainFailure(memory, 557_000, { dryRun: false, lang: 'zh' }) as AppError;
    assert.match(zh.message, /--batched/);
    assert.equal(explainFailure(memory, 1, { dryRun: false, batched: true }), memory);
  });
});
