import assert from 'node:assert/strict';
import { afterAll, beforeEach, describe, it } from 'vitest';
import { dumpGraph } from '../../server/export/dump.js';
import { importWorkbook, type ImportIssue } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
const BAD = 'test/fixtures/workbooks/bad';

/** Every problem of the bad workbook, as [table, row, column]. */
const BAD_PLACES: Array<[string, number | null, string | null]> = [
  ['widgets', null, null],
  ['regions', 3, 'level'],
  ['regions', 4, 'name'],
  ['regions', 5, 'parent_code'],
  ['regions', 6, 'parent_code'],
  ['regions', 7, 'code'],
  ['chains', 1, 'colour'],
  ['segments', 3, 'stage'],
  ['segments', 3, 'order'],
  ['segments', 4, 'parent_id'],
  ['segments', 5, 'chain_id'],
  ['segments', 6, 'parent_id'],
  ['segments', 7, 'parent_id'],
  ['segments', 8, 'parent_id'],
  ['segments', 8, 'order'],
  ['flows', 3, 'to_segment_id'],
  ['flows', 4, 'from_segment_id'],
  ['flows', 5, 'to_segment_id'],
  ['enterprises', 3, 'region_code'],
  ['enterprises', 3, 'scale'],
  ['enterprises', 3, 'listed'],
  ['enterprises', 3, 'founded'],
  ['enterprises', 4, 'uscc'],
  ['enterprises', 4, 'founded'],
  ['enterprises', 5, 'uscc'],
  ['enterprises', 6, 'uscc'],
  ['enterprises', 8, 'uscc'],
  ['enterprises', 9, 'uscc'],
  ['enterprises', 10, 'id'],
  ['enterprises', 11, null],
  ['enterprises', 11, 'id'],
  ['enterprise_segments', 3, 'enterprise_id'],
  ['enterprise_segments', 4, 'segment_id'],
  ['enterprise_segments', 4, 'evidence'],
  ['supplies', 2, 'customer_id'],
  ['supplies', 3, 'customer_id'],
  ['supplies', 4, 'since'],
  ['parks', 1, 'region_code'],
  ['projects', 2, 'investment_yi'],
  ['projects', 3, 'stage'],
  ['projects', 3, 'investment_yi'],
  ['projects', 3, 'confidential'],
];

const places = (errors: ImportIssue[]) => errors.map((e) => [e.table, e.row, e.column]);
const find = (errors: ImportIssue[], table: string, row: number | null, column: string | null) => errors.find((e) => e.table === table && e.row === row && e.column === column)?.message;

describe('import: a workbook with problems', () => {
  afterAll(() => db.close());
  beforeEach(() => db.reset());

  it('reports every problem with its table, spreadsheet row and column, and writes nothing', async () => {
    await importWorkbook(db.runner, 'test/fixtures/workbooks/basic');
    const before = await dumpGraph(db.runner);
    assert.equal(before.length, 70);
    const result = await importWorkbook(db.runner, BAD);
    assert.equal(result.ok, false);
    assert.equal(result.dryRun, false);
    assert.deepEqual(places(result.errors), BAD_PLACES);
    assert.deepEqual(result.counts, {
      regions: { rows: 6, created: 0, updated: 0 },
      chains: { rows: 2, created: 0, updated: 0 },
      segments: { rows: 7, created: 0, updated: 0 },
      flows: { rows: 4, created: 0, updated: 0 },
      enterprises: { rows: 9, created: 0, updated: 0 },
      enterprise_segments: { rows: 3, created: 0, updated: 0 },
      supplies: { rows: 3, created: 0, updated: 0 },
      parks: { rows: 1, created: 0, updated: 0 },
      projects: { rows: 2, created: 0, updated: 0 },
    });
    assert.deepEqual(await dumpGraph(db.runner), before);
  });

  it('says what is wrong in Chinese by default', async () => {
    const { errors } = await importWorkbook(db.runner, BAD);
    assert.equal(find(errors, 'enterprises', 4, 'uscc'), '统一社会信用代码“91370211MA3C2H4X4K”的校验码不对：按 GB 32100-2015 计算，第 18 位应为“W”');
    assert.equal(find(errors, 'enterprises', 5, 'uscc'), '统一社会信用代码被 Excel 存成了数字并被截断（9.13702E+17）：请把这一列设为“文本”格式，再重新填写代码');
    assert.equal(find(errors, 'enterprises', 6, 'uscc'), '统一社会信用代码被 Excel 存成了数字并被截断（370211000000）：请把这一列设为“文本”格式，再重新填写代码');
    assert.equal(find(errors, 'segments', 6, 'parent_id'), '环节的上下级形成了循环：S5 → S6 → S5');
    assert.equal(find(errors, 'segments', 8, 'parent_id'), '环节的上下级形成了循环：S7 → S7');
    assert.equal(find(errors, 'segments', 4, 'parent_id'), '上级环节 S1 属于产业链 C1，而这个环节属于 C2；上级环节必须在同一条产业链中');
    assert.equal(find(errors, 'regions', 7, 'code'), '重复：CN 已在第 2 行出现');
    assert.equal(find(errors, 'supplies', 3, 'customer_id'), '找不到企业“E99”：工作簿和数据库中都没有');
    assert.equal(find(errors, 'parks', 1, 'region_code'), '缺少必填列 region_code');
    assert.equal(find(errors, 'chains', 1, 'colour'), '未知的列“colour”；可用的列：id, name, name_en, description');
  });

  it('says it in English with lang en', async () => {
    const { errors } = await importWorkbook(db.runner, BAD, { lang: 'en' });
    assert.deepEqual(places(errors), BAD_PLACES);
    assert.equal(find(errors, 'enterprises', 5, 'uscc'), 'Excel stored this USCC as a number and truncated it (9.13702E+17): format the column as Text and enter the codes again');
    assert.equal(find(errors, 'enterprises', 3, 'founded'), '"2019-02-30" is not a valid date; dates are YYYY-MM-DD, e.g. 2021-06-30');
    assert.equal(find(errors, 'regions', 5, 'parent_code'), 'the region tree has a cycle: R-A → R-B → R-A');
    assert.equal(find(errors, 'enterprises', 11, null), 'this row has 9 cells but the header has 8 columns');
    assert.equal(find(errors, 'supplies', 2, 'customer_id'), 'supplier and customer must be different enterprises');
    assert.equal(find(errors, 'projects', 2, 'investment_yi'), '-3 must not be negative');
    assert.equal(find(errors, 'enterprise_segments', 3, 'enterprise_id'), 'duplicate: E1 → S1 already appears in row 2');
    assert.equal(
      find(errors, 'widgets', null, null),
      'unknown table "widgets"; the tables are: regions, chains, segments, flows, enterprises, enterprise_segments, chain_masters, supplies, parks, enterprise_parks, park_themes, parcels, parcel_segments, units, officials, projects, funds, fund_focus, fund_investments, platforms, platform_segments, enterprise_years, chain_chiefs, chain_team, policies, targets, actuals, gap_tasks, milestones (tables whose name starts with _ are ignored)',
    );
  });

  it('a dry run reports the same problems and writes nothing', async () => {
    const real = await importWorkbook(db.runner, BAD);
    const dry = await importWorkbook(db.runner, BAD, { dryRun: true });
    assert.equal(dry.dryRun, true);
    assert.equal(dry.ok, false);
    assert.deepEqual(dry.errors, real.errors);
    assert.deepEqual(await dumpGraph(db.runner), []);
  });

  it('rejects a path that does not exist and a file type it cannot read', async () => {
    await assert.rejects(importWorkbook(db.runner, 'test/fixtures/workbooks/no-such-folder'), {
      message: 'no such file or folder: test/fixtures/workbooks/no-such-folder',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await assert.rejects(importWorkbook(db.runner, { filename: 'chain.docx', data: Buffer.from('x') }), { message: 'cannot import chain.docx: expected an .xlsx, a .json or a .csv file' });
  });

  it('reports an unreadable upload as a problem of the workbook', async () => {
    const json = await importWorkbook(db.runner, { filename: 'chain.json', data: Buffer.from('{"chains": [') }, { lang: 'en' });
    assert.equal(json.ok, false);
    assert.deepEqual(places(json.errors), [['chain.json', null, null]]);
    const xlsx = await importWorkbook(db.runner, { filename: 'chain.xlsx', data: Buffer.from('not a zip file') }, { lang: 'en' });
    assert.equal(xlsx.ok, false);
    assert.deepEqual(places(xlsx.errors), [['chain.xlsx', null, null]]);
    const empty = await importWorkbook(db.runner, { filename: 'chain.json', data: Buffer.from('{}') }, { lang: 'en' });
    assert.deepEqual(empty.errors, [{ table: 'chain.json', row: null, column: null, message: 'the workbook holds no table' }]);
  });

  it('reports a CSV syntax error at the record where it happens', async () => {
    const data = Buffer.from('id,name\nC1,"链一\nC2,链二\n');
    const result = await importWorkbook(db.runner, { filename: 'chains.csv', data }, { lang: 'en' });
    assert.equal(result.ok, false);
    assert.deepEqual(places(result.errors), [['chains', 2, null]]);
    assert.match(result.errors[0]!.message, /^CSV syntax error: /);
  });
});
