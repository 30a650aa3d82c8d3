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

const SEARCH = `query ($query: String!, $limit: Int) {
  search(query: $query, limit: $limit) {
    kind id name score match chainId
    enterprise { id region { code } } segment { id parentId } chain { id }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  name: string;
  score: number;
  match: string;
  chainId: string | null;
  enterprise: { id: string; region: { code: string } } | null;
  segment: { id: string; parentId: string | null } | null;
  chain: { id: string } | null;
}

async function search(query: string, limit?: number): Promise<Hit[]> {
  const body = await app.graphql<{ search: Hit[] }>(SEARCH, { query, limit });
  assert.deepEqual(body.errors, undefined, query);
  return body.data!.search;
}

/** "KIND id MATCH" per hit, in rank order. */
const lines = (hits: Hit[]) => hits.map((h) => `${h.kind} ${h.id} ${h.match}`);

describe('search', () => {
  it('matches a Chinese phrase as a phrase: 京东方 does not find 东方航空', async () => {
    const hits = await search('京东方');
    // The Qingdao plant contains the phrase (FULL_TEXT) and is the zone's 链主, so it ranks before
    // the group, whose name starts with 京东方 (PREFIX) but which is neither local nor a 链主.
    assert.deepEqual(lines(hits), ['ENTERPRISE boe-qd FULL_TEXT', 'ENTERPRISE boe PREFIX']);
    assert.deepEqual(hits[1]!.enterprise, { id: 'boe', region: { code: '110000' } });
    assert.equal(hits[1]!.chainId, null);
    // 东方 alone is a different question: all three contain it.
    assert.deepEqual((await search('东方')).map((h) => h.id).sort(), ['boe', 'boe-qd', 'ea-air']);
  });

  it('ranks an exact name first and returns the object of its kind', async () => {
    const hits = await search('面板');
    assert.deepEqual(lines(hits), ['SEGMENT d-panel EXACT']);
    assert.equal(hits[0]!.score, 4);
    assert.equal(hits[0]!.chainId, 'display');
    assert.deepEqual(hits[0]!.segment, { id: 'd-panel', parentId: null });
    assert.equal(hits[0]!.enterprise, null);

    const chain = await search('新型显示');
    assert.deepEqual(lines(chain), ['CHAIN display EXACT']);
    assert.deepEqual([chain[0]!.chainId, chain[0]!.chain], ['display', { id: 'display' }]);

    const full = await search('京东方科技集团股份有限公司');
    assert.deepEqual(lines(full), ['ENTERPRISE boe EXACT']);
  });

  it('finds a single Han character by substring, closest in length first', async () => {
    const hits = await search('膜');
    // 青岛光学膜有限公司 is in the home zone, so it comes first; then by closeness: 光学膜 (1 of 3
    // characters), 苏州膜材科技有限公司 (1 of 10).
    assert.deepEqual(lines(hits), ['ENTERPRISE qd-film CONTAINS', 'SEGMENT d-film CONTAINS', 'ENTERPRISE sz-film CONTAINS']);
    assert.deepEqual(
      hits.map((h) => h.score),
      [1.11, 1.33, 1.099],
    );
    assert.deepEqual(lines(await search('膜', 1)), ['ENTERPRISE qd-film CONTAINS']);
  });

  it('matches pinyin and initials anywhere, in any case; the zone’s 链主 first', async () => {
    // 青岛京东方 (boe-qd): initials qdjdf…, pinyin qingdaojingdongfang… contain the query, and it is the
    // zone's 链主, so it ranks before the group, whose initials and pinyin start with it.
    for (const q of ['jdf', 'jingdongfang', 'JingDongFang', 'jing dong fang']) {
      assert.deepEqual(lines(await search(q)), ['ENTERPRISE boe-qd CONTAINS', 'ENTERPRISE boe PREFIX'], q);
    }
    // 光学膜 → guangxuemo / gxm: exact on the initials; 青岛光学膜有限公司 (qdgxmyxgs) contains them.
    assert.deepEqual(lines(await search('gxm')), ['SEGMENT d-film EXACT', 'ENTERPRISE qd-film CONTAINS']);
    // 新型显示 → xxxs.
    assert.deepEqual(lines(await search('xxxs')), ['CHAIN display EXACT']);
    // qd…: the 链主 in the zone (boe-qd), then the other home-zone enterprises (qd-logistics
    // qdwlyxgs 8, qd-film qdgxmyxgs 9: shorter first), then by closeness: 驱动芯片 qdxp (4),
    // 青岛… qd-city (not in the zone), and 深圳…驱动 (sz-driver) containing qd.
    assert.deepEqual(lines(await search('qd')), [
      'ENTERPRISE boe-qd PREFIX',
      'ENTERPRISE qd-logistics PREFIX',
      'ENTERPRISE qd-film PREFIX',
      'SEGMENT d-driver PREFIX',
      'ENTERPRISE qd-city PREFIX',
      'ENTERPRISE sz-driver CONTAINS',
    ]);
  });

  it('searches English names with the full-text index', async () => {
    const hits = await search('BOE');
    assert.deepEqual(hits.map((h) => `${h.id} ${h.match}`).sort(), ['boe FULL_TEXT', 'boe-qd FULL_TEXT']);
    assert.deepEqual(lines(await search('optical film')), ['SEGMENT d-film FULL_TEXT']);
  });

  it('treats query syntax as text', async () => {
    for (const query of ['京东方 (集团)', 'a AND b', '"京东方', 'the', '*', 'boe~', '\\', '!!!']) {
      const body = await app.graphql(SEARCH, { query });
      assert.deepEqual(body.errors, undefined, query);
    }
    assert.deepEqual(await search('京东方 (集团)'), []);
    assert.deepEqual(await search('*'), []);
  });

  it('rejects an empty query and a bad limit', async () => {
    for (const [query, limit] of [
      ['', undefined],
      ['   ', undefined],
      ['京东方', 0],
    ] as const) {
      const body = await app.graphql(SEARCH, { query, limit });
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `${JSON.stringify(query)} ${limit}`);
    }
  });
});

describe('search: caps', () => {
  beforeAll(async () => {
    const result = await importWorkbook(db.runner, workbookSource(capWorkbook(), 'caps.json'));
    assert.deepEqual(result.errors, []);
  });

  it('returns at most 100 hits', async () => {
    const hits = await search('容量测试企业', 1000);
    assert.equal(hits.length, 100);
    // All are PREFIX matches of equal length: id order.
    assert.deepEqual([hits[0]!.id, hits[99]!.id], ['cap-e-001', 'cap-e-100']);
    assert.ok(hits.every((h) => h.match === 'PREFIX'));
  });
});
