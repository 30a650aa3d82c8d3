import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { importWorkbook } from '../../server/import/index.js';
import { capWorkbook, gapFixture, workbookSource } from '../fixtures/gap-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, gapFixture);
});
afterAll(() => stopAll(app, db));

interface Item {
  code: string;
  points: number;
  reason: string;
  reasonEn: string;
}
interface TargetBody {
  targets: Array<{ enterprise: { id: string }; score: number; breakdown: Item[] }>;
}

const TARGETS = `query ($segmentId: ID!, $scope: ID, $limit: Int, $weights: TargetWeightsInput) {
  targets(segmentId: $segmentId, scope: $scope, limit: $limit, weights: $weights) {
    enterprise { id } score breakdown { code points reason reasonEn }
  }
}`;

async function targets(variables: Record<string, unknown>) {
  const body = await app.graphql<TargetBody>(TARGETS, variables);
  assert.deepEqual(body.errors, undefined);
  const list = body.data!.targets;
  for (const t of list) {
    const sum = t.breakdown.reduce((s, i) => s + i.points, 0);
    assert.equal(sum, t.score, `${t.enterprise.id}: the breakdown sums to the score`);
    assert.ok(
      t.breakdown.every((i) => i.points !== 0),
      `${t.enterprise.id}: no zero items`,
    );
  }
  return list;
}

/** "id score: CODE points, CODE points" per target — compact and exact. */
const summary = (list: TargetBody['targets']) => list.map((t) => `${t.enterprise.id} ${t.score}: ${t.breakdown.map((i) => `${i.code} ${i.points}`).join(', ')}`);

describe('targets', () => {
  it('ranks the non-local candidates of a leaf segment in the home scope, every point explained', async () => {
    const list = await targets({ segmentId: 'd-glass' });
    assert.deepEqual(summary(list), [
      // supplies boe-qd (local 链主 of display) 3 + hisense (local, 链主 of chip only) 1 + LARGE 3 +
      // listed 1 + CONFIRMED 1; Suzhou is outside Shandong. Its customers boe and jp-glass are not local.
      'corning 9: SUPPLIES_MASTER 3, SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1',
      // supplies hisense 1 + LARGE 3 + listed 1 + CONFIRMED 1; its LEAD project is not active.
      'jp-glass 6: SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1',
      // supplies qd-film 1 + MEDIUM 2 + in 山东省 1 (历下区 › 济南市 › 山东省); its d-glass link is
      // INFERRED and its CONFIRMED d-film link is not below d-glass.
      'jn-glass 4: SUPPLIES_LOCAL 1, SCALE 2, IN_PROVINCE 1',
      // supplies boe-qd 3 + in 山东省 1; unknown scale 0; its active project is in 济南, not in QDEDZ.
      // Ties with jn-glass at 4: id order.
      'qd-city 4: SUPPLIES_MASTER 3, IN_PROVINCE 1',
    ]);
    // Left out: cx-glass (local, in QDEDZ-SINO within QDEDZ) and bj-glass (SIGNED project in QDEDZ-SINO).
  });

  it('words each reason in Chinese and English', async () => {
    const [corning] = await targets({ segmentId: 'd-glass', limit: 1 });
    assert.deepEqual(corning!.breakdown, [
      { code: 'SUPPLIES_MASTER', points: 3, reason: '供应 青岛京东方光电科技有限公司 (链主) +3', reasonEn: 'supplies Qingdao BOE Optoelectronics (chain master) +3' },
      { code: 'SUPPLIES_LOCAL', points: 1, reason: '供应本地企业 海信视像科技股份有限公司 +1', reasonEn: 'supplies local enterprise 海信视像科技股份有限公司 +1' },
      { code: 'SCALE', points: 3, reason: '规模 大型 +3', reasonEn: 'scale large +3' },
      { code: 'LISTED', points: 1, reason: '上市企业 +1', reasonEn: 'listed +1' },
      { code: 'CONFIRMED', points: 1, reason: '环节归属已确认 +1', reasonEn: 'segment link confirmed +1' },
    ]);
    const [, , jn] = await targets({ segmentId: 'd-glass' });
    assert.deepEqual(
      jn!.breakdown.map((i) => i.reason),
      ['供应本地企业 青岛光学膜有限公司 +1', '规模 中型 +2', '位于山东省 +1'],
    );
  });

  it('counts a parent segment through its children, once per enterprise', async () => {
    const list = await targets({ segmentId: 'd-materials' });
    assert.deepEqual(summary(list), [
      'corning 9: SUPPLIES_MASTER 3, SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1',
      'jp-glass 6: SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1',
      // Its CONFIRMED d-film link is below d-materials: +1 here, not under d-glass.
      'jn-glass 5: SUPPLIES_LOCAL 1, SCALE 2, CONFIRMED 1, IN_PROVINCE 1',
      'qd-city 4: SUPPLIES_MASTER 3, IN_PROVINCE 1',
      // MICRO 0, unlisted, UNCERTAIN, supplies only non-local corning, outside Shandong; its DROPPED
      // project does not exclude it. Score 0 with an empty breakdown.
      'sz-film 0: ',
    ]);
  });

  it('keeps in-production project owners and leaves out NEGOTIATING ones', async () => {
    // boe: supplies boe-qd 3 + LARGE 3 + listed 1; its d-panel link is INFERRED; its project is IN_PRODUCTION.
    assert.deepEqual(summary(await targets({ segmentId: 'd-panel' })), ['boe 7: SUPPLIES_MASTER 3, SCALE 3, LISTED 1']);
    // sz-driver has a NEGOTIATING project in QDEDZ; sh-chip: SMALL 1, customer sz-driver is not local.
    assert.deepEqual(summary(await targets({ segmentId: 'd-driver' })), ['sh-chip 1: SCALE 1']);
    // The only enterprise of d-module is the local 链主.
    assert.deepEqual(await targets({ segmentId: 'd-module' }), []);
  });

  it('scores against another scope and its province', async () => {
    // Scope 济南市: local = jn-glass only; province 山东省.
    assert.deepEqual(summary(await targets({ segmentId: 'd-glass', scope: '370100' })), [
      // boe-qd and hisense are not local to 济南: LARGE 3 + listed 1 + CONFIRMED 1.
      'corning 5: SCALE 3, LISTED 1, CONFIRMED 1',
      'jp-glass 5: SCALE 3, LISTED 1, CONFIRMED 1',
      // In QDEDZ-SINO, four levels below 山东省: MEDIUM 2 + in province 1.
      'cx-glass 3: SCALE 2, IN_PROVINCE 1',
      // Its SIGNED project is in QDEDZ-SINO, outside 济南: a candidate here. CONFIRMED 1.
      'bj-glass 1: CONFIRMED 1',
      // qd-city is left out: its UNDER_CONSTRUCTION project is in 历下区, within 济南.
    ]);
    // Scope 青岛市 (a city): qd-city is local now, bj-glass's project is within it.
    assert.deepEqual(summary(await targets({ segmentId: 'd-glass', scope: '370200' })), [
      'corning 9: SUPPLIES_MASTER 3, SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1',
      'jp-glass 6: SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1',
      'jn-glass 4: SUPPLIES_LOCAL 1, SCALE 2, IN_PROVINCE 1',
    ]);
    // Scope 山东省 (a province is its own province, so no candidate can be in it).
    assert.deepEqual(summary(await targets({ segmentId: 'd-glass', scope: '370000' })), [
      'corning 9: SUPPLIES_MASTER 3, SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1',
      'jp-glass 6: SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1',
    ]);
    // Scope 中国 (a country: no province). Only jp-glass is outside it; it supplies corning and
    // hisense, both local now, neither a 链主 of display.
    assert.deepEqual(summary(await targets({ segmentId: 'd-glass', scope: 'CN' })), ['jp-glass 7: SUPPLIES_LOCAL 1, SUPPLIES_LOCAL 1, SCALE 3, LISTED 1, CONFIRMED 1']);
  });

  it('applies request weights over the defaults and re-ranks', async () => {
    const list = await targets({ segmentId: 'd-glass', weights: { suppliesMaster: 10, listed: 0, inProvince: 0.5 } });
    assert.deepEqual(summary(list), [
      'corning 15: SUPPLIES_MASTER 10, SUPPLIES_LOCAL 1, SCALE 3, CONFIRMED 1',
      'qd-city 10.5: SUPPLIES_MASTER 10, IN_PROVINCE 0.5',
      'jp-glass 5: SUPPLIES_LOCAL 1, SCALE 3, CONFIRMED 1',
      'jn-glass 3.5: SUPPLIES_LOCAL 1, SCALE 2, IN_PROVINCE 0.5',
    ]);
    assert.equal(list[1]!.breakdown[1]!.reason, '位于山东省 +0.5');
  });

  it('applies limit, and rejects bad arguments and unknown ids', async () => {
    assert.deepEqual(
      (await targets({ segmentId: 'd-glass', limit: 2 })).map((t) => t.enterprise.id),
      ['corning', 'jp-glass'],
    );
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ segmentId: 'nope' }, 'NOT_FOUND'],
      [{ segmentId: 'd-glass', scope: 'nope' }, 'NOT_FOUND'],
      [{ segmentId: 'd-glass', limit: 0 }, 'BAD_USER_INPUT'],
    ];
    for (const [variables, code] of cases) {
      const body = await app.graphql(TARGETS, variables);
      assert.equal(body.errors?.[0]?.extensions?.code, code, JSON.stringify(variables));
    }
  });
});

describe('targets: caps', () => {
  beforeAll(async () => {
    const result = await importWorkbook(db.runner, workbookSource(capWorkbook(), 'caps.json'));
    assert.deepEqual(result.errors, []);
  });

  it('returns at most 200 targets', async () => {
    const list = await targets({ segmentId: 'cap-seg', limit: 1000 });
    assert.equal(list.length, 200);
    // All 520 score 0 (unknown scale, unlisted, INFERRED, in JP): id order.
    assert.equal(list[0]!.enterprise.id, 'cap-e-001');
    assert.equal(list[199]!.enterprise.id, 'cap-e-200');
  });
});
