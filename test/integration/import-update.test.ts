import assert from 'node:assert/strict';
import { afterAll, beforeEach, describe, it } from 'vitest';
import { dumpGraph } from '../../server/export/dump.js';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
const BASIC = 'test/fixtures/workbooks/basic';
const json = (workbook: unknown) => ({ filename: 'update.json', data: Buffer.from(JSON.stringify(workbook)) });

async function edges(query: string): Promise<string[]> {
  const rows = await db.runner.text<{ edge: string }>('t', query);
  return rows.map((r) => r.edge).sort();
}

describe('import: a second workbook on top of the first', () => {
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.reset();
    const first = await importWorkbook(db.runner, BASIC);
    assert.equal(first.ok, true);
  });

  it('reports changed rows as updated and replaces edges that moved', async () => {
    const result = await importWorkbook(
      db.runner,
      json({
        regions: [{ code: 'QDEDZ', name: '青岛经济技术开发区', level: 'ZONE', parent_code: '370200' }],
        segments: [{ id: 'D-PANEL', chain_id: 'DISPLAY', name: '显示面板', stage: 'MIDSTREAM', parent_id: 'D-UP', order: 1 }],
        enterprises: [
          { id: 'E-TV', name: '青岛海视电子有限公司', region_code: 'QDEDZ' },
          { id: 'E-BOE', name: '京东方（青岛）显示科技', region_code: 'QDEDZ', scale: 'LARGE', listed: true, founded: '2019-06-18', tags: ['链主', '外资'], name_en: 'BOE Qingdao' },
        ],
        projects: [{ id: 'PJ-POL', name: '偏光片生产基地', region_code: 'QDEDZ', stage: '签约', investment_yi: 12.5, planned_production_on: '2026-06-30' }],
        supplies: [{ supplier_id: 'E-GLASS', customer_id: 'E-BOE', products: '玻璃基板', since: '2021-03-01', evidence: 'CONFIRMED', source: '企业走访' }],
      }),
    );
    assert.deepEqual(result, {
      ok: true,
      dryRun: false,
      errors: [],
      counts: {
        regions: { rows: 1, created: 0, updated: 1 },
        segments: { rows: 1, created: 0, updated: 1 },
        enterprises: { rows: 2, created: 0, updated: 1 },
        supplies: { rows: 1, created: 0, updated: 0 },
        projects: { rows: 1, created: 0, updated: 1 },
      },
    });
    assert.deepEqual(await edges("MATCH (:Region {code: 'QDEDZ'})-[:WITHIN]->(p) RETURN p.code AS edge"), ['370200']);
    assert.deepEqual(await edges("MATCH (p)-[r:HAS_CHILD|HAS_SEGMENT]->(:Segment {id: 'D-PANEL'}) RETURN type(r) + '<' + p.id AS edge"), ['HAS_CHILD<D-UP']);
    const [tv] = await db.runner.text<{ scale: string | null; regions: string[] }>('t', "MATCH (e:Enterprise {id: 'E-TV'}) RETURN e.scale AS scale, [(e)-[:LOCATED_IN]->(r) | r.code] AS regions");
    assert.deepEqual(tv, { scale: null, regions: ['QDEDZ'] });
    assert.deepEqual(await edges("MATCH (:Project {id: 'PJ-POL'})-[r]->(x) WHERE NOT x:StageChange RETURN type(r) + '>' + coalesce(x.id, x.code) AS edge"), ['LOCATED_IN>QDEDZ']);
    // The import moved it from 在谈 to 签约: its stage history says so.
    assert.deepEqual(await edges("MATCH (:Project {id: 'PJ-POL'})-[:STAGE_CHANGED]->(c) RETURN c.from + '>' + c.to + ' ' + c.via AS edge"), ['NEGOTIATING>SIGNED IMPORT']);
    const [project] = await db.runner.text<{ stage: string; confidential: boolean }>('t', "MATCH (p:Project {id: 'PJ-POL'}) RETURN p.stage AS stage, p.confidential AS confidential");
    assert.deepEqual(project, { stage: 'SIGNED', confidential: false });
  });

  it('resolves references to what the database already holds', async () => {
    const result = await importWorkbook(
      db.runner,
      json({
        enterprises: [{ id: 'E-NEW', 企业名称: '青岛新显材料有限公司', 所属地区: '370211' }],
        enterprise_segments: [{ enterprise_id: 'E-NEW', segment_id: 'D-MODULE' }],
        supplies: [{ supplier_id: 'E-NEW', customer_id: 'E-BOE', products: '光学膜' }],
        chain_masters: [{ enterprise_id: 'E-GLASS', chain_id: 'DISPLAY' }],
        enterprise_parks: [{ enterprise_id: 'E-NEW', park_id: 'P-DISPLAY', since: '2024-01-15' }],
        segments: [{ id: 'D-FILM', chain_id: 'DISPLAY', name: '光学膜', stage: 'UPSTREAM', parent_id: 'D-UP' }],
        flows: [{ from_segment_id: 'D-FILM', to_segment_id: 'D-MODULE' }],
        projects: [{ id: 'PJ-FILM', name: '光学膜项目', region_code: 'QDEDZ', stage: 'LEAD', enterprise_id: 'E-NEW', segment_id: 'D-FILM', park_id: 'P-DISPLAY' }],
      }),
    );
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.counts, {
      segments: { rows: 1, created: 1, updated: 0 },
      flows: { rows: 1, created: 1, updated: 0 },
      enterprises: { rows: 1, created: 1, updated: 0 },
      enterprise_segments: { rows: 1, created: 1, updated: 0 },
      chain_masters: { rows: 1, created: 1, updated: 0 },
      supplies: { rows: 1, created: 1, updated: 0 },
      enterprise_parks: { rows: 1, created: 1, updated: 0 },
      projects: { rows: 1, created: 1, updated: 0 },
    });
    assert.deepEqual(await edges("MATCH (e:Enterprise {id: 'E-NEW'})-[r]->(x) RETURN type(r) + '>' + coalesce(x.id, x.code) AS edge"), [
      'IN_SEGMENT>D-MODULE',
      'LOCATED_IN>370211',
      'SETTLED_IN>P-DISPLAY',
      'SUPPLIES>E-BOE',
    ]);
    assert.deepEqual(await edges("MATCH (e:Enterprise)-[:LEADS]->(:Chain {id: 'DISPLAY'}) RETURN e.id AS edge"), ['E-BOE', 'E-GLASS']);
    assert.deepEqual(await edges("MATCH (p)-[:HAS_CHILD]->(:Segment {id: 'D-FILM'}) RETURN p.id AS edge"), ['D-UP']);
  });

  it('rejects references that resolve nowhere, a parent in another chain and a cycle through the database', async () => {
    const before = await dumpGraph(db.runner);
    const result = await importWorkbook(
      db.runner,
      json({
        chains: [{ id: 'AUTO', name: '汽车' }],
        segments: [
          { id: 'D-UP', chain_id: 'DISPLAY', name: '上游材料与设备', stage: 'UPSTREAM', parent_id: 'D-GLASS' },
          { id: 'A-1', chain_id: 'AUTO', name: '车身', stage: 'MIDSTREAM', parent_id: 'D-MID' },
        ],
        supplies: [
          { supplier_id: 'E-NOPE', customer_id: 'E-BOE' },
          { supplier_id: 'E-GLASS', customer_id: 'E-BOE', evidence: '存疑' },
        ],
        projects: [{ id: 'PJ-X', name: '项目', region_code: 'NOWHERE', stage: 'LEAD', park_id: 'P-NONE' }],
      }),
      { lang: 'en' },
    );
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors, [
      { table: 'segments', row: 2, column: 'parent_id', message: 'the segment tree has a cycle: D-UP → D-GLASS → D-UP' },
      { table: 'segments', row: 3, column: 'parent_id', message: 'parent segment D-MID belongs to chain DISPLAY but this segment belongs to AUTO; a parent must be in the same chain' },
      { table: 'supplies', row: 2, column: 'supplier_id', message: 'no enterprise "E-NOPE" in the workbook or the database' },
      { table: 'projects', row: 2, column: 'region_code', message: 'no region "NOWHERE" in the workbook or the database' },
      { table: 'projects', row: 2, column: 'park_id', message: 'no park "P-NONE" in the workbook or the database' },
    ]);
    assert.deepEqual(await dumpGraph(db.runner), before);
  });

  it('a dry run of a changing workbook counts the changes and leaves the graph as it was', async () => {
    const before = await dumpGraph(db.runner);
    const result = await importWorkbook(
      db.runner,
      json({
        chains: [
          { id: 'DISPLAY', name: '新型显示产业链' },
          { id: 'AUTO', name: '汽车' },
        ],
      }),
      { dryRun: true },
    );
    assert.deepEqual(result, { ok: true, dryRun: true, errors: [], counts: { chains: { rows: 2, created: 1, updated: 1 } } });
    assert.deepEqual(await dumpGraph(db.runner), before);
  });
});
