import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { DataDirInUse } from '../config.js';
import { openDatabase, type Database } from '../database.js';
import { LAUNCHER_DIR, readRuntime } from '../db/embedded.js';
import { Neo4jUnreachable, type QueryRunner } from '../db/runner.js';
import { applySchema } from '../db/schema.js';
import { rebuildLocalCounts } from '../repositories/local-counts.js';
import { writeBulkCsv, type BulkFiles } from './bulk-csv.js';
import type { WorkbookCollector } from './collector.js';
import { collectorFor, rejected, validateWorkbook, type ImportOptions, type ImportResult, type WorkbookSource } from './index.js';
import { TABLE_NAMES } from './tables.js';

/** Why a bulk load would not run; nothing was read, written or changed. */
export type BulkRefusalReason = 'EXTERNAL' | 'SERVED' | 'NOT_EMPTY';

/** A bulk load that may not run here: the message says what, why, and what to do instead. */
export class BulkRefusal extends Error {
  constructor(
    readonly reason: BulkRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'BulkRefusal';
  }
}

export interface BulkOptions extends Pick<ImportOptions, 'lang' | 'fileNames' | 'spillRows'> {
  log?: (line: string) => void;
  /** Heap of the importer's JVM (default 1g). */
  importHeap?: string;
  /** Memory outside the heap the importer may use for its caches (default 2g; it takes 90% of the RAM when unbounded). */
  importOffHeap?: string;
}

/** Where the time and memory of a bulk load went. */
export interface BulkStats {
  /**
   * How the database was known to be empty: NO_STORE, the DATA_DIR had no database yet (nothing
   * started); DATABASE, it was started and asked.
   */
  emptyBy: 'NO_STORE' | 'DATABASE';
  /** Starting the database on the DATA_DIR and checking that it is empty (about 0 for NO_STORE). */
  checkMs: number;
  /** Reading and validating the workbook (the same work as the transactional import). */
  validateMs: number;
  /** Stopping the database. */
  stopMs: number;
  /** Writing the importer's CSV files. */
  csvMs: number;
  /** neo4j-admin database import full, JVM start to exit. */
  importMs: number;
  /** Starting the database on the new store. */
  startMs: number;
  /** afterBulkLoad: constraints and indexes built, local counts built, data version. */
  afterMs: number;
  totalMs: number;
  nodes: number;
  relationships: number;
  csvFiles: number;
  csvBytes: number;
  /** Highest resident memory of the importer's JVM (VmHWM, sampled every 100 ms). */
  importerPeakRssBytes: number;
  /** CPU seconds (user + system) of the importer's JVM. */
  importerCpuSeconds: number;
  /** Highest resident memory of this Node process so far (getrusage maxrss). */
  nodePeakRssBytes: number;
}

export interface BulkResult extends ImportResult {
  /** Present when the workbook was loaded. */
  bulk?: BulkStats;
}

const zhOf = (options: BulkOptions) => (options.lang ?? 'zh') === 'zh';

function refuseExternal(options: BulkOptions): BulkRefusal {
  return new BulkRefusal(
    'EXTERNAL',
    zhOf(options)
      ? '批量导入（--bulk）只用于本机嵌入式数据库（DATA_DIR），它在数据库停止时直接写入存储文件；当前配置了 NEO4J_URI（外部数据库），无法这样写入。请去掉 --bulk，用 npm run import -- <工作簿> --batched 导入，或在 Neo4j 服务器上用 neo4j-admin database import 自行加载。'
      : 'The bulk load (--bulk) writes the store files of the embedded database (DATA_DIR) while it is stopped; NEO4J_URI names an external database, which it cannot write. Import without --bulk (npm run import -- <workbook> --batched), or load the server yourself with neo4j-admin database import.',
  );
}

function refuseServed(dataDir: string, who: string, options: BulkOptions): BulkRefusal {
  return new BulkRefusal(
    'SERVED',
    zhOf(options)
      ? `DATA_DIR=${dataDir} 的数据库正在被使用（${who}）。批量导入需要在数据库停止时写入新的存储，未做任何改动。请先停止该进程（应用或其他命令）再运行批量导入；若要在应用运行时导入，请去掉 --bulk（npm run import -- <工作簿> --batched）。`
      : `DATA_DIR=${dataDir}: its database is in use (${who}). The bulk load writes a new store while the database is stopped; nothing was changed. Stop that process (the app or another command) and run the bulk load again, or import while it runs without --bulk (npm run import -- <workbook> --batched).`,
  );
}

function refuseNotEmpty(dataDir: string, nodes: number, example: string[] | null, options: BulkOptions): BulkRefusal {
  const what = example?.length ? `:${example.join(':')}` : '';
  return new BulkRefusal(
    'NOT_EMPTY',
    zhOf(options)
      ? `DATA_DIR=${dataDir} 的数据库不是空的（已有 ${nodes} 个节点，例如 ${what}）。批量导入会整体替换数据库，只用于空数据库的首次加载，未做任何改动。要向已有数据追加或更新，请去掉 --bulk（npm run import -- <工作簿> --batched）；要重新开始，请换一个新的 DATA_DIR。`
      : `DATA_DIR=${dataDir}: the database is not empty (it holds ${nodes} node(s), e.g. ${what}). The bulk load replaces the whole database and is only for a first load into an empty one; nothing was changed. To add to or update existing data, import without --bulk (npm run import -- <workbook> --batched); to start over, use a new DATA_DIR.`,
  );
}

/** Refuses while any process serves the DATA_DIR's database (the app, a command, a test). */
function assertNotServed(dataDir: string, options: BulkOptions): void {
  const running = readRuntime(dataDir);
  if (running) throw refuseServed(dataDir, `process ${running.ownerPid}, Neo4j pid ${running.pid} at ${running.uri}`, options);
}

/** Whether the DATA_DIR's database was ever created (started or loaded): Neo4j's databases folder exists. */
function storeExists(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'neo4j', 'home', 'data', 'databases'));
}

/** Starts the DATA_DIR's database for this command alone; a lock held by anything else is a refusal. */
async function openOwn(config: Config, options: BulkOptions): Promise<Database> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await openDatabase(config, { attach: false, log: options.log });
    } catch (error) {
      if (error instanceof DataDirInUse) {
        throw refuseServed(config.dataDir, error.problems.join('; '), options);
      }
      // On a machine busy enough, the driver's first connection can time out although the
      // database started (openDatabase then stopped it): start it again, twice at most.
      if (!(error instanceof Neo4jUnreachable) || attempt >= OPEN_ATTEMPTS) throw error;
      options.log?.(`${(error as Error).message}; starting the database again (attempt ${attempt + 1} of ${OPEN_ATTEMPTS})`);
    }
  }
}

/** Starts of the database a bulk load tries before it gives up. */
const OPEN_ATTEMPTS = 3;

/**
 * Loads a chain workbook into an EMPTY embedded database with Neo4j's offline importer
 * (`neo4j-admin database import full`), for first loads far larger than the transactional import
 * handles quickly. The workbook is read and validated exactly as by importWorkbook (same errors,
 * nothing written when there are any); the graph it writes is the one the transactional import
 * writes (bulk-csv.ts), written as store files while the database is stopped; then the database
 * is started on the new store and afterBulkLoad completes it.
 *
 * Refused (BulkRefusal, nothing changed) for an external database (NEO4J_URI), while any process
 * serves the DATA_DIR, and when the database holds any node besides the data version marker.
 */
export async function bulkImportWorkbook(config: Config, source: WorkbookSource, options: BulkOptions = {}): Promise<BulkResult> {
  const log = options.log ?? (() => {});
  if (config.external) throw refuseExternal(options);
  assertNotServed(config.dataDir, options);
  const started = performance.now();
  let mark = started;
  const lap = () => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
  const csvDir = path.join(config.dataDir, 'neo4j', `bulk-import-${process.pid}`);
  // A DATA_DIR whose database was never started has no store: it is empty without asking it, and
  // the load skips starting and stopping a database only to find that out.
  const fresh = !storeExists(config.dataDir);
  let db: Database | null = fresh ? null : await openOwn(config, options);
  let collector: WorkbookCollector | null = null;
  try {
    if (db) {
      const [found] = await db.runner.read<{ nodes: number; example: string[] | null }>('import/bulk-find-data');
      if (found && found.nodes > 0) throw refuseNotEmpty(config.dataDir, found.nodes, found.example, options);
    } else log(`DATA_DIR=${config.dataDir} has no database yet: loading without starting one first`);
    const checkMs = lap();

    collector = collectorFor(source, options);
    const errors = await validateWorkbook(db?.runner ?? null, source, collector, options);
    if (errors.length) return rejected(collector, errors, false);
    const validateMs = lap();
    await db?.close();
    db = null;
    const stopMs = lap();

    log('writing the importer files…');
    const files = await writeBulkCsv(collector, csvDir);
    const counts: ImportResult['counts'] = {};
    for (const table of TABLE_NAMES) {
      const rows = collector.tables.get(table)?.rows.length;
      if (rows !== undefined) counts[table] = { rows, created: rows, updated: 0 };
    }
    collector.dispose();
    collector = null;
    const csvMs = lap();
    log(
      `${files.nodes} nodes and ${files.relationships} relationships in ${files.files} files (${(files.bytes / 2 ** 20).toFixed(1)} MiB, ${(csvMs / 1000).toFixed(1)} s); running neo4j-admin database import full…`,
    );

    assertNotServed(config.dataDir, options);
    // Started meanwhile by something else (it created the store): that database is not ours to replace.
    if (fresh && storeExists(config.dataDir)) throw refuseServed(config.dataDir, 'its database was created while the workbook was validated', options);
    const run = await runImporter(config, csvDir, files, options);
    const importMs = lap();
    log(`neo4j-admin import done in ${(importMs / 1000).toFixed(1)} s (peak RSS ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MiB, ${run.cpuSeconds.toFixed(1)} CPU s); starting the database`);
    rmSync(csvDir, { recursive: true, force: true });

    db = await openOwn(config, options);
    const startMs = lap();
    await afterBulkLoad(db.runner, log);
    const afterMs = lap();
    const bulk: BulkStats = {
      emptyBy: fresh ? 'NO_STORE' : 'DATABASE',
      checkMs,
      validateMs,
      stopMs,
      csvMs,
      importMs,
      startMs,
      afterMs,
      totalMs: performance.now() - started,
      nodes: files.nodes,
      relationships: files.relationships,
      csvFiles: files.files,
      csvBytes: files.bytes,
      importerPeakRssBytes: run.peakRssBytes,
      importerCpuSeconds: run.cpuSeconds,
      nodePeakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    return { ok: true, dryRun: false, errors: [], counts, atomic: false, bulk };
  } finally {
    collector?.dispose();
    rmSync(csvDir, { recursive: true, force: true });
    await db?.close();
  }
}

/**
 * Everything that runs on the database after a bulk load, once it is started on the new store —
 * the one place for further post-load steps (e.g. rebuilding derived data from the loaded graph):
 * - the schema (constraints and indexes), as the app applies it at start, built and online;
 * - the maintained local counts, built from the loaded graph (rebuildLocalCounts);
 * - a new data version, as every write of chain data gives the graph.
 */
export async function afterBulkLoad(runner: QueryRunner, log: (line: string) => void = () => {}): Promise<void> {
  let at = performance.now();
  await applySchema(runner);
  log(`schema applied and indexes online in ${((performance.now() - at) / 1000).toFixed(1)} s`);
  at = performance.now();
  const counts = await rebuildLocalCounts(runner);
  log(`local counts built: ${counts.counts} counts in ${((performance.now() - at) / 1000).toFixed(1)} s`);
  await runner.write('admin/bump-data-version', {}, { bumpsDataVersion: false });
}

/** Heap and CPU of a process from /proc (Linux); null once it is gone. */
function sample(pid: number): { hwm: number; cpu: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    return { hwm, cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
  } catch {
    return null;
  }
}

/**
 * Runs `neo4j-admin database import full` (org.neo4j.cli.AdminTool, from the launcher's jars) on
 * the DATA_DIR's Neo4j home, over the store of the stopped database (which was checked empty).
 */
async function runImporter(config: Config, csvDir: string, files: BulkFiles, options: BulkOptions): Promise<{ peakRssBytes: number; cpuSeconds: number }> {
  const home = path.join(config.dataDir, 'neo4j', 'home');
  const logFile = path.join(config.dataDir, 'neo4j', 'bulk-import.log');
  const lib = path.join(LAUNCHER_DIR, 'target', 'lib');
  if (!existsSync(lib)) throw new Error(`the launcher's jars are missing (${lib}); run npm start once or mvn package in neo4j/`);
  const args = [
    `-Xmx${options.importHeap ?? '1g'}`,
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${path.join(LAUNCHER_DIR, 'target', 'classes')}${path.delimiter}${path.join(lib, '*')}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database first: after the last --relationships, picocli would take it for another file.
    'neo4j',
    '--overwrite-destination=true',
    '--verbose',
    `--max-off-heap-memory=${options.importOffHeap ?? '2g'}`,
    `--report-file=${path.join(csvDir, 'import.report')}`,
    ...(files.multiline ? ['--multiline-fields=true'] : []),
    ...files.args,
  ];
  // A DATA_DIR never started has no Neo4j home yet; the launcher writes its configuration at start.
  mkdirSync(path.join(home, 'conf'), { recursive: true, mode: 0o700 });
  const out = openSync(logFile, 'a', 0o600);
  try {
    const child = spawn('java', args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
      stdio: ['ignore', out, out],
    });
    let peakRssBytes = 0;
    let cpuSeconds = 0;
    const timer = setInterval(() => {
      const s = child.pid ? sample(child.pid) : null;
      if (s) {
        peakRssBytes = Math.max(peakRssBytes, s.hwm);
        cpuSeconds = Math.max(cpuSeconds, s.cpu);
      }
    }, 100);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', (error) => reject(new Error(`could not run java for neo4j-admin (is a JDK 17 installed?): ${error.message}`)));
      child.once('exit', (c) => resolve(c));
    }).finally(() => clearInterval(timer));
    if (code !== 0) {
      const text = readFileSync(logFile, 'utf8');
      const tail = text.slice(Math.max(0, text.length - 3000)).trim();
      if (/lock/i.test(tail) && /database|store/i.test(tail)) throw refuseServed(config.dataDir, 'its store is locked by another process', options);
      throw new Error(
        `neo4j-admin database import failed (exit ${code}); the database of DATA_DIR=${config.dataDir} was empty and may now need removing (${path.join(home, 'data')}). Its output (${logFile}) ends:\n${tail}`,
      );
    }
    return { peakRssBytes, cpuSeconds };
  } finally {
    closeSync(out);
  }
}
