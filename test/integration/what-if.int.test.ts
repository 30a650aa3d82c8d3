import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { getWhatIf, getWhatIfByScan } from '../../server/repositories/benchmark.js';
import { whatIfFixture } from '../fixtures/what-if-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';
import { WHAT_IF_SELECTION, type WhatIfBody } from '../support/what-if.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, whatIfFixture);
});
afterAll(() => stopAll(app, db));

const WHAT_IF = `query ($scope: ID, $remove: [ID!], $add: [ID!], $evidence: EvidenceMode) {
  whatIf(chainId: "k1", scope: $scope, remove: $remove, add: $add, evidence: $evidence) {
    ${WHAT_IF_SELECTION}
  }
}`;
async function whatIf(variables: Record<string, unknown>): Promise<WhatIfBody['whatIf']> {
  const body = await app.graphql<WhatIfBody>(WHAT_IF, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!.whatIf;
}
const changeLine = (c: WhatIfBody['whatIf']['changes'][number]) => `${c.segment.id} ${c.beforeCount}→${c.afterCount} ${c.before}→${c.after}`;
const links = (l: WhatIfBody['whatIf']['brokenBefore']) => l.map((x) => `${x.from.id}→${x.to.id}`);
const rate = (w: WhatIfBody['whatIf']) => {
  const r = w.masterRate!;
  return `${r.master.id} ${r.beforeLocal}/${r.beforeTotal} → ${r.afterLocal}/${r.afterTotal}${r.after === null ? ' (none)' : ''}`;
};

describe('whatIf from the maintained counts (named cases)', () => {
  it('an enterprise in two segments below U leaves U once', async () => {
    const w = await whatIf({ remove: ['d1'] });
    assert.deepEqual(w.changes.map(changeLine), ['U 2→1 WEAK→WEAK', 'U1 1→0 WEAK→MISSING', 'U2 2→1 WEAK→WEAK']); // U 2→0 would count d1 twice
    assert.deepEqual(links(w.brokenBefore), []);
    assert.deepEqual(links(w.brokenAfter), ['U1→M1']); // U1 has nothing local left, M1 still has h1
    assert.equal(rate(w), 'hm 2/16 → 1/15'); // d1 was a local tier-1 supplier of hm
    assert.equal(w.masterRate!.after, 1 / 15);
  });

  it('an added enterprise joins each segment once, by its CONFIRMED placements only in CONFIRMED mode', async () => {
    const all = await whatIf({ add: ['d2'] });
    assert.deepEqual(all.changes.map(changeLine), ['U 2→3 WEAK→STRONG', 'U1 1→2 WEAK→WEAK', 'U2 2→3 WEAK→STRONG']); // d2 in U1 and U2: U +1, not +2
    assert.equal(rate(all), 'hm 2/16 → 3/16'); // d2 supplies hm (INFERRED) and becomes local
    const confirmed = await whatIf({ add: ['d2'], evidence: 'CONFIRMED' });
    assert.deepEqual(confirmed.changes.map(changeLine), ['U 1→2 WEAK→WEAK', 'U1 1→2 WEAK→WEAK']); // d2 → U2 is INFERRED; h2 is in no segment here
    assert.equal(rate(confirmed), 'hm 2/14 → 2/14'); // d2 → hm and z1 → hm are INFERRED: no supply
  });

  it('adding enterprises that are already local changes nothing', async () => {
    const w = await whatIf({ add: ['d1', 'h1'] });
    assert.deepEqual(w.changes, []);
    assert.equal(rate(w), 'hm 2/16 → 2/16'); // d1 already counts as local supply
  });

  it('removing an enterprise that is not local changes no count, but takes its supply away', async () => {
    const w = await whatIf({ remove: ['a1'] });
    assert.deepEqual(w.changes, []);
    assert.equal(rate(w), 'hm 2/16 → 2/15');
  });

  it('removing the 链主 empties its segment and leaves no rate after', async () => {
    const w = await whatIf({ remove: ['hm'] });
    assert.deepEqual(w.changes.map(changeLine), ['D 1→0 WEAK→MISSING']);
    assert.deepEqual(links(w.brokenAfter), []); // M1 → D needs local(D) > 0
    assert.deepEqual(w.masterRate, { master: { id: 'hm' }, before: 2 / 16, after: null, beforeLocal: 2, beforeTotal: 16, afterLocal: 0, afterTotal: 0 });
  });

  it('removing a local tier-1 supplier in another scope lowers that scope’s local 链主', async () => {
    const w = await whatIf({ scope: '340000', remove: ['a4'] });
    assert.deepEqual(w.changes.map(changeLine), ['M 1→0 WEAK→MISSING', 'M1 1→0 WEAK→MISSING']); // a4 was 安徽's only M1 enterprise
    assert.equal(rate(w), 'hm2 1/2 → 0/1'); // hm2 is local to 安徽 (hm is not): a4 local, b1 in 成都
  });
});

describe('whatIf from the maintained counts equals a full recomputation', () => {
  const pool = ['hm', 'hm2', 'h1', 'h2', 'd1', 'd2', 'a1', 'a4', 'b3', 't1'];
  const scenarios: Array<{ remove: string[]; add: string[] }> = [{ remove: [], add: [] }];
  for (const x of pool) scenarios.push({ remove: [x], add: [] }, { remove: [], add: [x] });
  for (let i = 0; i < pool.length; i += 1)
    for (let j = 0; j < pool.length; j += 1) {
      if (i === j) continue;
      if (i < j) scenarios.push({ remove: [pool[i]!, pool[j]!], add: [] }, { remove: [], add: [pool[i]!, pool[j]!] });
      scenarios.push({ remove: [pool[i]!], add: [pool[j]!] });
    }
  scenarios.push({ remove: ['d1', 'h1', 'h2', 'hm'], add: ['d2', 'a1', 'a4', 'b3'] });

  for (const evidence of ['ALL', 'CONFIRMED'] as const)
    for (const scope of ['QDEDZ', '370200', '340000'])
      it(`${scenarios.length} removals and additions, ${evidence}, scope ${scope}`, async () => {
        let changed = 0;
        for (const { remove, add } of scenarios) {
          const args = { chainId: 'k1', scope, remove, add, strongAt: 3, evidence, includeConfidential: false };
          const [fast, scan] = await Promise.all([getWhatIf(db.runner, args), getWhatIfByScan(db.runner, args)]);
          assert.deepEqual(fast, scan, `remove ${remove.join(',')} add ${add.join(',')}`);
          if (fast.changes.length) changed += 1;
        }
        assert.ok(changed > 10, `only ${changed} scenarios change a count: the comparison would prove little`);
      });
});
