import assert from 'node:assert/strict';
import { afterAll, beforeEach, describe, it } from 'vitest';
import { dumpGraph } from '../../server/export/dump.js';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';

const BASIC = 'test/fixtures/workbooks/basic';
const db = testDatabase();

const BASIC_COUNTS = {
  regions: { rows: 7, created: 7, updated: 0 },
  chains: { rows: 1, created: 1, updated: 0 },
  segments: { rows: 8, created: 8, updated: 0 },
  flows: { rows: 4, created: 4, updated: 0 },
  enterprises: { rows: 5, created: 5, updated: 0 },
  enterprise_segments: { rows: 5, created: 5, updated: 0 },
  chain_masters: { rows: 1, created: 1, updated: 0 },
  supplies: { rows: 4, created: 4, updated: 0 },
  parks: { rows: 1, created: 1, updated: 0 },
  enterprise_parks: { rows: 2, created: 2, updated: 0 },
  projects: { rows: 3, created: 3, updated: 0 },
};

function unchanged(counts: Record<string, { rows: number }>) {
  return Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, { rows: c.rows, created: 0, updated: 0 }]));
}

describe('import: the basic workbook (CSV folder)', () => {
  afterAll(() => db.close());
  beforeEach(() => db.reset());

  it('writes every table and reports what it created', async () => {
    const result = await importWorkbook(db.runner, BASIC);
    assert.deepEqual(result, { ok: true, dryRun: false, errors: [], counts: BASIC_COUNTS });
  });

  it('writes the graph the other queries rely on', async () => {
    await importWorkbook(db.runner, BASIC);
    const [boe] = await db.runner.text<{ e: Record<string, unknown> }>('t', "MATCH (e:Enterprise {id: 'E-BOE'}) RETURN properties(e) AS e");
    assert.deepEqual(boe!.e, {
      id: 'E-BOE',
      name: '京东方（青岛）显示科技',
      nameEn: 'BOE Qingdao',
      scale: 'LARGE',
      listed: true,
      founded: '2019-06-18',
      tags: ['链主', '外资'],
      namePinyin: 'jingdongfang（qingdao）xianshikeji',
      nameInitials: 'jdf（qd）xskj',
    });
    const [tv] = await db.runner.text<{ e: Record<string, unknown> }>('t', "MATCH (e:Enterprise {id: 'E-TV'}) RETURN properties(e) AS e");
    assert.deepEqual(tv!.e, { id: 'E-TV', name: '青岛海视电子有限公司', scale: 'LARGE', namePinyin: 'qingdaohaishidianziyouxiangongsi', nameInitials: 'qdhsdzyxgs' });
    const [mod] = await db.runner.text<{ tags: string[]; listed: boolean }>('t', "MATCH (e:Enterprise {id: 'E-MOD'}) RETURN e.tags AS tags, e.listed AS listed");
    assert.deepEqual(mod, { tags: ['专精特新', '配套'], listed: false });

    const tree = await db.runner.text<{ edge: string }>(
      't',
      `MATCH (a)-[r:HAS_SEGMENT|HAS_CHILD|WITHIN|FEEDS]->(b) RETURN type(r) + ' ' + coalesce(a.id, a.code) + '>' + coalesce(b.id, b.code) AS edge ORDER BY edge`,
    );
    assert.deepEqual(
      tree.map((r) => r.edge),
      [
        'FEEDS D-GLASS>D-PANEL',
        'FEEDS D-MODULE>D-TV',
        'FEEDS D-PANEL>D-MODULE',
        'FEEDS D-POL>D-MODULE',
        'HAS_CHILD D-DOWN>D-TV',
        'HAS_CHILD D-MID>D-MODULE',
        'HAS_CHILD D-MID>D-PANEL',
        'HAS_CHILD D-UP>D-GLASS',
        'HAS_CHILD D-UP>D-POL',
        'HAS_SEGMENT DISPLAY>D-DOWN',
        'HAS_SEGMENT DISPLAY>D-MID',
        'HAS_SEGMENT DISPLAY>D-UP',
        'WITHIN 340000>CN',
        'WITHIN 340100>340000',
        'WITHIN 370000>CN',
        'WITHIN 370200>370000',
        'WITHIN 370211>370200',
        'WITHIN QDEDZ>370211',
      ],
    );
    const [segment] = await db.runner.text<{ s: Record<string, unknown> }>('t', "MATCH (s:Segment {id: 'D-GLASS'}) RETURN properties(s) AS s");
    assert.deepEqual(segment!.s, { id: 'D-GLASS', chainId: 'DISPLAY', name: '玻璃基板', nameEn: 'Glass substrate', stage: 'UPSTREAM', order: 1, namePinyin: 'bolijiban', nameInitials: 'bljb' });
    const [chain] = await db.runner.text<{ c: Record<string, unknown> }>('t', 'MATCH (c:Chain) RETURN properties(c) AS c');
    assert.deepEqual(chain!.c, { id: 'DISPLAY', name: '新型显示', nameEn: 'New Display', description: '芯屏产业链：从玻璃基板到终端', namePinyin: 'xinxingxianshi', nameInitials: 'xxxs' });

    const links = await db.runner.text<{ link: string; props: Record<string, unknown> }>(
      't',
      `MATCH (a:Enterprise)-[r:IN_SEGMENT|SUPPLIES|LEADS|SETTLED_IN|LOCATED_IN]->(b)
       RETURN type(r) + ' ' + a.id + '>' + coalesce(b.id, b.code) AS link, properties(r) AS props ORDER BY link`,
    );
    assert.deepEqual(links, [
      { link: 'IN_SEGMENT E-BOE>D-MODULE', props: { role: 'PRODUCER', products: '显示模组', evidence: 'CONFIRMED', source: '企业走访' } },
      { link: 'IN_SEGMENT E-GLASS>D-GLASS', props: { role: 'PRODUCER', products: '玻璃基板', evidence: 'CONFIRMED' } },
      { link: 'IN_SEGMENT E-MOD>D-MODULE', props: { role: 'PRODUCER', products: '背光模组', evidence: 'INFERRED' } },
      { link: 'IN_SEGMENT E-POL>D-POL', props: { role: 'PRODUCER', products: '偏光片', evidence: 'INFERRED', source: '年报' } },
      { link: 'IN_SEGMENT E-TV>D-TV', props: { role: 'PRODUCER', products: '液晶电视', evidence: 'UNCERTAIN' } },
      { link: 'LEADS E-BOE>DISPLAY', props: {} },
      { link: 'LOCATED_IN E-BOE>QDEDZ', props: {} },
      { link: 'LOCATED_IN E-GLASS>QDEDZ', props: {} },
      { link: 'LOCATED_IN E-MOD>QDEDZ', props: {} },
      { link: 'LOCATED_IN E-POL>340100', props: {} },
      { link: 'LOCATED_IN E-TV>370211', props: {} },
      { link: 'SETTLED_IN E-BOE>P-DISPLAY', props: { since: '2020-05-01' } },
      { link: 'SETTLED_IN E-MOD>P-DISPLAY', props: {} },
      { link: 'SUPPLIES E-BOE>E-TV', props: { products: '显示模组', since: '2022-07-15', evidence: 'INFERRED' } },
      { link: 'SUPPLIES E-GLASS>E-BOE', props: { products: '玻璃基板', since: '2021-03-01', evidence: 'CONFIRMED', source: '企业走访' } },
      { link: 'SUPPLIES E-MOD>E-TV', props: { products: '背光模组', evidence: 'INFERRED', source: '行业报告' } },
      { link: 'SUPPLIES E-POL>E-BOE', props: { products: '偏光片', evidence: 'UNCERTAIN' } },
    ]);

    const projects = await db.runner.text<{ p: Record<string, unknown>; floatType: string; edges: string[] }>(
      't',
      `MATCH (p:Project)
       RETURN properties(p) AS p, valueType(p.investmentYi) AS floatType,
              [(p)-[r]->(x) | type(r) + '>' + coalesce(x.id, x.code)] AS edges
       ORDER BY p.id`,
    );
    assert.deepEqual(
      projects.map((r) => ({ ...r, edges: [...r.edges].sort() })),
      [
        {
          p: { id: 'PJ-GLASS2', name: '玻璃基板二期', stage: 'UNDER_CONSTRUCTION', investmentYi: 30, signedOn: '2023-09-01', plannedProductionOn: '2025-12-31', confidential: false },
          floatType: 'FLOAT NOT NULL',
          edges: ['BY>E-GLASS', 'LOCATED_IN>QDEDZ', 'TARGETS>D-GLASS'],
        },
        { p: { id: 'PJ-PANEL', name: '面板线索', stage: 'LEAD', confidential: true }, floatType: 'NULL', edges: ['LOCATED_IN>QDEDZ', 'TARGETS>D-PANEL'] },
        {
          p: { id: 'PJ-POL', name: '偏光片生产基地', stage: 'NEGOTIATING', investmentYi: 12.5, plannedProductionOn: '2026-06-30', confidential: false },
          floatType: 'FLOAT NOT NULL',
          edges: ['BY>E-POL', 'IN_PARK>P-DISPLAY', 'LOCATED_IN>QDEDZ', 'TARGETS>D-POL'],
        },
      ],
    );
    const [park] = await db.runner.text<{ region: string[] }>('t', "MATCH (p:Park {id: 'P-DISPLAY', name: '芯屏产业园'}) RETURN [(p)-[:LOCATED_IN]->(r) | r.code] AS region");
    assert.deepEqual(park, { region: ['QDEDZ'] });
  });

  it('is idempotent: the second import changes nothing and says so', async () => {
    await importWorkbook(db.runner, BASIC);
    const before = await dumpGraph(db.runner);
    const second = await importWorkbook(db.runner, BASIC);
    assert.deepEqual(second, { ok: true, dryRun: false, errors: [], counts: unchanged(BASIC_COUNTS) });
    assert.deepEqual(await dumpGraph(db.runner), before);
  });

  it('a dry run of a valid workbook counts what it would write and writes nothing', async () => {
    const result = await importWorkbook(db.runner, BASIC, { dryRun: true });
    assert.deepEqual(result, { ok: true, dryRun: true, errors: [], counts: BASIC_COUNTS });
    assert.deepEqual(await dumpGraph(db.runner), []);
  });

  it('reports the progress of the write, batch by batch', async () => {
    const calls: Array<[number, number, string]> = [];
    await importWorkbook(db.runner, BASIC, { onProgress: (done, total, table) => calls.push([done, total, table]) });
    assert.deepEqual(calls, [
      [7, 41, 'regions'],
      [8, 41, 'chains'],
      [16, 41, 'segments'],
      [20, 41, 'flows'],
      [25, 41, 'enterprises'],
      [30, 41, 'enterprise_segments'],
      [31, 41, 'chain_masters'],
      [35, 41, 'supplies'],
      [36, 41, 'parks'],
      [38, 41, 'enterprise_parks'],
      [41, 41, 'projects'],
    ]);
  });
});
