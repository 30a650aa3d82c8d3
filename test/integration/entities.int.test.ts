import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { QueryRunner, type Params } from '../../server/db/runner.js';
import { importWorkbook } from '../../server/import/index.js';
import { capWorkbook, gapFixture, workbookSource } from '../fixtures/gap-fixture.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

/** A real query runner that counts the named queries it runs, to prove field batching. */
class CountingRunner extends QueryRunner {
  readonly counts = new Map<string, number>();
  override read<T>(name: string, params?: Params): Promise<T[]> {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return super.read<T>(name, params);
  }
}
const counting = new CountingRunner(db.driver);

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, workbookSource(gapFixture));
  assert.deepEqual(result.errors, []);
  // The app runs on the counting runner: same driver, same database, every query counted.
  app = await startTestApp({ ...db, runner: counting });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);

describe('regions', () => {
  it('lists the top-level regions, and the children of a parent, by code', async () => {
    const body = await app.graphql<{ top: Array<{ code: string; parentCode: string | null }>; cn: Array<{ code: string; parentCode: string }> }>(
      '{ top: regions { code parentCode } cn: regions(parent: "CN") { code parentCode } }',
    );
    assert.deepEqual(body.errors, undefined);
    assert.deepEqual(body.data!.top, [
      { code: 'CN', parentCode: null },
      { code: 'JP', parentCode: null },
    ]);
    assert.deepEqual(
      body.data!.cn.map((r) => r.code),
      ['110000', '310000', '320000', '370000', '440000'],
    );
    assert.ok(body.data!.cn.every((r) => r.parentCode === 'CN'));
  });

  it('answers a region by code, an empty list for a leaf, null and NOT_FOUND for unknown codes', async () => {
    const body = await app.graphql('{ region(code: "QDEDZ-SINO") { code name level parentCode } leaf: regions(parent: "QDEDZ-SINO") { code } none: region(code: "nope") { code } }');
    assert.deepEqual(body, {
      data: { region: { code: 'QDEDZ-SINO', name: '中德生态园', level: 'ZONE', parentCode: 'QDEDZ' }, leaf: [], none: null },
    });
    const missing = await app.graphql('{ regions(parent: "nope") { code } }');
    assert.equal(missing.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });
});

describe('segment', () => {
  it('answers a segment with its tree position, children and flows', async () => {
    const body = await app.graphql(`{
      materials: segment(id: "d-materials") { id chainId name nameEn stage order parentId depth children { id parentId depth } }
      glass: segment(id: "d-glass") { parentId depth children { id } feedsTo { id } fedBy { id } }
      panel: segment(id: "d-panel") { feedsTo { id } fedBy { id } }
      none: segment(id: "nope") { id }
    }`);
    assert.deepEqual(body, {
      data: {
        materials: {
          id: 'd-materials',
          chainId: 'display',
          name: '原材料',
          nameEn: 'Materials',
          stage: 'UPSTREAM',
          order: 1,
          parentId: null,
          depth: 0,
          // Children by `order`: glass (1) before film (2).
          children: [
            { id: 'd-glass', parentId: 'd-materials', depth: 1 },
            { id: 'd-film', parentId: 'd-materials', depth: 1 },
          ],
        },
        glass: { parentId: 'd-materials', depth: 1, children: [], feedsTo: [{ id: 'd-panel' }], fedBy: [] },
        panel: { feedsTo: [{ id: 'd-module' }], fedBy: [{ id: 'd-film' }, { id: 'd-glass' }] },
        none: null,
      },
    });
  });

  it("lists a segment's enterprises, with descendants on request, largest first, capped by limit", async () => {
    const body = await app.graphql<Record<string, Array<{ id: string }>>>(`{
      direct: segment(id: "d-materials") { enterprises { id } }
      all: segment(id: "d-materials") { enterprises(includeDescendants: true) { id } }
      three: segment(id: "d-materials") { enterprises(includeDescendants: true, limit: 3) { id } }
      glass: segment(id: "d-glass") { enterprises { id } }
    }`);
    const data = body.data as unknown as Record<string, { enterprises: Array<{ id: string }> }>;
    // Nobody is IN_SEGMENT the parent itself.
    assert.deepEqual(ids(data.direct!.enterprises), []);
    // LARGE corning, jp-glass; MEDIUM cx-glass, jn-glass; SMALL qd-film; MICRO sz-film; unknown
    // bj-glass, qd-city. corning and jn-glass are in both children and appear once.
    assert.deepEqual(ids(data.all!.enterprises), ['corning', 'jp-glass', 'cx-glass', 'jn-glass', 'qd-film', 'sz-film', 'bj-glass', 'qd-city']);
    assert.deepEqual(ids(data.three!.enterprises), ['corning', 'jp-glass', 'cx-glass']);
    assert.deepEqual(ids(data.glass!.enterprises), ['corning', 'jp-glass', 'cx-glass', 'jn-glass', 'bj-glass', 'qd-city']);
    const bad = await app.graphql('{ segment(id: "d-glass") { enterprises(limit: 0) { id } } }');
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});

describe('enterprise', () => {
  it('answers an enterprise with the shared projection, and null for an unknown id', async () => {
    const body = await app.graphql('{ enterprise(id: "boe-qd") { id name nameEn uscc scale listed founded tags region { code name level parentCode } } none: enterprise(id: "nope") { id } }');
    assert.deepEqual(body, {
      data: {
        enterprise: {
          id: 'boe-qd',
          name: '青岛京东方光电科技有限公司',
          nameEn: 'Qingdao BOE Optoelectronics',
          uscc: null,
          scale: 'LARGE',
          listed: false,
          founded: '2019-03-15',
          tags: ['链主', '模组'],
          region: { code: 'QDEDZ', name: '青岛经济技术开发区', level: 'ZONE', parentCode: '370211' },
        },
        none: null,
      },
    });
  });

  it('answers segments (with role and evidence), suppliers, customers and leads', async () => {
    const body = await app.graphql(`{
      corning: enterprise(id: "corning") {
        segments { segment { id } role products evidence source }
        suppliers { enterprise { id } }
        customers { enterprise { id } products since evidence source }
        leads { id }
      }
      boeQd: enterprise(id: "boe-qd") { leads { id name } customers { enterprise { id } } }
      chip: enterprise(id: "sh-chip") { segments { segment { id } role evidence } suppliers { enterprise { id } } leads { id } }
    }`);
    assert.deepEqual(body, {
      data: {
        corning: {
          // Ordered by chain, then segment id: d-film before d-glass.
          segments: [
            { segment: { id: 'd-film' }, role: 'PRODUCER', products: null, evidence: 'INFERRED', source: null },
            { segment: { id: 'd-glass' }, role: 'PRODUCER', products: '玻璃基板', evidence: 'CONFIRMED', source: '年报' },
          ],
          suppliers: [{ enterprise: { id: 'jp-glass' } }, { enterprise: { id: 'qd-film' } }, { enterprise: { id: 'sz-film' } }],
          customers: [
            { enterprise: { id: 'boe' }, products: null, since: null, evidence: 'INFERRED', source: null },
            { enterprise: { id: 'boe-qd' }, products: '玻璃基板', since: '2020-01-01', evidence: 'CONFIRMED', source: '年报' },
            { enterprise: { id: 'hisense' }, products: null, since: null, evidence: 'INFERRED', source: null },
            { enterprise: { id: 'jp-glass' }, products: null, since: null, evidence: 'INFERRED', source: null },
          ],
          leads: [],
        },
        boeQd: { leads: [{ id: 'display', name: '新型显示' }], customers: [{ enterprise: { id: 'cx-glass' } }] },
        chip: { segments: [{ segment: { id: 'd-driver' }, role: 'RESEARCH', evidence: 'INFERRED' }], suppliers: [], leads: [] },
      },
    });
  });

  it('answers parks and projects, confidential ones only on request', async () => {
    const body = await app.graphql(`{
      boeQd: enterprise(id: "boe-qd") { parks { park { id name region { code } } since } projects { id } }
      boe: enterprise(id: "boe") { projects { id stage investmentYi enterprise { id } segment { id } region { code } park { id name } } }
      bj: enterprise(id: "bj-glass") { projects { id signedOn plannedProductionOn confidential park { id } } }
    }`);
    assert.deepEqual(body, {
      data: {
        boeQd: { parks: [{ park: { id: 'park-chip', name: '芯屏产业园', region: { code: 'QDEDZ' } }, since: '2019-05-01' }], projects: [] },
        boe: {
          projects: [
            {
              id: 'p-boe-line',
              stage: 'IN_PRODUCTION',
              investmentYi: 81,
              enterprise: { id: 'boe' },
              segment: { id: 'd-module' },
              region: { code: 'QDEDZ' },
              park: { id: 'park-chip', name: '芯屏产业园' },
            },
          ],
        },
        bj: { projects: [{ id: 'p-bj-glass', signedOn: '2024-03-01', plannedProductionOn: '2025-12-31', confidential: false, park: { id: 'park-sino' } }] },
      },
    });
  });

  it('batches field resolvers: one query per field for a whole list of enterprises', async () => {
    counting.counts.clear();
    const body = await app.graphql<{ segment: { enterprises: Array<{ id: string; suppliers: unknown[]; customers: unknown[]; segments: unknown[] }> } }>(`{
      segment(id: "d-materials") { enterprises(includeDescendants: true) { id suppliers { enterprise { id } } customers { enterprise { id } } segments { segment { id } } } }
    }`);
    assert.equal(body.data!.segment.enterprises.length, 8);
    assert.equal(counting.counts.get('entities/list-enterprise-suppliers'), 1);
    assert.equal(counting.counts.get('entities/list-enterprise-customers'), 1);
    assert.equal(counting.counts.get('entities/list-enterprise-segments'), 1);
    assert.equal(counting.counts.get('entities/list-segment-enterprises'), 1);
  });
});

describe('entities: caps', () => {
  beforeAll(async () => {
    const result = await importWorkbook(db.runner, workbookSource(capWorkbook(), 'caps.json'));
    assert.deepEqual(result.errors, []);
  });

  it('caps Segment.enterprises at 200', async () => {
    const body = await app.graphql<{ segment: { enterprises: Array<{ id: string }> } }>('{ segment(id: "cap-seg") { enterprises(limit: 1000) { id } } }');
    assert.equal(body.data!.segment.enterprises.length, 200);
    assert.equal(body.data!.segment.enterprises[0]!.id, 'cap-e-001');
  });
});
