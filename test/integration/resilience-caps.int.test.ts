import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { capsFixture } from '../fixtures/resilience-caps-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, capsFixture);
});
afterAll(() => stopAll(app, db));

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

const ids = (list: Array<{ id: string }>) => list.map((e) => e.id).join(',');
const p = (from: number, to: number, prefix = 'p') => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(2, '0')}`).join(',');

describe('韧性 lists: caps and pages', () => {
  it('lists a group’s first 20 suppliers by id and counts all of them', async () => {
    const { resilience: r } = await ask<{
      resilience: {
        suppliers: number;
        local: number;
        segments: Array<{ segment: { id: string } | null; suppliers: number; local: number; hhi: number; enterprises: Array<{ id: string }> }>;
        soleChannelCount: number;
        soleChannels: Array<{ enterprise: { id: string }; carriesCount: number; carries: Array<{ id: string }> }>;
      };
    }>(`{ resilience(enterpriseId: "x") {
      suppliers local
      segments { segment { id } suppliers local hhi enterprises { id } }
      soleChannelCount soleChannels { enterprise { id } carriesCount carries { id } }
    } }`);
    assert.deepEqual([r.suppliers, r.local], [77, 5]); // 25 p + 52 q; p01 … p05 in the zone
    assert.deepEqual(
      r.segments.map((g) => `${g.segment?.id ?? '-'} n${g.suppliers} local${g.local} hhi ${g.hhi} listed ${g.enterprises.length}`),
      ['S1 n25 local5 hhi 0.04 listed 20', '- n52 local0 hhi 0.019230769 listed 20'], // 1/25; 1/52 rounded to 9 decimals
    );
    assert.equal(ids(r.segments[0]!.enterprises), p(1, 20));
    assert.equal(ids(r.segments[1]!.enterprises), p(1, 20, 'q'));
    assert.equal(r.soleChannelCount, 53); // p01 and the 52 q's
    assert.equal(r.soleChannels.length, 50);
    assert.equal(ids(r.soleChannels.map((c) => c.enterprise)), `p01,${p(1, 49, 'q')}`);
    assert.deepEqual([r.soleChannels[0]!.carriesCount, ids(r.soleChannels[0]!.carries)], [23, p(1, 20, 'w')]);
    assert.deepEqual([r.soleChannels[1]!.carriesCount, ids(r.soleChannels[1]!.carries)], [1, 'uq01']);
  });

  const SUPPLIERS = `query ($segmentId: ID, $offset: Int, $limit: Int) {
    resilienceSuppliers(enterpriseId: "x", segmentId: $segmentId, offset: $offset, limit: $limit) {
      segment { id } total offset suppliers { enterprise { id } share local foreign }
    }
  }`;
  type SuppliersBody = {
    resilienceSuppliers: { segment: { id: string } | null; total: number; offset: number; suppliers: Array<{ enterprise: { id: string }; share: number | null; local: boolean; foreign: boolean }> };
  };

  it('pages through a group’s suppliers by id, and through the suppliers in no segment', async () => {
    const page = (await ask<SuppliersBody>(SUPPLIERS, { segmentId: 'S1', offset: 20, limit: 10 })).resilienceSuppliers;
    assert.deepEqual([page.segment?.id, page.total, page.offset], ['S1', 25, 20]);
    assert.equal(ids(page.suppliers.map((s) => s.enterprise)), p(21, 25)); // the 5 the answer did not list
    assert.deepEqual(page.suppliers[0], { enterprise: { id: 'p21' }, share: null, local: false, foreign: false }); // in CN, outside the zone
    const first = (await ask<SuppliersBody>(SUPPLIERS, { segmentId: 'S1', offset: 0, limit: 6 })).resilienceSuppliers;
    assert.deepEqual(
      first.suppliers.map((s) => `${s.enterprise.id} ${s.local}`),
      ['p01 true', 'p02 true', 'p03 true', 'p04 true', 'p05 true', 'p06 false'],
    );
    const bare = (await ask<SuppliersBody>(SUPPLIERS, { offset: 50, limit: 50 })).resilienceSuppliers;
    assert.deepEqual([bare.segment, bare.total, ids(bare.suppliers.map((s) => s.enterprise))], [null, 52, 'q51,q52']);
  });

  it('pages through the sole channels by the tier-1 supplier’s id', async () => {
    const { resilienceSoleChannels: page } = await ask<{
      resilienceSoleChannels: { total: number; offset: number; channels: Array<{ enterprise: { id: string }; carriesCount: number; carries: Array<{ id: string }> }> };
    }>(`{ resilienceSoleChannels(enterpriseId: "x", offset: 49, limit: 10) { total offset channels { enterprise { id } carriesCount carries { id } } } }`);
    assert.deepEqual([page.total, page.offset], [53, 49]);
    assert.deepEqual(
      page.channels.map((c) => `${c.enterprise.id} ${c.carriesCount} ${ids(c.carries)}`),
      ['q49 1 uq49', 'q50 1 uq50', 'q51 1 uq51', 'q52 1 uq52'], // the answer's 50th and the three it did not list
    );
  });

  it('refuses a page out of range and an unknown segment', async () => {
    for (const [variables, message] of [
      [{ segmentId: 'S1', limit: 201 }, 'limit must be 1 to 200 (got 201)'],
      [{ segmentId: 'S1', limit: 0 }, 'limit must be 1 to 200 (got 0)'],
      [{ segmentId: 'S1', offset: -1 }, 'offset must be 0 or more (got -1)'],
    ] as const) {
      const body = await app.graphql(SUPPLIERS, variables);
      assert.deepEqual([body.errors?.[0]?.extensions?.code, body.errors?.[0]?.message], ['BAD_USER_INPUT', message]);
    }
    const body = await app.graphql(SUPPLIERS, { segmentId: 'NOPE' });
    assert.deepEqual([body.errors?.[0]?.extensions?.code, body.errors?.[0]?.message], ['NOT_FOUND', 'Segment NOPE not found']);
  });
});
