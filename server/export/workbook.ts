import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { QueryRunner } from '../db/runner.js';
import { notFound } from '../errors.js';
import { neutralise } from '../../shared/spreadsheet.js';
import { TABLES, TABLE_NAMES, type TableName } from '../import/tables.js';

/** The ids an export covers, per kind; null covers everything (the whole graph). */
export interface ExportScope {
  chains: string[] | null;
  segments: string[] | null;
  enterprises: string[] | null;
  parks: string[] | null;
  projects: string[] | null;
  regions: string[] | null;
  parcels: string[] | null;
  funds: string[] | null;
  platforms: string[] | null;
  units: string[] | null;
  officials: string[] | null;
}

export const WHOLE_GRAPH: ExportScope = {
  chains: null,
  segments: null,
  enterprises: null,
  parks: null,
  projects: null,
  regions: null,
  parcels: null,
  funds: null,
  platforms: null,
  units: null,
  officials: null,
};

/** The scope of one chain (see get-chain-scope.cypher); throws NOT_FOUND for an unknown chain. */
export async function chainScope(runner: QueryRunner, chainId: string): Promise<ExportScope> {
  const [row] = await runner.read<ExportScope>('export/get-chain-scope', { chainId });
  if (!row) throw notFound('chain', chainId);
  return row;
}

export async function scopeOf(runner: QueryRunner, chainId: string | undefined): Promise<ExportScope> {
  return chainId ? chainScope(runner, chainId) : WHOLE_GRAPH;
}

export type WorkbookRow = Record<string, unknown>;
export type WorkbookData = Record<TableName, WorkbookRow[]>;

const LIST_QUERY: Record<TableName, string> = {
  regions: 'export/list-regions',
  chains: 'export/list-chains',
  segments: 'export/list-segments',
  flows: 'export/list-flows',
  enterprises: 'export/list-enterprises',
  enterprise_segments: 'export/list-enterprise-segments',
  chain_masters: 'export/list-chain-masters',
  supplies: 'export/list-supplies',
  parks: 'export/list-parks',
  enterprise_parks: 'export/list-enterprise-parks',
  units: 'export/list-units',
  officials: 'export/list-officials',
  projects: 'export/list-projects',
  park_themes: 'export/list-park-themes',
  parcels: 'export/list-parcels',
  parcel_segments: 'export/list-parcel-segments',
  funds: 'export/list-funds',
  fund_focus: 'export/list-fund-focus',
  fund_investments: 'export/list-fund-investments',
  platforms: 'export/list-platforms',
  platform_segments: 'export/list-platform-segments',
  enterprise_years: 'export/list-enterprise-years',
  chain_chiefs: 'export/list-chain-chiefs',
  chain_team: 'export/list-chain-team',
  policies: 'export/list-policies',
  targets: 'export/list-targets',
  actuals: 'export/list-actuals',
  gap_tasks: 'export/list-gap-tasks',
  milestones: 'export/list-milestones',
};

/** Every table of the import format for a scope, rows keyed by the format's column names. */
export async function readWorkbookData(runner: QueryRunner, scope: ExportScope): Promise<WorkbookData> {
  const data = {} as WorkbookData;
  for (const table of TABLE_NAMES) {
    const rows = await runner.read<{ row: WorkbookRow }>(LIST_QUERY[table], { ...scope });
    data[table] = rows.map((r) => r.row);
  }
  return data;
}

const columnsOf = (table: TableName) => TABLES.find((t) => t.name === table)!.columns.map((c) => c.name);

/**
 * A cell's text for CSV: lists joined with `;`, booleans as true/false, numbers as written, and
 * text that a spreadsheet would run as a formula neutralised with a leading `'` (the importer
 * takes exactly that `'` off again). Numbers are never neutralised, so -3 stays a number.
 */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return neutralise(value.map(String).join(';'));
  return neutralise(String(value));
}

function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes one `<table>.csv` per table into a folder: UTF-8 with a BOM, so Excel reads Chinese. */
export async function writeCsvFolder(data: WorkbookData, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const table of TABLE_NAMES) {
    const file = path.join(dir, `${table}.csv`);
    const out = createWriteStream(file, 'utf8');
    const columns = columnsOf(table);
    const write = async (line: string) => {
      if (!out.write(line)) await once(out, 'drain');
    };
    await write(`\uFEFF${columns.join(',')}\r\n`);
    for (const row of data[table]) await write(`${columns.map((c) => csvField(csvText(row[c]))).join(',')}\r\n`);
    out.end();
    await once(out, 'finish');
    files.push(file);
  }
  return files;
}

/** An XLSX cell value: numbers and booleans typed, text neutralised like CSV. */
function xlsxValue(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return csvText(value);
}

/** Builds the XLSX: one sheet per table, the header row bold and frozen, text columns as Text. */
export async function xlsxBuffer(data: WorkbookData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ChainAtlas';
  for (const table of TABLE_NAMES) {
    const spec = TABLES.find((t) => t.name === table)!;
    const sheet = book.addWorksheet(table, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({
      header: c.name,
      key: c.name,
      width: Math.max(12, c.name.length + 2),
      // Text format keeps Excel from turning codes such as a USCC into numbers when edited.
      style: ['int', 'nonNegative', 'share', 'number', 'year', 'bool'].includes(c.type.type) ? {} : { numFmt: '@' },
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of data[table]) sheet.addRow(spec.columns.map((c) => xlsxValue(row[c.name])));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
