// Bad workbooks, property-based (fast-check): workbooks through the JSON door and as CSV folders
// that mix valid rows, odd but valid values (odd Unicode, formula-looking text, huge text, quotes
// and line breaks, enum and yes/no aliases, typed JSON values, updates of what the database holds)
// with planted problems (missing required cells, bad enums, impossible dates, dangling references,
// duplicate keys, cycles in the segment and region trees, a parent in another chain, bad USCCs,
// wrong types, text over the importer's length limits, self links). Properties (scripts/faults/lib/bad-workbooks.ts, runFuzzCase):
//   - a workbook with a planted problem is rejected and each one is reported at its table, row
//     and column; a workbook without one is accepted;
//   - a rejected workbook writes nothing (fingerprint and counts per label/type unchanged);
//   - every error has a known table, a row ≥ 2 within the table, a column of the table and a message;
//   - an accepted workbook imported again creates 0 and updates 0 and changes nothing;
//   - the importer never throws for a bad workbook.
// FUZZ_RUNS (default 60) and FUZZ_SEED choose the runs; scripts/faults/fuzz-workbooks.ts runs 1,000+.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import fc from 'fast-check';
import { importWorkbook } from '../../server/import/index.js';
import { buildCase, chooserFrom, countGraph, describeCase, jsonSource, runFuzzCase, type FuzzVerdict } from '../support/faults.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'fuzz-workbooks-'));
const RUNS = Number(process.env.FUZZ_RUNS) || 60;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

afterAll(async () => {
  await db.reset();
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('bad workbooks, property-based', { timeout: 900_000 }, () => {
  it(`rejects what is wrong without writing, reports it in place, and re-imports what it accepts idempotently (${RUNS} runs)`, async () => {
    const verdicts: Record<FuzzVerdict, number> = { accepted: 0, rejected: 0, threw: 0 };
    await fc.assert(
      fc.asyncProperty(fc.limitShrink(fc.gen(), 40), async (g) => {
        const fuzz = buildCase(chooserFrom(g, fc));
        const outcome = await runFuzzCase(db.runner, db.reset, fuzz, path.join(scratch, 'csv'));
        verdicts[outcome.verdict] += 1;
        assert.deepEqual(outcome.problems, [], describeCase(fuzz));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    console.log(`[fuzz] ${RUNS} runs: accepted ${verdicts.accepted}, rejected ${verdicts.rejected}, threw ${verdicts.threw} (counts include shrinking runs)`);
    // A generator that only ever produced one kind of workbook would prove little.
    assert.ok(verdicts.accepted > 0 && verdicts.rejected > 0, JSON.stringify(verdicts));
  });

  // Regression (FAULTS.md §3): Enterprise and Segment names feed RANGE indexes (namePinyin) whose
  // keys Neo4j caps at ~8 kB; before the importer limited the length of names, such a name failed
  // the whole write with "Property value is too large to index" (INTERNAL_SERVER_ERROR) instead of
  // a row error. Nothing may be written either way.
  it('reports an over-long enterprise or segment name as a row error, not a database failure', async () => {
    await db.reset();
    const workbook = {
      regions: [{ code: 'CN', name: '中国', level: 'COUNTRY' }],
      chains: [{ id: 'c', name: '链' }],
      segments: [{ id: 's', chain_id: 'c', name: '环'.repeat(3000), stage: 'UPSTREAM' }],
      enterprises: [{ id: 'e', name: 'x'.repeat(9000), region_code: 'CN' }],
    };
    const before = await countGraph(db.runner);
    let result;
    try {
      result = await importWorkbook(db.runner, jsonSource(workbook));
    } finally {
      assert.deepEqual(await countGraph(db.runner), before, 'nothing written either way');
    }
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map((e) => [e.table, e.row, e.column]),
      [
        ['segments', 2, 'name'],
        ['enterprises', 2, 'name'],
      ],
    );
  });
});
