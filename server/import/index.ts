import type { QueryRunner } from '../db/runner.js';
import { checkWorkbook } from './checks.js';
import { WorkbookCollector, type ImportIssue } from './collector.js';
import { messages, type Lang } from './messages.js';
import { readWorkbook, type WorkbookSource } from './read.js';
import { TABLE_NAMES } from './tables.js';
import { writeWorkbook, type Actor, type TableCounts } from './write.js';

export type { ImportIssue } from './collector.js';
export type { TableCounts } from './write.js';
export type { WorkbookSource } from './read.js';

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  errors: ImportIssue[];
  counts: Record<string, TableCounts>;
  /** Present (false) only for a batched import: it committed in several transactions. */
  atomic?: false;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Who imports, recorded with every stage change the import makes (anonymous IMPORT by default). */
  actor?: Actor;
  lang?: Lang;
  /** Called after each written batch: rows written so far, rows in all, the table being written. */
  onProgress?: (done: number, total: number, table: string) => void;
  /** Transaction timeout for the write; the database's default when absent. */
  timeoutMs?: number;
  /**
   * Commit every 10,000 rows instead of writing the workbook in one transaction, for workbooks too
   * large for one; re-running after a failure completes the import. Validation is the same. A dry
   * run is always one transaction (rolled back).
   */
  batched?: boolean;
  /**
   * Rows a table keeps in memory; the rest of a larger table waits in a temporary file (deleted
   * when the import ends) until it is checked and written. Default 50,000.
   */
  spillRows?: number;
  /** Also name each problem's table and column as the file did (`sheet`, `header`): for people. */
  fileNames?: boolean;
  /** Keep the local counts exact (default true); false only to measure their cost (see WriteOptions). */
  maintainCounts?: boolean;
}

/**
 * Imports a chain workbook (PRODUCT.md, "Import format"). The whole workbook is read and
 * validated first — every problem reported with its table, spreadsheet row and column, references
 * resolved against the workbook and the database — and only a workbook without problems is
 * written, in one transaction (or, with `batched`, in transactions of 10,000 rows), idempotently.
 * A dry run validates and counts without writing. Large tables are streamed through temporary
 * files rather than held in memory (see RowStore).
 * Throws only for a source that cannot be opened (BAD_USER_INPUT) or a database failure.
 */
export async function importWorkbook(runner: QueryRunner, source: WorkbookSource, options: ImportOptions = {}): Promise<ImportResult> {
  const dryRun = options.dryRun ?? false;
  const collector = collectorFor(source, options);
  try {
    const errors = await validateWorkbook(runner, source, collector, options);
    if (errors.length) return rejected(collector, errors, dryRun);
    const batched = options.batched === true && !dryRun;
    const counts = await writeWorkbook(runner, collector, {
      dryRun,
      batched,
      actor: options.actor,
      lang: options.lang ?? 'zh',
      onProgress: options.onProgress,
      timeoutMs: options.timeoutMs,
      maintainCounts: options.maintainCounts,
    });
    return { ok: true, dryRun, errors: [], counts, ...(batched ? { atomic: false as const } : {}) };
  } finally {
    collector.dispose();
  }
}

/**
 * Reads a workbook into `collector` and checks it (rows, tables, references against the workbook
 * and the database): every problem found, none when it may be written. Shared by the transactional
 * import and the bulk load, so both accept and reject exactly the same workbooks. A null runner:
 * the database is known to be empty without asking it (checkWorkbook).
 */
export async function validateWorkbook(runner: QueryRunner | null, source: WorkbookSource, collector: WorkbookCollector, options: Pick<ImportOptions, 'fileNames'> = {}): Promise<ImportIssue[]> {
  await readWorkbook(source, collector);
  const found = collector.allIssues(await checkWorkbook(collector, runner));
  return options.fileNames ? collector.asFileNamed(found) : found;
}

/** The answer for a workbook with problems: its rows per table, nothing created or updated. */
export function rejected(collector: WorkbookCollector, errors: ImportIssue[], dryRun: boolean): ImportResult {
  const counts: Record<string, TableCounts> = {};
  for (const table of TABLE_NAMES) {
    const state = collector.tables.get(table);
    if (state) counts[table] = { rows: state.rows.length, created: 0, updated: 0 };
  }
  return { ok: false, dryRun, errors, counts };
}

/** A new collector for a workbook source (JSON values are not spreadsheet cells). */
export function collectorFor(source: WorkbookSource, options: Pick<ImportOptions, 'lang' | 'spillRows'> = {}): WorkbookCollector {
  return new WorkbookCollector(messages(options.lang ?? 'zh'), !isJson(source), options.spillRows);
}

function isJson(source: WorkbookSource): boolean {
  const name = typeof source === 'string' ? source : source.filename;
  return name.toLowerCase().endsWith('.json');
}
