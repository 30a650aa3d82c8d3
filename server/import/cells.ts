import { neutralise, unneutralise } from '../../shared/spreadsheet.js';
import type { Messages } from './messages.js';
import { resolveEnum, YEAR_RANGE, type ColumnSpec } from './tables.js';
import { looksLikeExcelNumber, usccProblem } from './uscc.js';

/** A cell as a reader delivers it: text from CSV; typed values from XLSX and JSON. */
export type Cell = string | number | boolean | Date | unknown[] | null | undefined;

/** What a cell became: a value, nothing (empty cell), or a problem to report. */
export type Converted = { value: unknown } | { problem: string } | null;

/** Spreadsheet formula neutralisation and its undoing: one pair, shared with the client's exports. */
export { neutralise, unneutralise };

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A cell's text form: trimmed, empty as null, neutralisation undone for spreadsheet sources. */
function textOf(cell: Cell, spreadsheet: boolean): string | null {
  if (cell === null || cell === undefined) return null;
  let text: string;
  if (typeof cell === 'string') text = cell;
  else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
  else if (typeof cell === 'boolean') text = cell ? 'true' : 'false';
  else if (cell instanceof Date) text = Number.isNaN(cell.getTime()) ? '' : isoDate(cell);
  else text = cell.map((v) => String(v ?? '')).join(';');
  text = text.trim();
  if (!text) return null;
  return spreadsheet ? unneutralise(text) : text;
}

export function isEmptyCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return cell.trim() === '';
  if (Array.isArray(cell)) return cell.length === 0;
  return false;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A reporting period: a year, a quarter of it or a month of it. */
export const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export function validIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '对', '√', 't']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '不', '×', 'f']);

/**
 * Converts one cell for a column. `spreadsheet` marks CSV and XLSX sources (where the exporter's
 * formula neutralisation applies); `typed` says the cell came as a typed XLSX/JSON value.
 */
export function convertCell(column: ColumnSpec, cell: Cell, msg: Messages, spreadsheet: boolean): Converted {
  if (isEmptyCell(cell)) return null;
  const type = column.type;

  if (type.type === 'uscc') {
    if (typeof cell === 'number') return { problem: msg.usccAsNumber(String(cell)) };
    const text = textOf(cell, spreadsheet);
    if (text === null) return null;
    if (looksLikeExcelNumber(text)) return { problem: msg.usccAsNumber(text) };
    const code = text.toUpperCase();
    const problem = usccProblem(code);
    if (!problem) return { value: code };
    if (problem.problem === 'length') return { problem: msg.usccLength(text) };
    if (problem.problem === 'charset') return { problem: msg.usccCharset(text, problem.character) };
    return { problem: msg.usccCheck(text, problem.expected) };
  }

  if (type.type === 'date') {
    if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { problem: msg.badDate(String(cell)) } : { value: isoDate(cell) };
    const text = textOf(cell, spreadsheet);
    if (text === null) return null;
    return validIsoDate(text) ? { value: text } : { problem: msg.badDate(text) };
  }

  if (type.type === 'bool') {
    if (typeof cell === 'boolean') return { value: cell };
    const text = textOf(cell, spreadsheet);
    if (text === null) return null;
    const lower = text.toLowerCase();
    if (TRUE.has(lower)) return { value: true };
    if (FALSE.has(lower)) return { value: false };
    return { problem: msg.badBool(text) };
  }

  if (type.type === 'int') {
    if (typeof cell === 'number') return Number.isSafeInteger(cell) ? { value: cell } : { problem: msg.badInt(String(cell)) };
    const text = textOf(cell, spreadsheet);
    if (text === null) return null;
    return /^[+-]?\d{1,15}$/.test(text) ? { value: Number(text) } : { problem: msg.badInt(text) };
  }

  if (type.type === 'year') {
    const text = typeof cell === 'number' ? String(cell) : textOf(cell, spreadsheet);
    if (text === null) return null;
    if (!/^\d{1,6}$/.test(text)) return { problem: msg.badYear(text) };
    const year = Number(text);
    return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? { value: year } : { problem: msg.badYear(text) };
  }

  if (type.type === 'period') {
    const text = typeof cell === 'number' ? String(cell) : cell instanceof Date ? null : textOf(cell, spreadsheet);
    if (text === null) return { problem: msg.badPeriod(String(cell)) };
    const period = text.toUpperCase();
    return PERIOD.test(period) ? { value: period } : { problem: msg.badPeriod(text) };
  }

  if (type.type === 'nonNegative' || type.type === 'share' || type.type === 'number') {
    let n: number;
    let shown: string;
    if (typeof cell === 'number') {
      n = cell;
      shown = String(cell);
    } else {
      const text = textOf(cell, spreadsheet);
      if (text === null) return null;
      shown = text;
      n = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
    }
    if (!Number.isFinite(n)) return { problem: msg.badNumber(shown) };
    if (type.type === 'share') return n > 0 && n <= 1 ? { value: n } : { problem: msg.badShare(shown) };
    if (n < 0 && type.type === 'nonNegative') return { problem: msg.negative(shown) };
    return { value: n };
  }

  if (type.type === 'list') {
    const parts = Array.isArray(cell) ? cell.map((v) => textOf(v as Cell, spreadsheet) ?? '') : (textOf(cell, spreadsheet) ?? '').split(/[;；]/);
    const items: string[] = [];
    for (const part of parts) {
      const item = part.trim();
      if (item && !items.includes(item)) items.push(item);
    }
    return items.length ? { value: items } : null;
  }

  if (Array.isArray(cell)) return { problem: msg.badText };
  const text = textOf(cell, spreadsheet);
  if (text === null) return null;
  if (type.type === 'enum') {
    const value = resolveEnum(type.values, text);
    return value ? { value } : { problem: msg.badEnum(text, type.values) };
  }
  const limit = maxLength(column);
  const length = [...text].length;
  return length > limit ? { problem: msg.tooLong(length, limit) } : { value: text };
}

/**
 * Keys and names are indexed (names also as pinyin keys), and index entries have a size limit:
 * a name of a few thousand characters would fail inside the database instead of as a row error.
 */
export const TEXT_LIMITS = { key: 200, name: 300, text: 5000 } as const;

function maxLength(column: ColumnSpec): number {
  if (column.type.type === 'key' || column.type.type === 'ref') return TEXT_LIMITS.key;
  if (column.name === 'name' || column.name === 'name_en') return TEXT_LIMITS.name;
  return TEXT_LIMITS.text;
}
