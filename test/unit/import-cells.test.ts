import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { convertCell, neutralise, unneutralise } from '../../server/import/cells.js';
import { WorkbookCollector } from '../../server/import/collector.js';
import { messages } from '../../server/import/messages.js';
import { nameKeys } from '../../server/import/pinyin.js';
import { readWorkbook } from '../../server/import/read.js';
import { normalizeHeader, resolveColumn, resolveEnum, resolveTableName, tableSpec } from '../../server/import/tables.js';

const en = messages('en');
const column = (table: Parameters<typeof tableSpec>[0], name: string) => tableSpec(table).columns.find((c) => c.name === name)!;

describe('import: names, aliases and enum values', () => {
  it('normalises headers: case, camelCase, spaces, hyphens, full-width brackets, a required marker', () => {
    assert.equal(normalizeHeader(' Chain ID '), 'chain_id');
    assert.equal(normalizeHeader('chainId'), 'chain_id');
    assert.equal(normalizeHeader('parent-code*'), 'parent_code');
    assert.equal(normalizeHeader('\uFEFFid'), 'id');
    assert.equal(normalizeHeader('投资额（亿元）'), '投资额(亿元)');
  });

  it('resolves Chinese table and column names', () => {
    assert.equal(resolveTableName('企业'), 'enterprises');
    assert.equal(resolveTableName('Enterprise_Segments'), 'enterprise_segments');
    assert.equal(resolveTableName('widgets'), null);
    assert.equal(resolveColumn('enterprises', '企业名称')?.name, 'name');
    assert.equal(resolveColumn('enterprises', '代码')?.name, 'uscc');
    assert.equal(resolveColumn('regions', '代码')?.name, 'code');
    assert.equal(resolveColumn('regions', '上级代码')?.name, 'parent_code');
    assert.equal(resolveColumn('segments', '环节')?.name, 'name');
    assert.equal(resolveColumn('enterprise_segments', '环节')?.name, 'segment_id');
    assert.equal(resolveColumn('segments', '环节阶段')?.name, 'stage');
    assert.equal(resolveColumn('projects', '投资额（亿元）')?.name, 'investment_yi');
    assert.equal(resolveColumn('enterprises', 'colour'), null);
  });

  it('resolves enum values in English (any case) and Chinese', () => {
    assert.equal(resolveEnum('stage', '上游'), 'UPSTREAM');
    assert.equal(resolveEnum('stage', 'midstream'), 'MIDSTREAM');
    assert.equal(resolveEnum('projectStage', 'under construction'), 'UNDER_CONSTRUCTION');
    assert.equal(resolveEnum('projectStage', '在建'), 'UNDER_CONSTRUCTION');
    assert.equal(resolveEnum('projectStage', '线索'), 'LEAD');
    assert.equal(resolveEnum('projectStage', '拿地'), 'LAND_ACQUIRED');
    assert.equal(resolveEnum('evidence', '存疑'), 'UNCERTAIN');
    assert.equal(resolveEnum('level', '区县'), 'DISTRICT');
    assert.equal(resolveEnum('level', '园区'), 'ZONE');
    assert.equal(resolveEnum('scale', '微型'), 'MICRO');
    assert.equal(resolveEnum('scale', 'huge'), null);
  });
});

describe('import: cell conversion', () => {
  const convert = (table: Parameters<typeof tableSpec>[0], name: string, cell: Parameters<typeof convertCell>[1], spreadsheet = true) => convertCell(column(table, name), cell, en, spreadsheet);

  it('treats empty and blank cells as absent', () => {
    assert.equal(convert('enterprises', 'name', '   '), null);
    assert.equal(convert('enterprises', 'name', null), null);
    assert.deepEqual(convert('enterprises', 'name', '  京东方 '), { value: '京东方' });
  });

  it('reads booleans, dates, whole numbers, non-negative numbers and lists', () => {
    assert.deepEqual(convert('enterprises', 'listed', '是'), { value: true });
    assert.deepEqual(convert('enterprises', 'listed', 'No'), { value: false });
    assert.deepEqual(convert('enterprises', 'listed', true), { value: true });
    assert.deepEqual(convert('enterprises', 'founded', '2024-02-29'), { value: '2024-02-29' });
    assert.deepEqual(convert('enterprises', 'founded', '2023-02-29'), { problem: en.badDate('2023-02-29') });
    assert.deepEqual(convert('enterprises', 'founded', new Date(Date.UTC(2020, 11, 31))), { value: '2020-12-31' });
    assert.deepEqual(convert('segments', 'order', '-2'), { value: -2 });
    assert.deepEqual(convert('segments', 'order', '1.5'), { problem: en.badInt('1.5') });
    assert.deepEqual(convert('projects', 'investment_yi', '0.75'), { value: 0.75 });
    assert.deepEqual(convert('projects', 'investment_yi', 3), { value: 3 });
    assert.deepEqual(convert('projects', 'investment_yi', '-1'), { problem: en.negative('-1') });
    assert.deepEqual(convert('projects', 'investment_yi', '1e2'), { value: 100 });
    assert.deepEqual(convert('enterprises', 'tags', ' 链主; 外资 ；链主;; '), { value: ['链主', '外资'] });
    assert.deepEqual(convert('enterprises', 'tags', ['a', 'b'], false), { value: ['a', 'b'] });
  });

  it('upper-cases a valid USCC and traps numbers', () => {
    assert.deepEqual(convert('enterprises', 'uscc', '91110108551385082q'), { value: '91110108551385082Q' });
    assert.deepEqual(convert('enterprises', 'uscc', 913702116356302), { problem: en.usccAsNumber('913702116356302') });
  });

  it('takes off exactly the one quote the exporter put before a formula-like text', () => {
    for (const value of ['=SUM(A1)', '+86 532', '-', '@home', "'=x", "''+y", "'plain", 'plain', '']) {
      assert.equal(unneutralise(neutralise(value)), value, value);
    }
    assert.equal(neutralise('=1+1'), "'=1+1");
    assert.equal(neutralise("'=1"), "''=1");
    assert.equal(neutralise("'abc"), "'abc");
    assert.deepEqual(convert('enterprises', 'name', '\'=HYPERLINK("x")'), { value: '=HYPERLINK("x")' });
    assert.deepEqual(convert('enterprises', 'name', "'=x", false), { value: "'=x" });
  });
});

describe('import: pinyin search keys', () => {
  it('gives full toneless pinyin and initials, keeping other characters in lower case', () => {
    assert.deepEqual(nameKeys('京东方'), { namePinyin: 'jingdongfang', nameInitials: 'jdf' });
    assert.deepEqual(nameKeys('TCL华星'), { namePinyin: 'tclhuaxing', nameInitials: 'tclhx' });
    assert.deepEqual(nameKeys('重庆 银行'), { namePinyin: 'chongqingyinhang', nameInitials: 'cqyh' });
  });
});

describe('import: reading a CSV upload without the database', () => {
  it('maps headers, numbers rows as a spreadsheet does and skips blank lines', async () => {
    const collector = new WorkbookCollector(en, true);
    const data = Buffer.from('\uFEFF编号,名称,英文名\r\nC1,链一,One\r\n\r\nC2,"链,二",\r\n', 'utf8');
    await readWorkbook({ filename: '产业链.csv', data }, collector);
    assert.deepEqual(collector.allIssues(), []);
    assert.deepEqual(await collector.tables.get('chains')!.rows.toArray(), [
      { row: 2, values: { id: 'C1', name: '链一', name_en: 'One' } },
      { row: 4, values: { id: 'C2', name: '链,二' } },
    ]);
  });
});
