// Imports a chain workbook into the configured database.
// Usage: npm run import -- <folder|file.xlsx|file.json|table.csv> [--dry-run] [--batched | --bulk] [--json] [--lang en]
// Atomic by default (all of the workbook or none of it, in one transaction). --batched commits every
// 10,000 rows, for workbooks too large for one transaction; re-running the same command after a
// failure completes the import. --bulk is a first load into an empty embedded database with Neo4j's
// offline importer (server/import/bulk.ts); refused while anything serves DATA_DIR or when it holds data.
// Exit code: 0 imported (or a clean dry run), 1 the workbook was rejected, 2 usage or system error.
import os from 'node:os';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase, type Database } from '../database.js';
import { applySchema } from '../db/schema.js';
import { AppError } from '../errors.js';
import { importWorkbook } from '../import/index.js';
import { renderTable, progressBar } from '../import/terminal.js';
import { BulkRefusal, bulkImportWorkbook, type BulkResult } from '../import/bulk.js';

const USAGE = 'usage: npm run import -- <folder|file.xlsx|file.json|table.csv> [--dry-run] [--batched | --bulk] [--json] [--lang zh|en]';

interface Args {
  source: string;
  dryRun: boolean;
  batched: boolean;
  bulk: boolean;
  json: boolean;
  lang: 'zh' | 'en';
}

function parseArgs(argv: string[]): Args | string {
  let source: string | null = null;
  let dryRun = false;
  let batched = false;
  let bulk = false;
  let json = false;
  let lang: 'zh' | 'en' = 'zh';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--batched') batched = true;
    else if (arg === '--bulk') bulk = true;
    else if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[++i];
      if (value !== 'zh' && value !== 'en') return `--lang: expected zh or en, got ${value ?? 'nothing'}`;
      lang = value;
    } else if (arg === '-h' || arg === '--help') return '';
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (source) return `one workbook at a time (got ${source} and ${arg})`;
    else source = arg;
  }
  if (!source) return 'which workbook? give a folder of CSV files, an .xlsx, a .json or a .csv file';
  if (bulk && (dryRun || batched)) return '--bulk is a load of its own: it cannot be combined with --dry-run or --batched (a dry run without --bulk validates the same way)';
  return { source, dryRun, batched, bulk, json, lang };
}

function report(result: BulkResult, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  if (!result.ok) {
    const head = zh ? `工作簿被拒绝，共 ${result.errors.length} 个问题，未写入任何数据：` : `The workbook was rejected with ${result.errors.length} problem(s); nothing was written:`;
    const rows = result.errors.map((e) => [e.table, e.row === null ? '' : String(e.row), e.column ?? '', e.message]);
    return `${head}\n${renderTable(zh ? ['表', '行', '列', '问题'] : ['table', 'row', 'column', 'problem'], rows)}`;
  }
  const rows = Object.entries(result.counts).map(([table, c]) => [table, String(c.rows), String(c.created), String(c.updated)]);
  const total = Object.values(result.counts).reduce((t, c) => ({ rows: t.rows + c.rows, created: t.created + c.created, updated: t.updated + c.updated }), { rows: 0, created: 0, updated: 0 });
  rows.push([zh ? '合计' : 'total', String(total.rows), String(total.created), String(total.updated)]);
  const head = result.dryRun
    ? zh
      ? '试运行：工作簿有效，以下为将要写入的数量（未写入）：'
      : 'Dry run: the workbook is valid; it would write (nothing was written):'
    : result.bulk
      ? zh
        ? '批量导入完成（neo4j-admin 离线导入，数据库已重新启动）：'
        : 'Loaded in bulk (neo4j-admin offline import; the database was started again):'
      : result.atomic === false
        ? zh
          ? '导入完成（分批提交，每 10,000 行一个事务）：'
          : 'Imported (batched: one transaction per 10,000 rows):'
        : zh
          ? '导入完成：'
          : 'Imported:';
  return `${head}\n${renderTable(zh ? ['表', '行数', '新建', '更新'] : ['table', 'rows', 'created', 'updated'], rows, [1, 2, 3])}`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args) console.error(args);
    console.error(USAGE);
    return 2;
  }
  if (args.bulk) return bulkMain(args);
  let db: Database | null = null;
  try {
    const config = loadConfig();
    db = await openDatabase(config, { attach: true, log: (line) => console.error(`[import] ${line}`) });
    await applySchema(db.runner);
    const bar = process.stderr.isTTY && !args.json ? progressBar(process.stderr) : null;
    const started = Date.now();
    // Stage changes an import makes name the operating-system account that ran it.
    const actor = { user: `cli:${os.userInfo().username}`, via: 'IMPORT' as const };
    const result = await importWorkbook(db.runner, args.source, { dryRun: args.dryRun, batched: args.batched, lang: args.lang, actor, onProgress: bar ?? undefined });
    bar?.done();
    if (args.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(report(result, args.lang));
      if (result.ok) console.error(`[import] ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AppError) console.error(`[import] ${error.message}`);
    else console.error('[import] failed:', error);
    return 2;
  } finally {
    await db?.close().catch((e: unknown) => console.error(e));
  }
}

/** --bulk: the offline load into the stopped, empty embedded database (no database is opened here first). */
async function bulkMain(args: Args): Promise<number> {
  try {
    const config = loadConfig();
    const result = await bulkImportWorkbook(config, args.source, { lang: args.lang, log: (line) => console.error(`[import] ${line}`) });
    if (args.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(report(result, args.lang));
      const b = result.bulk;
      if (b) {
        const rows = Object.values(result.counts).reduce((n, c) => n + c.rows, 0);
        const s = (ms: number) => (ms / 1000).toFixed(1);
        console.error(
          `[import] ${rows} rows in ${s(b.totalMs)} s (${Math.round(rows / (b.totalMs / 1000))} rows/s): check ${s(b.checkMs)} s, read + validate ${s(b.validateMs)} s, stop ${s(b.stopMs)} s, ` +
            `CSV ${s(b.csvMs)} s, neo4j-admin ${s(b.importMs)} s (peak RSS ${Math.round(b.importerPeakRssBytes / 2 ** 20)} MiB, ${b.importerCpuSeconds.toFixed(1)} CPU s), ` +
            `start ${s(b.startMs)} s, schema + post-load ${s(b.afterMs)} s; Node peak RSS ${Math.round(b.nodePeakRssBytes / 2 ** 20)} MiB`,
        );
      }
    }
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof BulkRefusal) console.error(`[import] ${args.lang === 'zh' ? '批量导入被拒绝' : 'bulk load refused'}: ${error.message}`);
    else if (error instanceof ConfigError || error instanceof AppError) console.error(`[import] ${error.message}`);
    else console.error('[import] failed:', error);
    return 2;
  }
}

process.exitCode = await main();
