import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { badInput } from '../errors.js';
import type { Cell } from './cells.js';
import type { TableState, WorkbookCollector } from './collector.js';

export type WorkbookSource = string | { filename: string; data: Buffer };

type Format = 'folder' | 'xlsx' | 'json' | 'csv';

function formatOf(name: string): Format | null {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.json') return 'json';
  if (ext === '.csv') return 'csv';
  return null;
}

/** The name the workbook goes by in messages about the whole of it. */
export function sourceName(source: WorkbookSource): string {
  return typeof source === 'string' ? path.basename(path.resolve(source)) : source.filename;
}

/**
 * Reads a workbook — a folder of CSV files, one XLSX, one JSON, or a single `<table>.csv` — into
 * the collector. A path that does not exist or a file type it cannot read is a usage error
 * (thrown); a file that cannot be parsed is a problem reported on the workbook.
 */
export async function readWorkbook(source: WorkbookSource, collector: WorkbookCollector): Promise<void> {
  if (typeof source === 'string') {
    const info = await stat(source).catch(() => null);
    if (!info) throw badInput(`no such file or folder: ${source}`);
    if (info.isDirectory()) return readCsvFolder(source, collector);
    const format = formatOf(source);
    if (format === 'xlsx') return readXlsx(source, sourceName(source), collector);
    if (format === 'json') return readJson(await readFile(source), sourceName(source), collector);
    if (format === 'csv') return readCsvTable(path.basename(source, path.extname(source)), (gb) => fileText(source, gb), collector);
    throw badInput(`cannot import ${source}: expected a folder of CSV files, an .xlsx, a .json or a .csv file`);
  }
  const format = formatOf(source.filename);
  if (format === 'xlsx') return readXlsx(source.data, source.filename, collector);
  if (format === 'json') return readJson(source.data, source.filename, collector);
  if (format === 'csv') {
    const text = decodeBuffer(source.data);
    return readCsvTable(path.basename(source.filename, path.extname(source.filename)), async () => Readable.from([text]), collector);
  }
  throw badInput(`cannot import ${source.filename}: expected an .xlsx, a .json or a .csv file`);
}

async function readCsvFolder(dir: string, collector: WorkbookCollector): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && path.extname(e.name).toLowerCase() === '.csv' && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  if (!entries.length) collector.issues.push({ table: path.basename(path.resolve(dir)), row: null, column: null, message: collector.msg.emptySource });
  for (const name of entries) {
    const file = path.join(dir, name);
    await readCsvTable(path.basename(name, path.extname(name)), (gb) => fileText(file, gb), collector);
  }
}

class NotUtf8Error extends Error {}

/** Decodes a stream as UTF-8 and fails on the first byte sequence that is not UTF-8. */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  constructor() {
    super({ decodeStrings: true, readableObjectMode: false });
    this.setEncoding('utf8');
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      done(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      done(new NotUtf8Error('not UTF-8'));
    }
  }
  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(new NotUtf8Error('not UTF-8'));
    }
  }
}

/** Whether the start of a file is UTF-8 (a sequence cut at the end of the sample is fine). */
function startsAsUtf8(sample: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

async function sampleOf(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

type TextStream = { stream: Readable; utf8: boolean };

/** Opens a text file as UTF-8 (BOM dropped) when it is UTF-8, else as GB18030 (which covers GBK). */
async function fileText(file: string, forceGb = false): Promise<TextStream> {
  const utf8 = !forceGb && startsAsUtf8(await sampleOf(file));
  const bytes = createReadStream(file);
  const stream: Readable = utf8 ? bytes.pipe(new StrictUtf8()) : (bytes.pipe(iconv.decodeStream('gb18030')) as unknown as Readable);
  bytes.on('error', (e) => stream.destroy(e));
  return { stream, utf8 };
}

/** Decodes a whole buffer: UTF-8 (BOM dropped) when valid, else GB18030. */
export function decodeBuffer(data: Buffer): string {
  if (isUtf8(data)) return data.toString('utf8').replace(/^\uFEFF/, '');
  return iconv.decode(data, 'gb18030');
}

async function readCsvTable(name: string, open: (forceGb?: boolean) => Promise<TextStream | Readable>, collector: WorkbookCollector): Promise<void> {
  const state = collector.beginTable(name);
  if (!state) return;
  const first = await open();
  try {
    await parseCsvInto(first instanceof Readable ? first : first.stream, state, collector);
  } catch (error) {
    // The sample looked like UTF-8 but a later byte was not: read the file again as GB18030.
    if (!(error instanceof NotUtf8Error)) throw error;
    collector.restartTable(state);
    const again = await open(true);
    await parseCsvInto(again instanceof Readable ? again : again.stream, state, collector);
  }
}

async function parseCsvInto(text: Readable, state: TableState, collector: WorkbookCollector): Promise<void> {
  const parser = parseCsv({ relax_column_count: true, skip_empty_lines: false, bom: true });
  text.on('error', (e) => parser.destroy(e));
  text.pipe(parser);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      if (row === 1) collector.header(state, record);
      else collector.row(state, row, record);
    }
  } catch (error) {
    if (error instanceof NotUtf8Error) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    // csv-parse counts the records it completed; the broken one is the next.
    const records = (error as { records?: number }).records;
    state.issues.push({ table: state.spec.name, row: (typeof records === 'number' ? Math.max(records, row) : row) + 1, column: null, message: collector.msg.csvSyntax(detail) });
  }
  if (row === 0) state.headed = true;
}

/** An XLSX cell value as a plain cell: rich text joined, formulas by their result, links by text. */
function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('result' in v) return xlsxCell(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

/**
 * XLSX files up to this size are read whole. exceljs's streaming reader needs workbook.xml and
 * styles.xml to come before the worksheets in the zip, as Excel writes them; exceljs itself (and so
 * our own export) writes them after, which the streaming reader cannot read. Larger files are
 * streamed, which is right for the big workbooks Excel produces.
 */
const XLSX_STREAM_ABOVE = 20 * 1024 * 1024;

async function readXlsx(input: string | Buffer, name: string, collector: WorkbookCollector): Promise<void> {
  let sheets = 0;
  try {
    const size = typeof input === 'string' ? (await stat(input)).size : input.length;
    if (size > XLSX_STREAM_ABOVE) {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(typeof input === 'string' ? createReadStream(input) : Readable.from([input]), {
        worksheets: 'emit',
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        entries: 'ignore',
      });
      for await (const sheet of reader) {
        sheets += 1;
        const sheetName = (sheet as unknown as { name?: string }).name ?? `Sheet${sheets}`;
        const table = new SheetReader(collector, sheetName);
        for await (const row of sheet) table.row(row.number, row.values as unknown[]);
      }
    } else {
      const book = new ExcelJS.Workbook();
      if (typeof input === 'string') await book.xlsx.readFile(input);
      else await book.xlsx.load(input as unknown as ArrayBuffer);
      for (const sheet of book.worksheets) {
        sheets += 1;
        const table = new SheetReader(collector, sheet.name);
        sheet.eachRow((row) => table.row(row.number, row.values as unknown[]));
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    collector.issues.push({ table: name, row: null, column: null, message: `XLSX: ${detail}` });
    return;
  }
  if (!sheets) collector.issues.push({ table: name, row: null, column: null, message: collector.msg.emptySource });
}

/** Feeds one sheet's rows to the collector: the first row with content is the header. */
class SheetReader {
  private readonly state: TableState | null;
  private headed = false;
  constructor(
    private readonly collector: WorkbookCollector,
    sheetName: string,
  ) {
    this.state = collector.beginTable(sheetName);
  }
  row(number: number, values: unknown[]): void {
    if (!this.state) return;
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i += 1) cells.push(xlsxCell(values[i]));
    if (this.headed) {
      this.collector.row(this.state, number, cells);
    } else if (!cells.every((c) => c === null || (typeof c === 'string' && !c.trim()))) {
      this.collector.header(this.state, cells);
      this.headed = true;
    }
  }
}

async function readJson(data: Buffer, name: string, collector: WorkbookCollector): Promise<void> {
  let workbook: unknown;
  try {
    workbook = JSON.parse(decodeBuffer(data));
  } catch (error) {
    collector.issues.push({ table: name, row: null, column: null, message: `JSON: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  if (workbook === null || typeof workbook !== 'object' || Array.isArray(workbook)) {
    collector.issues.push({ table: name, row: null, column: null, message: collector.msg.notAnObject });
    return;
  }
  const entries = Object.entries(workbook as Record<string, unknown>);
  if (!entries.length) collector.issues.push({ table: name, row: null, column: null, message: collector.msg.emptySource });
  for (const [key, rows] of entries) {
    const state = collector.beginTable(key);
    if (!state) continue;
    state.headed = true;
    if (!Array.isArray(rows)) {
      state.issues.push({ table: state.spec.name, row: null, column: null, message: collector.msg.notAnArray(key) });
      continue;
    }
    // Rows are numbered as if the array were a sheet under a header row: the first is row 2.
    rows.forEach((object, index) => collector.rowObject(state, index + 2, object));
  }
}
