import { convertCell, isEmptyCell, type Cell } from './cells.js';
import type { Messages } from './messages.js';
import { RowStore, SPILL_ROWS } from './row-store.js';
import { rowRules } from './row-rules.js';
import { resolveColumn, resolveTableName, TABLE_NAMES, tableSpec, type ColumnSpec, type TableName, type TableSpec } from './tables.js';

export interface ImportIssue {
  table: string;
  row: number | null;
  column: string | null;
  message: string;
  /** The table as the file named it (its sheet, file or JSON key), e.g. 企业 for enterprises. */
  sheet?: string;
  /** The column as the file's header named it, e.g. 统一社会信用代码 for uscc. */
  header?: string | null;
}

export type { ParsedRow } from './row-store.js';

export interface TableState {
  spec: TableSpec;
  /** The sheet, file or key the table came from, as the user named it. */
  source: string;
  /** Column of each header position; null for an unknown or repeated header. */
  columns: Array<ColumnSpec | null>;
  /** Each column's header as the file wrote it (canonical name → header). */
  headers: Map<string, string>;
  /** Required columns the header lacks: reported once on the header, not on every row. */
  missing: Set<string>;
  /** Valid-so-far rows: canonical column → converted value (absent when empty). */
  rows: RowStore;
  /** Key → the row that first had it, to report duplicates. */
  keys: Map<string, number>;
  issues: ImportIssue[];
  /** Header has been read (JSON tables have none: their columns are checked per row). */
  headed: boolean;
}

/**
 * Receives a workbook's tables row by row, from whichever reader, and turns them into typed rows
 * plus the problems found inside single rows and tables (unknown names, required fields, types,
 * duplicate keys). Checks that need the whole workbook or the database come later (checks.ts).
 */
export class WorkbookCollector {
  readonly tables = new Map<TableName, TableState>();
  readonly issues: ImportIssue[] = [];

  constructor(
    readonly msg: Messages,
    /** CSV and XLSX cells undo the exporter's formula neutralisation; JSON values do not. */
    readonly spreadsheet: boolean,
    /** Rows a table keeps in memory before the rest goes to a temporary file. */
    private readonly spillRows: number = SPILL_ROWS,
  ) {}

  /** Deletes the temporary files of every table. */
  dispose(): void {
    for (const state of this.tables.values()) state.rows.dispose();
  }

  /** Starts a table named by a sheet, file or key; null when it is ignored or unknown. */
  beginTable(source: string): TableState | null {
    const trimmed = source.trim();
    if (trimmed.startsWith('_')) return null;
    const name = resolveTableName(trimmed);
    if (!name) {
      this.issues.push({ table: trimmed, row: null, column: null, message: this.msg.unknownTable(trimmed) });
      return null;
    }
    const existing = this.tables.get(name);
    if (existing) {
      this.issues.push({ table: name, row: null, column: null, message: this.msg.duplicateTable(name, existing.source, trimmed) });
      return null;
    }
    const state: TableState = {
      spec: tableSpec(name),
      source: trimmed,
      columns: [],
      headers: new Map(),
      missing: new Set(),
      rows: new RowStore(this.spillRows),
      keys: new Map(),
      issues: [],
      headed: false,
    };
    this.tables.set(name, state);
    return state;
  }

  /** Forgets what a table collected, to read it again (another text encoding). */
  restartTable(state: TableState): void {
    state.columns = [];
    state.headers.clear();
    state.missing.clear();
    state.rows.dispose();
    state.keys.clear();
    state.issues = [];
    state.headed = false;
  }

  /** Maps the header row (spreadsheet row 1). */
  header(state: TableState, headers: Cell[]): void {
    state.headed = true;
    const seen = new Set<string>();
    state.columns = headers.map((raw) => {
      const header = raw === null || raw === undefined ? '' : String(raw).trim();
      if (!header) return null;
      const column = resolveColumn(state.spec.name, header);
      if (!column) {
        state.issues.push({
          table: state.spec.name,
          row: 1,
          column: header,
          message: this.msg.unknownColumn(
            header,
            state.spec.columns.map((c) => c.name),
          ),
        });
        return null;
      }
      if (seen.has(column.name)) {
        state.issues.push({ table: state.spec.name, row: 1, column: column.name, message: this.msg.duplicateColumn(column.name) });
        return null;
      }
      seen.add(column.name);
      state.headers.set(column.name, header);
      return column;
    });
    for (const column of state.spec.columns) {
      if (column.required && !seen.has(column.name)) {
        state.missing.add(column.name);
        state.issues.push({ table: state.spec.name, row: 1, column: column.name, message: this.msg.missingColumn(column.name) });
      }
    }
  }

  /** One data row of a CSV file or sheet, by header position. */
  row(state: TableState, row: number, cells: Cell[]): void {
    if (cells.every(isEmptyCell)) return;
    const values: Record<string, unknown> = {};
    const issues: ImportIssue[] = [];
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i];
      const column = state.columns[i];
      if (column === undefined && !isEmptyCell(cell)) {
        const headers = state.columns.length;
        issues.push({ table: state.spec.name, row, column: null, message: this.msg.tooManyCells(cells.length, headers) });
        break;
      }
      if (!column) continue;
      this.convert(state, row, column, cell, values, issues);
    }
    this.finishRow(state, row, values, issues);
  }

  /** One row of a JSON table: an object of column → value. */
  rowObject(state: TableState, row: number, object: unknown): void {
    if (object === null || typeof object !== 'object' || Array.isArray(object)) {
      state.issues.push({ table: state.spec.name, row, column: null, message: this.msg.rowNotAnObject });
      return;
    }
    const values: Record<string, unknown> = {};
    const issues: ImportIssue[] = [];
    const seen = new Set<string>();
    for (const [header, raw] of Object.entries(object as Record<string, unknown>)) {
      const column = resolveColumn(state.spec.name, header);
      if (!column) {
        issues.push({
          table: state.spec.name,
          row,
          column: header,
          message: this.msg.unknownColumn(
            header,
            state.spec.columns.map((c) => c.name),
          ),
        });
        continue;
      }
      if (seen.has(column.name)) {
        issues.push({ table: state.spec.name, row, column: column.name, message: this.msg.duplicateColumn(column.name) });
        continue;
      }
      seen.add(column.name);
      if (!state.headers.has(column.name)) state.headers.set(column.name, header);
      const cell = jsonCell(raw);
      if (cell === undefined && raw !== undefined && raw !== null) {
        issues.push({ table: state.spec.name, row, column: column.name, message: this.msg.badText });
        continue;
      }
      this.convert(state, row, column, cell, values, issues);
    }
    this.finishRow(state, row, values, issues);
  }

  private convert(state: TableState, row: number, column: ColumnSpec, cell: Cell, values: Record<string, unknown>, issues: ImportIssue[]): void {
    const converted = convertCell(column, cell, this.msg, this.spreadsheet);
    if (converted === null) return;
    if ('problem' in converted) issues.push({ table: state.spec.name, row, column: column.name, message: converted.problem });
    else values[column.name] = converted.value;
  }

  private finishRow(state: TableState, row: number, values: Record<string, unknown>, issues: ImportIssue[]): void {
    const failed = new Set(issues.map((i) => i.column));
    for (const column of state.spec.columns) {
      if (column.required && values[column.name] === undefined && !failed.has(column.name) && !state.missing.has(column.name)) {
        issues.push({ table: state.spec.name, row, column: column.name, message: this.msg.required });
      }
    }
    issues.push(...rowRules(state.spec.name, values, this.msg).map((p) => ({ table: state.spec.name, row, ...p })));
    const optional = state.spec.optionalKey ?? [];
    const keyParts = state.spec.key.map((k) => (values[k] === undefined && optional.includes(k) ? '' : values[k]));
    if (keyParts.every((v) => v !== undefined)) {
      const key = keyParts.map(String).join('\u0000');
      const first = state.keys.get(key);
      if (first !== undefined) {
        issues.push({ table: state.spec.name, row, column: state.spec.key[0]!, message: this.msg.duplicateKey(keyParts.map(String).filter(Boolean).join(' → '), first) });
      } else {
        state.keys.set(key, row);
      }
    }
    state.issues.push(...issues);
    // Rows with problems still take part in reference checks when their own fields are sound,
    // so one bad cell does not hide the other problems of the workbook.
    state.rows.push({ row, values });
  }

  /** Every problem so far, in a stable order: table order, then row, then column order. */
  allIssues(extra: ImportIssue[] = []): ImportIssue[] {
    const all = [...this.issues, ...[...this.tables.values()].flatMap((t) => t.issues), ...extra];
    return sortIssues(all);
  }

  /** The issues with their table and column also named as the file named them (`sheet`, `header`). */
  asFileNamed(issues: ImportIssue[]): ImportIssue[] {
    return issues.map((issue) => {
      const state = this.tables.get(issue.table as TableName);
      return { ...issue, sheet: state?.source ?? issue.table, header: issue.column === null ? null : (state?.headers.get(issue.column) ?? issue.column) };
    });
  }
}

function jsonCell(raw: unknown): Cell {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw) && raw.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) return raw;
  return undefined;
}

export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  const tableIndex = (t: string) => {
    const i = (TABLE_NAMES as readonly string[]).indexOf(t);
    return i < 0 ? -1 : i;
  };
  const columnIndex = (t: string, c: string | null) => {
    const i = (TABLE_NAMES as readonly string[]).indexOf(t);
    if (i < 0 || c === null) return -1;
    const index = tableSpec(t as TableName).columns.findIndex((col) => col.name === c);
    return index < 0 ? 1000 : index;
  };
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        tableIndex(a.issue.table) - tableIndex(b.issue.table) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        columnIndex(a.issue.table, a.issue.column) - columnIndex(b.issue.table, b.issue.column) ||
        a.order - b.order,
    )
    .map((x) => x.issue);
}
