import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { importWorkbook } from '../../server/import/index.js';
import { getChainStatus } from '../../server/repositories/chain-status.js';
import { testDatabase } from '../support/db.js';
import { readCsvTable } from '../support/seed-csv.js';

/**
 * The demo, loaded through the import path, seen from the zone (QDEDZ) at strongAt 3: once with
 * every placement and once with the CONFIRMED placements alone (a copy of the workbook whose
 * enterprise_segments keeps only CONFIRMED rows — what 仅已证实 counts).
 */
const db = testDatabase();
const DEMO = 'seed/demo';
const CHAINS = ['display', 'appliance', 'marine', 'nev', 'materials', 'chemicals'];
/**
 * Chains where public data puts no segment at three CONFIRMED firms registered in the zone; the
 * README (seed/demo/README.md, 仅已证实) names each and says why.
 */
const NO_CONFIRMED_STRONG = ['display', 'chemicals'];

type Summary = { strong: number; weak: number; missing: number };
async function summaries(): Promise<Record<string, Summary>> {
  const out: Record<string, Summary> = {};
  for (const chainId of CHAINS) {
    const s = await getChainStatus(db.runner, { chainId, scope: 'QDEDZ', strongAt: 3, projected: false, includeConfidential: false });
    const count = (status: string) => s.segments.filter((x: { status: string }) => x.status === status).length;
    out[chainId] = { strong: count('STRONG'), weak: count('WEAK'), missing: count('MISSING') };
  }
  return out;
}

function confirmedOnlyCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'demo-confirmed-'));
  cpSync(DEMO, dir, { recursive: true });
  const file = path.join(dir, 'enterprise_segments.csv');
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const rows = readCsvTable(dir, 'enterprise_segments');
  writeFileSync(file, [header, ...lines.filter((_, i) => rows[i]!.evidence === 'CONFIRMED')].join('\n') + '\n');
  return dir;
}

describe('the demo seen from the zone at strongAt 3', () => {
  let all: Record<string, Summary>;
  let confirmed: Record<string, Summary>;
  let copy: string;

  beforeAll(async () => {
    await db.reset();
    const full = await importWorkbook(db.runner, DEMO);
    assert.deepEqual(full.errors, []);
    all = await summaries();
    await db.reset();
    copy = confirmedOnlyCopy();
    const only = await importWorkbook(db.runner, copy);
    assert.deepEqual(only.errors, []);
    confirmed = await summaries();
    console.log(JSON.stringify({ all, confirmed }));
  });
  afterAll(async () => {
    rmSync(copy, { recursive: true, force: true });
    await db.close();
  });

  it('the confirmed-only copy keeps every row but the non-CONFIRMED placements (the copy is what it claims)', () => {
    const rows = readCsvTable(copy, 'enterprise_segments');
    assert.ok(rows.length > 0);
    assert.deepEqual([...new Set(rows.map((r) => r.evidence))], ['CONFIRMED']);
    assert.equal(rows.length, readCsvTable(DEMO, 'enterprise_segments').filter((r) => r.evidence === 'CONFIRMED').length);
  });

  for (const chain of CHAINS) {
    it(`${chain}: at least one STRONG segment on CONFIRMED placements alone${NO_CONFIRMED_STRONG.includes(chain) ? ' — or none, as the README says' : ''}`, () => {
      if (NO_CONFIRMED_STRONG.includes(chain)) {
        assert.equal(confirmed[chain]!.strong, 0, `${chain} now has a confirmed STRONG segment: take it off NO_CONFIRMED_STRONG and the README`);
        assert.match(readFileSync(path.join(DEMO, 'README.md'), 'utf8'), new RegExp(`仅已证实[^\\n]*${chain}`));
      } else {
        assert.ok(confirmed[chain]!.strong >= 1, `${chain}: ${JSON.stringify(confirmed[chain])}`);
      }
      // Dropping placements can only lower a segment's count: never more STRONG than with all evidence.
      assert.ok(confirmed[chain]!.strong <= all[chain]!.strong, chain);
      assert.equal(confirmed[chain]!.strong + confirmed[chain]!.weak + confirmed[chain]!.missing, all[chain]!.strong + all[chain]!.weak + all[chain]!.missing);
    });
  }
});
