import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, it } from 'vitest';
import ExcelJS from 'exceljs';
import { dumpGraph } from '../../server/export/dump.js';
import { exportGraph } from '../../server/export/index.js';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
const BASIC = 'test/fixtures/workbooks/basic';
const FORMULAS = 'test/fixtures/workbooks/formulas';
/** These workbooks hold no 要素链 rows (import-elements.test.ts round-trips those). */
const NO_GOVERNANCE = { units: 0, officials: 0, chain_chiefs: 0, chain_team: 0, policies: 0, targets: 0, actuals: 0, gap_tasks: 0, milestones: 0 };
const NO_ELEMENTS = { park_themes: 0, parcels: 0, parcel_segments: 0, funds: 0, fund_focus: 0, fund_investments: 0, platforms: 0, platform_segments: 0, enterprise_years: 0 };

describe('export: workbooks that import back into the same graph, and graph files', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'export-'));
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await db.close();
  });
  beforeEach(() => db.reset());

  for (const format of ['xlsx', 'csv'] as const) {
    it(`round-trips the whole graph through ${format}`, async () => {
      assert.equal((await importWorkbook(db.runner, BASIC)).ok, true);
      assert.equal((await importWorkbook(db.runner, FORMULAS)).ok, true);
      const original = await dumpGraph(db.runner);
      const out = path.join(tmp, `whole-${format}${format === 'xlsx' ? '.xlsx' : ''}`);
      const summary = await exportGraph(db.runner, { format, out });
      assert.deepEqual(summary.counts, {
        regions: 7,
        chains: 1,
        segments: 9,
        flows: 4,
        enterprises: 7,
        enterprise_segments: 5,
        chain_masters: 1,
        supplies: 5,
        parks: 1,
        enterprise_parks: 2,
        projects: 3,
        ...NO_ELEMENTS,
        ...NO_GOVERNANCE,
      });
      await db.reset();
      const again = await importWorkbook(db.runner, out);
      assert.deepEqual(again.errors, []);
      assert.deepEqual(await dumpGraph(db.runner), original);
    });
  }

  for (const format of ['xlsx', 'csv'] as const) {
    it(`round-trips the 链长制 and 工作链 tables through ${format}`, async () => {
      const { governanceFixture } = await import('../fixtures/governance-fixture.js');
      assert.deepEqual((await importWorkbook(db.runner, { filename: 'gov.json', data: Buffer.from(JSON.stringify(governanceFixture)) })).errors, []);
      const original = await dumpGraph(db.runner);
      const out = path.join(tmp, `gov-${format}${format === 'xlsx' ? '.xlsx' : ''}`);
      const summary = await exportGraph(db.runner, { format, out });
      assert.deepEqual(
        [
          summary.counts.units,
          summary.counts.officials,
          summary.counts.chain_chiefs,
          summary.counts.chain_team,
          summary.counts.policies,
          summary.counts.targets,
          summary.counts.actuals,
          summary.counts.gap_tasks,
          summary.counts.milestones,
        ],
        [4, 2, 2, 2, 1, 13, 15, 4, 13],
      );
      await db.reset();
      const again = await importWorkbook(db.runner, out);
      assert.deepEqual(again.errors, []);
      assert.deepEqual(await dumpGraph(db.runner), original);
    });
  }

  it('exports one chain with what belongs to it and nothing else', async () => {
    await importWorkbook(db.runner, BASIC);
    await importWorkbook(db.runner, {
      filename: 'other.json',
      data: Buffer.from(
        JSON.stringify({
          chains: [{ id: 'AUTO', name: '汽车' }],
          segments: [{ id: 'A-BODY', chain_id: 'AUTO', name: '车身', stage: 'MIDSTREAM' }],
          enterprises: [{ id: 'E-CAR', name: '青岛整车厂', region_code: '370200' }],
          enterprise_segments: [
            { enterprise_id: 'E-CAR', segment_id: 'A-BODY' },
            { enterprise_id: 'E-TV', segment_id: 'A-BODY' },
          ],
          supplies: [{ supplier_id: 'E-BOE', customer_id: 'E-CAR' }],
        }),
      ),
    });
    const out = path.join(tmp, 'display.xlsx');
    const summary = await exportGraph(db.runner, { format: 'xlsx', chainId: 'DISPLAY', out });
    assert.deepEqual(summary.counts, {
      regions: 7,
      chains: 1,
      segments: 8,
      flows: 4,
      enterprises: 5,
      enterprise_segments: 5,
      chain_masters: 1,
      supplies: 4,
      parks: 1,
      enterprise_parks: 2,
      projects: 3,
      ...NO_ELEMENTS,
      ...NO_GOVERNANCE,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ids = (sheet: string) => {
      const values: string[] = [];
      book.getWorksheet(sheet)!.eachRow((row, n) => n > 1 && values.push(String(row.getCell(1).value)));
      return values;
    };
    assert.deepEqual(ids('chains'), ['DISPLAY']);
    assert.deepEqual(ids('enterprises'), ['E-BOE', 'E-GLASS', 'E-MOD', 'E-POL', 'E-TV']);
    assert.deepEqual(ids('regions'), ['340000', '340100', '370000', '370200', '370211', 'CN', 'QDEDZ']);
    await assert.rejects(exportGraph(db.runner, { format: 'csv', chainId: 'NOPE', out: path.join(tmp, 'nope') }), {
      message: 'chain NOPE not found',
      extensions: { code: 'NOT_FOUND', what: 'chain', id: 'NOPE' },
    });
  });

  it('neutralises formula-like text in CSV and XLSX, keeps numbers numbers, and strips the guard on import', async () => {
    await importWorkbook(db.runner, BASIC);
    await importWorkbook(db.runner, FORMULAS);
    const dir = path.join(tmp, 'formulas-csv');
    await exportGraph(db.runner, { format: 'csv', out: dir });
    const enterprises = readFileSync(path.join(dir, 'enterprises.csv'), 'utf8');
    assert.ok(enterprises.startsWith('\uFEFFid,name,region_code,uscc,scale,listed,founded,tags,name_en,source,as_of\r\n'));
    assert.match(enterprises, /\r\nE-EVIL1,"'=HYPERLINK\(""http:\/\/x""\)\+1",QDEDZ,,,,,'-danger;@x,'@SUM\(A1\),,\r\n/);
    assert.match(enterprises, /\r\nE-EVIL2,'''=quoted already,QDEDZ,,,,,'\+86 532,,,\r\n/);
    const segments = readFileSync(path.join(dir, 'segments.csv'), 'utf8');
    assert.match(segments, /\r\nD-DOWN,DISPLAY,终端应用,DOWNSTREAM,,,3\r\n/);
    assert.match(segments, /\r\nD-NEG,DISPLAY,负序环节,DOWNSTREAM,D-DOWN,,-1\r\n/);
    const supplies = readFileSync(path.join(dir, 'supplies.csv'), 'utf8');
    assert.match(supplies, /\r\nE-EVIL1,E-BOE,'-,,INFERRED,'=cmd\|' \/C calc'!A0,\r\n/); // the last, empty column is share
    const xlsx = path.join(tmp, 'formulas.xlsx');
    await exportGraph(db.runner, { format: 'xlsx', out: xlsx });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('enterprises')!;
    const evil = [2, 3, 4, 5, 6, 7, 8].map((n) => sheet.getRow(n)).find((r) => r.getCell(1).value === 'E-EVIL1')!;
    assert.equal(evil.getCell(2).value, '\'=HYPERLINK("http://x")+1');
    assert.equal(evil.getCell(2).type, ExcelJS.ValueType.String);
    const projects = book.getWorksheet('projects')!;
    assert.equal(projects.getRow(2).getCell(8).value, 30);
    assert.equal(projects.getRow(2).getCell(8).type, ExcelJS.ValueType.Number);
    const [names] = await db.runner.text<{ names: string[] }>('t', "MATCH (e:Enterprise) WHERE e.id STARTS WITH 'E-EVIL' RETURN collect(e.name) AS names");
    assert.deepEqual([...names!.names].sort(), ["''=quoted already", '=HYPERLINK("http://x")+1']);
  });

  it('validates, stores and round-trips the share of a supplier link', async () => {
    const json = (supplies: Array<Record<string, unknown>>) => ({
      filename: 'shares.json',
      data: Buffer.from(
        JSON.stringify({
          regions: [{ code: 'CN', name: '中国', level: 'COUNTRY' }],
          enterprises: [
            { id: 'S-A', name: '甲', region_code: 'CN' },
            { id: 'S-B', name: '乙', region_code: 'CN' },
            { id: 'S-C', name: '丙', region_code: 'CN' },
            { id: 'S-X', name: '客户', region_code: 'CN' },
          ],
          supplies,
        }),
      ),
    });
    // 0 and 1.5 lie outside 0 < share ≤ 1; "half" is not a number: each is a row error, nothing is written.
    const bad = await importWorkbook(
      db.runner,
      json([
        { supplier_id: 'S-A', customer_id: 'S-X', share: 0 },
        { supplier_id: 'S-B', customer_id: 'S-X', share: '1.5' },
        { supplier_id: 'S-C', customer_id: 'S-X', share: 'half' },
      ]),
      { lang: 'en' },
    );
    assert.equal(bad.ok, false);
    assert.deepEqual(
      bad.errors.map((e) => [e.table, e.row, e.column, e.message]),
      [
        ['supplies', 2, 'share', 'share 0 must be greater than 0 and at most 1 (e.g. 0.35)'],
        ['supplies', 3, 'share', 'share 1.5 must be greater than 0 and at most 1 (e.g. 0.35)'],
        ['supplies', 4, 'share', '"half" is not a number'],
      ],
    );
    assert.deepEqual(await db.runner.text('t', 'MATCH (e:Enterprise) RETURN count(e) AS n'), [{ n: 0 }]);
    // 1 is the upper bound itself and is kept; a link without a share stays without one.
    const good = await importWorkbook(
      db.runner,
      json([
        { supplier_id: 'S-A', customer_id: 'S-X', share: 1 },
        { supplier_id: 'S-B', customer_id: 'S-X', share: '0.35' },
        { supplier_id: 'S-C', customer_id: 'S-X' },
      ]),
    );
    assert.deepEqual(good.errors, []);
    const original = await dumpGraph(db.runner);
    const stored = await db.runner.text<{ id: string; share: number | null }>('t', 'MATCH (a)-[r:SUPPLIES]->(:Enterprise {id: "S-X"}) RETURN a.id AS id, r.share AS share ORDER BY id');
    assert.deepEqual(stored, [
      { id: 'S-A', share: 1 },
      { id: 'S-B', share: 0.35 },
      { id: 'S-C', share: null },
    ]);
    for (const format of ['csv', 'xlsx'] as const) {
      const out = path.join(tmp, `shares-${format}${format === 'xlsx' ? '.xlsx' : ''}`);
      await exportGraph(db.runner, { format, out });
      if (format === 'csv')
        assert.match(
          readFileSync(path.join(out, 'supplies.csv'), 'utf8'),
          /^\uFEFFsupplier_id,customer_id,products,since,evidence,source,share\r\nS-A,S-X,,,INFERRED,,1\r\nS-B,S-X,,,INFERRED,,0.35\r\nS-C,S-X,,,INFERRED,,\r\n$/,
        );
      await db.reset();
      assert.deepEqual((await importWorkbook(db.runner, out)).errors, []);
      assert.deepEqual(await dumpGraph(db.runner), original, `${format} round trip`);
    }
  });

  it('writes GraphML that an independent XML reader parses, with typed keys and Chinese names', async () => {
    await importWorkbook(db.runner, BASIC);
    const out = path.join(tmp, 'display.graphml');
    const summary = await exportGraph(db.runner, { format: 'graphml', chainId: 'DISPLAY', out });
    assert.deepEqual(summary.counts, { nodes: 25, edges: 45 });
    const script = `
import sys, xml.etree.ElementTree as ET
ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get('id'): (k.get('attr.name'), k.get('attr.type')) for k in root.findall('g:key', ns)}
graph = root.find('g:graph', ns)
nodes = graph.findall('g:node', ns)
edges = graph.findall('g:edge', ns)
ids = {n.get('id') for n in nodes}
assert all(e.get('source') in ids and e.get('target') in ids for e in edges)
def data(el):
    return {keys[d.get('key')][0]: d.text for d in el.findall('g:data', ns)}
boe = next(n for n in nodes if n.get('id') == 'Enterprise:E-BOE')
print(len(nodes), len(edges), data(boe)['name'], keys['n_investmentYi'][1], keys['n_order'][1], keys['n_listed'][1], data(next(n for n in nodes if n.get('id') == 'Project:PJ-GLASS2'))['investmentYi'])
`;
    const output = execFileSync('python3', ['-c', script, out], { encoding: 'utf8' });
    assert.equal(output, '25 45 京东方（青岛）显示科技 double int boolean 30.0\n');
  });

  it('writes Cytoscape JSON with node and edge data', async () => {
    await importWorkbook(db.runner, BASIC);
    const out = path.join(tmp, 'display.cyjs');
    await exportGraph(db.runner, { format: 'cyjs', chainId: 'DISPLAY', out });
    const json = JSON.parse(readFileSync(out, 'utf8')) as { elements: { nodes: Array<{ data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> } };
    assert.equal(json.elements.nodes.length, 25);
    assert.equal(json.elements.edges.length, 45);
    assert.deepEqual(json.elements.nodes.find((n) => n.data.id === 'Segment:D-GLASS')!.data, {
      id: 'Segment:D-GLASS',
      key: 'D-GLASS',
      label: 'Segment',
      chainId: 'DISPLAY',
      name: '玻璃基板',
      nameEn: 'Glass substrate',
      stage: 'UPSTREAM',
      order: 1,
      namePinyin: 'bolijiban',
      nameInitials: 'bljb',
    });
    assert.deepEqual(json.elements.edges.find((e) => e.data.id === 'SUPPLIES:Enterprise:E-GLASS->Enterprise:E-BOE')!.data, {
      id: 'SUPPLIES:Enterprise:E-GLASS->Enterprise:E-BOE',
      source: 'Enterprise:E-GLASS',
      target: 'Enterprise:E-BOE',
      type: 'SUPPLIES',
      products: '玻璃基板',
      since: '2021-03-01',
      evidence: 'CONFIRMED',
      provenance: '企业走访',
    });
  });
});
