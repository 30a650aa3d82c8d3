import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { dumpGraph } from '../../server/export/dump.js';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
const FIXTURES = 'test/fixtures/workbooks';
const CHINESE_COUNTS = {
  regions: { rows: 3, created: 3, updated: 0 },
  chains: { rows: 1, created: 1, updated: 0 },
  segments: { rows: 3, created: 3, updated: 0 },
  enterprises: { rows: 2, created: 2, updated: 0 },
  enterprise_segments: { rows: 2, created: 2, updated: 0 },
  supplies: { rows: 1, created: 1, updated: 0 },
  projects: { rows: 1, created: 1, updated: 0 },
};

type JsonWorkbook = Record<string, Array<Record<string, unknown>>>;

/** The Chinese fixture as an XLSX built the way Excel stores it: numbers, booleans and date cells typed. */
async function chineseXlsx(): Promise<Buffer> {
  const workbook = JSON.parse(readFileSync(path.join(FIXTURES, 'chinese.json'), 'utf8')) as JsonWorkbook;
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(workbook)) {
    const sheet = book.addWorksheet(sheetName);
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    sheet.addRow(headers);
    for (const row of rows) {
      sheet.addRow(
        headers.map((h) => {
          const v = row[h];
          if (Array.isArray(v)) return v.join(';');
          if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
          return v ?? null;
        }),
      );
    }
    sheet.eachRow((r) => r.eachCell((c) => c.value instanceof Date && (c.numFmt = 'yyyy-mm-dd')));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('import: the doors (CSV encodings, XLSX, JSON)', () => {
  let reference: string[] = [];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'import-doors-'));
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await db.close();
  });
  beforeEach(() => db.reset());

  it('reads a UTF-8 folder with BOM, Chinese table names, headers and values', async () => {
    const result = await importWorkbook(db.runner, path.join(FIXTURES, 'utf8-bom'));
    assert.deepEqual(result, { ok: true, dryRun: false, errors: [], counts: CHINESE_COUNTS });
    reference = await dumpGraph(db.runner);
    assert.equal(reference.length, 23);
    const [e] = await db.runner.text<{ e: Record<string, unknown> }>('t', "MATCH (e:Enterprise {id: 'E-XY'}) RETURN properties(e) AS e");
    assert.deepEqual(e!.e, {
      id: 'E-XY',
      name: '青岛芯源集成电路有限公司',
      uscc: '91370211MA3EXK7N25',
      scale: 'LARGE',
      listed: false,
      founded: '2018-05-30',
      tags: ['IDM', '重点项目'],
      namePinyin: 'qingdaoxinyuanjichengdianluyouxiangongsi',
      nameInitials: 'qdxyjcdlyxgs',
    });
    const [p] = await db.runner.text<{ p: Record<string, unknown> }>('t', 'MATCH (p:Project) RETURN properties(p) AS p');
    assert.deepEqual(p!.p, { id: 'PJ-1', name: '十二英寸晶圆二期', stage: 'UNDER_CONSTRUCTION', investmentYi: 150, signedOn: '2022-10-10', plannedProductionOn: '2025-12-31', confidential: false });
  });

  it('reads the same workbook encoded in GB18030 into the same graph', async () => {
    const result = await importWorkbook(db.runner, path.join(FIXTURES, 'gb18030'));
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.counts, CHINESE_COUNTS);
    assert.deepEqual(await dumpGraph(db.runner), reference);
  });

  it('reads the same workbook from a JSON file and from a JSON upload', async () => {
    const file = await importWorkbook(db.runner, path.join(FIXTURES, 'chinese.json'));
    assert.deepEqual(file, { ok: true, dryRun: false, errors: [], counts: CHINESE_COUNTS });
    assert.deepEqual(await dumpGraph(db.runner), reference);
    await db.reset();
    const upload = await importWorkbook(db.runner, { filename: 'chinese.json', data: readFileSync(path.join(FIXTURES, 'chinese.json')) });
    assert.deepEqual(upload.counts, CHINESE_COUNTS);
    assert.deepEqual(await dumpGraph(db.runner), reference);
  });

  it('reads the same workbook from an XLSX with typed cells (dates, numbers, booleans), file or upload', async () => {
    const data = await chineseXlsx();
    const upload = await importWorkbook(db.runner, { filename: 'chinese.xlsx', data });
    assert.deepEqual(upload, { ok: true, dryRun: false, errors: [], counts: CHINESE_COUNTS });
    assert.deepEqual(await dumpGraph(db.runner), reference);
    await db.reset();
    const file = path.join(tmp, 'chinese.xlsx');
    writeFileSync(file, data);
    const fromFile = await importWorkbook(db.runner, file);
    assert.deepEqual(fromFile.counts, CHINESE_COUNTS);
    assert.deepEqual(await dumpGraph(db.runner), reference);
  });

  it('reports an XLSX USCC stored as a number, and a date cell that is not a date, at their rows', async () => {
    const book = new ExcelJS.Workbook();
    const regions = book.addWorksheet('regions');
    regions.addRow(['code', 'name', 'level']);
    regions.addRow(['CN', '中国', 'COUNTRY']);
    const sheet = book.addWorksheet('企业');
    sheet.addRow(['id', 'name', 'region_code', 'uscc', 'founded']);
    sheet.addRow(['E1', '企业一', 'CN', 913702116356302, new Date(Date.UTC(2019, 4, 3))]);
    sheet.addRow(['E2', '企业二', 'CN', '91370211MA3EXK7N25', 43000]);
    sheet.addRow([1003, '企业三', 'CN', null, new Date(Date.UTC(2001, 0, 31))]);
    sheet.getCell('E2').numFmt = 'yyyy-mm-dd';
    sheet.getCell('E4').numFmt = 'yyyy/m/d';
    const data = Buffer.from(await book.xlsx.writeBuffer());
    const result = await importWorkbook(db.runner, { filename: 'book.xlsx', data }, { lang: 'en' });
    assert.deepEqual(result.errors, [
      { table: 'enterprises', row: 2, column: 'uscc', message: 'Excel stored this USCC as a number and truncated it (913702116356302): format the column as Text and enter the codes again' },
      { table: 'enterprises', row: 3, column: 'founded', message: '"43000" is not a valid date; dates are YYYY-MM-DD, e.g. 2021-06-30' },
    ]);
    sheet.getCell('D2').value = null;
    sheet.getCell('E3').value = null;
    const fixed = await importWorkbook(db.runner, { filename: 'book.xlsx', data: Buffer.from(await book.xlsx.writeBuffer()) });
    assert.deepEqual(fixed.errors, []);
    const rows = await db.runner.text<{ id: string; founded: string | null }>('t', 'MATCH (e:Enterprise) RETURN e.id AS id, e.founded AS founded ORDER BY id');
    assert.deepEqual(rows, [
      { id: '1003', founded: '2001-01-31' },
      { id: 'E1', founded: '2019-05-03' },
      { id: 'E2', founded: null },
    ]);
  });

  it('switches to GB18030 when non-UTF-8 bytes first appear after the first 64 KB', async () => {
    const dir = path.join(tmp, 'late-gbk');
    rmSync(dir, { recursive: true, force: true });
    const lines = ['code,name,level,parent_code', 'CN,China,COUNTRY,'];
    for (let i = 0; lines.join('\n').length < 80_000; i += 1) lines.push(`R${String(i).padStart(5, '0')},Region number ${i},ZONE,CN`);
    lines.push('QDEDZ,青岛经济技术开发区,园区,CN');
    writeFileSync(path.join(tmp, 'regions.csv'), iconv.encode(lines.join('\n'), 'gbk'));
    const result = await importWorkbook(db.runner, path.join(tmp, 'regions.csv'));
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.counts, { regions: { rows: lines.length - 1, created: lines.length - 1, updated: 0 } });
    const [zone] = await db.runner.text<{ name: string }>('t', "MATCH (r:Region {code: 'QDEDZ'}) RETURN r.name AS name");
    assert.deepEqual(zone, { name: '青岛经济技术开发区' });
  });
});
