import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { dumpGraph } from '../../server/export/dump.js';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
const DEMO = 'seed/demo';

describe.skipIf(Boolean(!existsSync(DEMO) && 'seed/demo does not exist yet'))('import: the demo dataset (seed/demo)', () => {
  beforeAll(() => db.reset());
  afterAll(() => db.close());

  it('is accepted whole and imports idempotently', async () => {
    const first = await importWorkbook(db.runner, DEMO);
    assert.deepEqual(first.errors, []);
    for (const [table, c] of Object.entries(first.counts)) assert.equal(c.created, c.rows, table);
    const graph = await dumpGraph(db.runner);
    const second = await importWorkbook(db.runner, DEMO);
    assert.deepEqual(second.errors, []);
    for (const [table, c] of Object.entries(second.counts)) assert.deepEqual([c.created, c.updated], [0, 0], table);
    assert.deepEqual(await dumpGraph(db.runner), graph);
  });
});
