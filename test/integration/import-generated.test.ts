import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { generateWorkbook } from '../../server/cli/generate.js';
import { importWorkbook } from '../../server/import/index.js';
import { TABLE_NAMES } from '../../server/import/tables.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();

/** Every table the generator writes; the element and governance tables stay empty. */
const EXPECTED_ROWS = {
  ...Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])),
  regions: 86,
  chains: 3,
  segments: 78,
  flows: 20,
  enterprises: 2000,
  enterprise_segments: 2776,
  chain_masters: 3,
  supplies: 6074,
  parks: 8,
  enterprise_parks: 312,
  projects: 40,
};

describe('generator: a synthetic workbook of 2,000 enterprises', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'generated-'));
  beforeAll(() => db.reset());
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  it('is deterministic for a seed and imports whole, with every row created', async () => {
    const counts = await generateWorkbook({ enterprises: 2000, out: dir, seed: 's1' });
    assert.deepEqual(counts, EXPECTED_ROWS);
    const first = readFileSync(path.join(dir, 'supplies.csv'), 'utf8');
    await generateWorkbook({ enterprises: 2000, out: dir, seed: 's1' });
    assert.equal(readFileSync(path.join(dir, 'supplies.csv'), 'utf8'), first);

    const result = await importWorkbook(db.runner, dir);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.counts, Object.fromEntries(Object.entries(EXPECTED_ROWS).map(([t, rows]) => [t, { rows, created: rows, updated: 0 }])));
    const labels = await db.runner.text<{ label: string; n: number }>(
      't',
      'MATCH (n) WHERE NOT n:DataVersion AND NOT n:LocalCount AND NOT n:LocalCountState RETURN head(labels(n)) AS label, count(*) AS n ORDER BY label',
    );
    assert.deepEqual(labels, [
      { label: 'Chain', n: 3 },
      { label: 'Enterprise', n: 2000 },
      { label: 'Park', n: 8 },
      { label: 'Project', n: 40 },
      { label: 'Region', n: 86 },
      { label: 'Segment', n: 78 },
    ]);
  });

  it('gives customers a heavy-tailed number of suppliers', async () => {
    const [top] = await db.runner.text<{ max: number; median: number }>(
      't',
      `MATCH (c:Enterprise) WITH c, COUNT { (:Enterprise)-[:SUPPLIES]->(c) } AS suppliers
       RETURN max(suppliers) AS max, percentileDisc(suppliers, 0.5) AS median`,
    );
    assert.ok(top!.max >= 500, `the busiest customer has ${top!.max} suppliers`);
    assert.ok(top!.median <= 2, `the median customer has ${top!.median} suppliers`);
  });
});
