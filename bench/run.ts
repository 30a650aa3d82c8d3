// The ChainAtlas benchmark: import, queries, HTTP throughput, memory and chain maps.
// Run it with `npm run bench` (scripts/bench.mjs); see BENCHMARKS.md for the figures and how to
// read them. Not part of `npm test`.
//
// Options: --full (also 1,000,000 enterprises) · --enterprises N[,M…] · --runs 40 · --warmup 5 · --legacy · --no-bare
//          --no-bulk · --import-only (the imports, no queries or load tests)
//          --duration 30 (autocannon seconds) · --connections 50 · --no-atomic · --no-maps
//          --maps-only · --seed bench · --heap 4g --pagecache 2g (else sized per workbook)
//          --processes 1,2,4 (app processes for the scaling load) · --throughput-only (import, then only
//          the loads by processes) · --store DIR (a ready DATA_DIR of --enterprises N, copied; no import)
//          --skip-ops a,b (leave operations whose name contains a or b out of the scaling loads)
//          --counts [--store DIR [--churn N]]: the maintained local counts only (bench/counts.ts)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateWorkbook } from '../server/cli/generate.js';
import { bareImport, bulkRunOf, graphShape, legacyImport, validatedImport, type BulkRun, type ImportRun, type ValidatedRun } from './import.js';
import { cpuOf, freshNeo4j, rssOf, type FreshNeo4j } from './lib/neo4j.js';
import { fmt, markdownTable, mib } from './lib/stats.js';
import { countsBench } from './counts.js';
import { mapBench, type MapFigures } from './maps.js';
import { loadTest, measureOps, measureRepeated, operations, recordCypher, type LoadFigures, type Op, type OpFigures } from './queries.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 3) : (argv[i + 1] ?? fallback);
};
const sizes = option('enterprises', flag('full') ? '100000,1000000' : '100000')
  .split(',')
  .map(Number);
const runs = Number(option('runs', '40'));
const warmup = Number(option('warmup', '5'));
const duration = Number(option('duration', '30'));
const connections = Number(option('connections', '50'));
const seed = option('seed', 'bench');
const started = new Date();
const log = (line: string) => console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(5)} s] ${line}`);
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** Heap and page cache for the JVM: enough for the workbook's graph and its largest query. */
function memoryFor(n: number): { heap: string; pageCache: string } {
  if (argv.includes('--heap') || argv.some((a) => a.startsWith('--heap='))) return { heap: option('heap', '4g'), pageCache: option('pagecache', '2g') };
  return n > 300_000 ? { heap: '6g', pageCache: '3g' } : { heap: '4g', pageCache: '2g' };
}

interface SizeResult {
  enterprises: number;
  rows: number;
  tables: Record<string, number>;
  neo4j: { heap: string; pageCache: string };
  import: {
    bare: ImportRun | null;
    legacy: ImportRun | null;
    atomic: ValidatedRun | null;
    batched: ValidatedRun;
    /** The bulk first load (neo4j-admin), its load average, and whether it made the batched import's graph (counts per label and type). */
    bulk: BulkRun | null;
    bulkLoadavg: string | null;
    bulkSameGraph: boolean | null;
    sameGraph: boolean | null;
    shape: Record<string, number>;
    loadavg: string;
  };
  /** Empty, and the loads null, with --import-only. */
  queries: OpFigures[];
  load: LoadFigures | null;
  /** The same load with the result cache off: every request computed. */
  uncachedLoad: LoadFigures | null;
  memory: { serverRss: number | null; jvmRss: number | null; benchRss: number };
  /** The cache-on load with 1, 2, 4 … app processes (node:cluster), and with ETag revalidation. */
  scaling?: ProcessRun[];
}

interface ProcessRun {
  processes: number;
  load: LoadFigures;
  /** Half the requests sent with the ETag of the answer (If-None-Match). */
  revalidating: LoadFigures | null;
  /** RSS of each app process at the end, bytes. */
  rss: Array<number | null>;
  /** CPU seconds during the (plain) load: the app processes together, the Neo4j JVM, autocannon (this process). */
  cpu: { app: number; jvm: number; autocannon: number; seconds: number };
  loadavg: string;
}

/** Throughput-only runs (--throughput-only, --store): no import or query figures. */
interface ScalingResult {
  enterprises: number;
  source: string;
  neo4j: { heap: string; pageCache: string };
  scaling: ProcessRun[];
  jvmRss: number | null;
}

async function workbook(n: number): Promise<{ dir: string; tables: Record<string, number> }> {
  const dir = path.join(os.tmpdir(), `chainatlas-bench-wb-${n}-${seed}`);
  const countsFile = path.join(dir, '.counts.json');
  if (existsSync(countsFile)) return { dir, tables: JSON.parse(readFileSync(countsFile, 'utf8')) as Record<string, number> };
  log(`generating a workbook of ${fmt(n)} enterprises in ${dir}`);
  const tables = await generateWorkbook({ enterprises: n, out: dir, seed });
  writeFileSync(countsFile, JSON.stringify(tables));
  return { dir, tables };
}

/** The app in its own Node process, on the given database. */
async function startServer(neo: FreshNeo4j, resultCache: boolean, workers = 1): Promise<{ url: string; token: string; pid: number; pids: number[]; stop(): Promise<void> }> {
  // BENCH_CPU_PROF=DIR: the app process writes a V8 CPU profile into DIR when it exits (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(ROOT, 'bench', 'server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      BENCH_NEO4J_URI: neo.embedded.uri,
      BENCH_NEO4J_PASSWORD: neo.embedded.password,
      BENCH_HOME_REGION: 'ZONE1',
      BENCH_RESULT_CACHE: resultCache ? 'on' : 'off',
      BENCH_WORKERS: String(workers),
      // As `npm start` runs the server (scripts/start.mjs): graphql-js in production mode.
      NODE_ENV: 'production',
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the bench server did not start within 120 s')), 120_000);
    createInterface({ input: child.stdout! }).once('line', (l) => {
      clearTimeout(timer);
      resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  });
  const info = JSON.parse(line) as { url: string; token: string; pid: number; pids: number[] };
  return {
    ...info,
    stop: async () => {
      child.stdin?.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Waits (at most 10 minutes) until Neo4j has finished the queries that the load test's timed-out requests left running. */
async function drain(driver: FreshNeo4j['driver']): Promise<void> {
  const started = Date.now();
  for (;;) {
    const running = await driver
      .executeQuery('SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n')
      .then((r) => Number(r.records[0]?.get('n') ?? 0))
      .catch(() => Infinity);
    if (running <= 1 || Date.now() - started > 600_000) {
      log(`Neo4j drained of the load test's queries in ${fmt((Date.now() - started) / 1000, 1)} s`);
      return;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

function logLoad(what: string, l: LoadFigures): void {
  log(
    `throughput (${what}): ${fmt(l.requestsPerSecond, 1)} req/s, p99 ${fmt(l.p99)} ms, ${l.errors} errors (${l.timeouts} timeouts), ${l.non2xx} non-2xx, ${l.graphqlErrors} GraphQL errors ${JSON.stringify(l.errorCodes)}`,
  );
}

/**
 * Each operation asked until every app process has answered it (it is then in each one's cache):
 * at least two rounds per process, more (up to six per process) while any answer was an error
 * (a heavy first computation can find the pool busy). Returns the ETags of the answers.
 */
async function warmAll(url: string, token: string, ops: Op[], processes: number): Promise<Array<string | null>> {
  const etags: Array<string | null> = ops.map(() => null);
  // A new connection per request: the primary hands connections to the app processes in turn.
  for (let round = 0, failed = true; round < 6 * processes && (failed || round < 2 * processes); round += 1) {
    const errors = await Promise.all(
      ops.map(async (op, i) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
        }).catch((error: unknown) => error as Error);
        if (response instanceof Error) {
          log(`  warm-up round ${round + 1}: ${op.name}: no answer (${String(response.cause ?? response.message)})`);
          return 1;
        }
        const text = await response.text();
        etags[i] ??= response.headers.get('etag');
        if (!text.includes('"errors"')) return 0;
        log(`  warm-up round ${round + 1}: ${op.name}: ${text.slice(0, 160)}`);
        return 1;
      }),
    );
    failed = errors.some((e) => e > 0);
  }
  return etags;
}

/** The cache-on mixed load with each number of app processes, then with half the requests revalidating. */
async function scaling(neo: FreshNeo4j, ops: Op[]): Promise<ProcessRun[]> {
  const out: ProcessRun[] = [];
  for (const processes of option('processes', '1,2,4').split(',').map(Number)) {
    const server = await startServer(neo, true, processes);
    try {
      const warmStart = Date.now();
      const etags = await warmAll(server.url, server.token, ops, processes);
      log(`${processes} app process(es) (pids ${server.pids.join(', ')}): warmed in ${fmt((Date.now() - warmStart) / 1000, 1)} s; load ${loadavg()}`);
      const appCpu = () => server.pids.reduce((sum, pid) => sum + cpuOf(pid), 0);
      const before = { app: appCpu(), jvm: cpuOf(neo.embedded.pid), self: process.cpuUsage(), at: Date.now() };
      const load = await loadTest(server.url, server.token, ops, connections, duration);
      const self = process.cpuUsage(before.self);
      const cpu = { app: appCpu() - before.app, jvm: cpuOf(neo.embedded.pid) - before.jvm, autocannon: (self.user + self.system) / 1e6, seconds: (Date.now() - before.at) / 1000 };
      logLoad(`${processes} process(es), cache on`, load);
      log(`  CPU s over ${fmt(cpu.seconds, 1)} s: app ${fmt(cpu.app, 1)}, Neo4j ${fmt(cpu.jvm, 1)}, autocannon ${fmt(cpu.autocannon, 1)}; load ${loadavg()}`);
      const rss = server.pids.map((pid) => rssOf(pid));
      let revalidating: LoadFigures | null = null;
      if (!flag('no-etag') && etags.some((e) => e)) {
        revalidating = await loadTest(server.url, server.token, ops, connections, duration, etags);
        logLoad(`${processes} process(es), half revalidating`, revalidating);
      }
      out.push({ processes, load, revalidating, rss, cpu, loadavg: loadavg() });
    } finally {
      await server.stop();
    }
  }
  return out;
}

/** --throughput-only / --store: the scaling loads alone, on a fresh import or a copy of a ready store. */
/**
 * The operations of the scaling loads: all of them, less those whose name contains one of
 * `--skip-ops a,b` (an operation that cannot be computed at this size would otherwise turn the
 * load into a measure of its deadline); the skipped ones are logged and named in the report.
 */
function loadOperations(n: number): Op[] {
  const skip = option('skip-ops', '')
    .split(',')
    .filter((s) => s.length > 0);
  const ops = operations(n);
  const kept = ops.filter((op) => !skip.some((s) => op.name.includes(s)));
  if (kept.length < ops.length)
    log(
      `loads without: ${ops
        .filter((op) => !kept.includes(op))
        .map((op) => op.name)
        .join('; ')}`,
    );
  return kept;
}

async function scalingOnly(n: number): Promise<ScalingResult> {
  const memory = memoryFor(n);
  const store = option('store', '');
  let neo: FreshNeo4j;
  if (store) {
    log(`== ${fmt(n)} enterprises from the ready store ${store} (copied); Neo4j heap ${memory.heap}, page cache ${memory.pageCache}; load ${loadavg()}`);
    const copyStart = Date.now();
    neo = await freshNeo4j({ ...memory, log, store });
    log(`store copied and Neo4j started in ${fmt((Date.now() - copyStart) / 1000, 1)} s`);
  } else {
    const { dir } = await workbook(n);
    log(`== ${fmt(n)} enterprises: validated import, batched (fresh Neo4j); load ${loadavg()}`);
    neo = await freshNeo4j({ ...memory, log: () => {} });
    try {
      const batched = await validatedImport(neo, dir, log, { batched: true });
      log(`batched: ${fmt(batched.rowsPerSecond)} rows/s`);
    } catch (error) {
      await neo.stop();
      throw error;
    }
  }
  try {
    const runs = await scaling(neo, loadOperations(n));
    return { enterprises: n, source: store ? `store ${store}` : 'fresh batched import', neo4j: memory, scaling: runs, jvmRss: rssOf(neo.embedded.pid) };
  } finally {
    await neo.stop();
  }
}

async function benchSize(n: number): Promise<SizeResult> {
  const { dir, tables } = await workbook(n);
  const rows = Object.values(tables).reduce((a, b) => a + b, 0);
  const memory = memoryFor(n);
  log(`== ${fmt(n)} enterprises, ${fmt(rows)} rows; Neo4j heap ${memory.heap}, page cache ${memory.pageCache}; load ${loadavg()}`);

  let neo: FreshNeo4j;
  let bare: ImportRun | null = null;
  let bareShape: Record<string, number> | null = null;
  if (!flag('no-bare')) {
    log('bare UNWIND … MERGE of the same rows (fresh Neo4j)');
    neo = await freshNeo4j({ ...memory, log: () => {} });
    try {
      bare = await bareImport(neo, dir, log);
      bareShape = await graphShape(neo.driver);
    } finally {
      await neo.stop();
    }
    log(`bare: ${fmt(bare.rowsPerSecond)} rows/s (${fmt(bare.ms / 1000, 1)} s, JVM CPU ${fmt(bare.jvmCpuSeconds, 1)} s)`);
  }

  let legacy: ImportRun | null = null;
  if (flag('legacy')) {
    log('the write path before the fast path, atomic (fresh Neo4j)');
    neo = await freshNeo4j({ ...memory, log: () => {} });
    try {
      legacy = await legacyImport(neo, dir, log);
    } catch (error) {
      log(`legacy import failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await neo.stop();
    }
    if (legacy) log(`legacy: ${fmt(legacy.rowsPerSecond)} rows/s (${fmt(legacy.ms / 1000, 1)} s, JVM CPU ${fmt(legacy.jvmCpuSeconds, 1)} s)`);
  }

  let atomic: ValidatedRun | null = null;
  if (!flag('no-atomic') && n <= 300_000) {
    log('validated import, atomic (fresh Neo4j)');
    neo = await freshNeo4j({ ...memory, log: () => {} });
    try {
      atomic = await validatedImport(neo, dir, log, { batched: false, timeoutMs: 3_600_000 });
    } catch (error) {
      log(`atomic import failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await neo.stop();
    }
    if (atomic) log(`atomic: ${fmt(atomic.rowsPerSecond)} rows/s (${fmt(atomic.ms / 1000, 1)} s; write phase ${fmt(atomic.writeRowsPerSecond)} rows/s; JVM CPU ${fmt(atomic.jvmCpuSeconds, 1)} s)`);
  }

  let bulk: BulkRun | null = null;
  let bulkLoadavg: string | null = null;
  if (!flag('no-bulk')) {
    log(`bulk first load: neo4j-admin database import full (new DATA_DIR); load ${loadavg()}`);
    bulkLoadavg = loadavg();
    try {
      bulk = await bulkRunOf(dir, memory, log);
      const b = bulk.stats;
      log(
        `bulk: ${fmt(bulk.rowsPerSecond)} rows/s (${fmt(bulk.ms / 1000, 1)} s: check ${fmt(b.checkMs / 1000, 1)}, read + validate ${fmt(b.validateMs / 1000, 1)}, stop ${fmt(b.stopMs / 1000, 1)}, ` +
          `CSV ${fmt(b.csvMs / 1000, 1)}, neo4j-admin ${fmt(b.importMs / 1000, 1)}, start ${fmt(b.startMs / 1000, 1)}, schema + post-load ${fmt(b.afterMs / 1000, 1)}; ` +
          `importer peak RSS ${mib(b.importerPeakRssBytes)}, importer CPU ${fmt(b.importerCpuSeconds, 1)} s, Node peak RSS ${mib(b.nodePeakRssBytes)})`,
      );
    } catch (error) {
      log(`bulk load failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  log('validated import, batched (fresh Neo4j, kept for the queries)');
  neo = await freshNeo4j({ ...memory, log: () => {} });
  try {
    const importLoad = loadavg();
    const batched = await validatedImport(neo, dir, log, { batched: true });
    log(`batched: ${fmt(batched.rowsPerSecond)} rows/s (${fmt(batched.ms / 1000, 1)} s; write phase ${fmt(batched.writeRowsPerSecond)} rows/s; JVM CPU ${fmt(batched.jvmCpuSeconds, 1)} s)`);
    const shape = await graphShape(neo.driver);
    const sameGraph = bareShape === null ? null : JSON.stringify(shape) === JSON.stringify(bareShape);
    if (sameGraph === false) log(`the bare import made another graph: ${JSON.stringify(bareShape)} vs ${JSON.stringify(shape)}`);
    const bulkSameGraph = bulk === null ? null : JSON.stringify(shape) === JSON.stringify(bulk.shape);
    if (bulkSameGraph === false) log(`the bulk load made another graph: ${JSON.stringify(bulk!.shape)} vs ${JSON.stringify(shape)}`);
    if (bulk) log(`bulk / batched: ${fmt(bulk.rowsPerSecond / batched.rowsPerSecond, 1)}× end to end`);
    const imports = { bare, legacy, atomic, batched, bulk, bulkLoadavg, bulkSameGraph, sameGraph, shape, loadavg: importLoad };
    if (flag('import-only')) {
      return {
        enterprises: n,
        rows,
        tables,
        neo4j: memory,
        import: imports,
        queries: [],
        load: null,
        uncachedLoad: null,
        memory: { serverRss: null, jvmRss: rssOf(neo.embedded.pid), benchRss: process.memoryUsage().rss },
      };
    }

    log(`queries: recording the Cypher of each operation; load ${loadavg()}`);
    const ops = operations(n);
    const recorded = await recordCypher(neo.driver, ops);
    let queries: OpFigures[];
    let uncachedLoad: LoadFigures;
    let server = await startServer(neo, false);
    try {
      log(`queries (result cache off): ${warmup} warm-up + ${runs} runs each, GraphQL (${server.url}) vs bare driver, alternating`);
      queries = await measureOps(server.url, server.token, neo.driver, ops, recorded, runs, warmup, log);
      log(`throughput (result cache off): autocannon, ${connections} connections, ${duration} s, ${ops.length} operations in turn; load ${loadavg()}`);
      uncachedLoad = await loadTest(server.url, server.token, ops, connections, duration);
      logLoad('cache off', uncachedLoad);
      await drain(neo.driver);
    } finally {
      await server.stop();
    }
    server = await startServer(neo, true);
    try {
      log(`queries (result cache on, the default): each asked ${warmup} + ${runs} times`);
      const repeated = await measureRepeated(server.url, server.token, ops, runs, warmup, log);
      for (const q of queries) q.cached = repeated[q.name] ?? null;
      log(`throughput (result cache on): autocannon, ${connections} connections, ${duration} s, ${ops.length} operations in turn; load ${loadavg()}`);
      const load = await loadTest(server.url, server.token, ops, connections, duration);
      logLoad('cache on', load);
      const mem = { serverRss: rssOf(server.pid), jvmRss: rssOf(neo.embedded.pid), benchRss: process.memoryUsage().rss };
      log(`memory: server ${mib(mem.serverRss)}, Neo4j JVM ${mib(mem.jvmRss)}`);
      await server.stop();
      const scaled = await scaling(neo, ops);
      return { enterprises: n, rows, tables, neo4j: memory, import: imports, queries, load, uncachedLoad, memory: mem, scaling: scaled };
    } finally {
      await server.stop();
    }
  } finally {
    await neo.stop();
  }
}

function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return { nproc: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), cpu, node: process.version, loadavgAtStart: loadavg() };
}

/** The bulk load's row in the import table: its phases, memory, and its ratio to the batched import. */
function bulkNote(bulk: BulkRun, batched: ValidatedRun, load: string | null): string {
  const b = bulk.stats;
  const s = (ms: number) => fmt(ms / 1000, 1);
  return (
    `**${fmt(bulk.rowsPerSecond / batched.rowsPerSecond, 1)}× batched** end to end; check ${s(b.checkMs)} s, read + validate ${s(b.validateMs)} s, stop ${s(b.stopMs)} s, CSV ${s(b.csvMs)} s (${mib(b.csvBytes)}), ` +
    `neo4j-admin ${s(b.importMs)} s (${fmt(bulk.rows / (b.importMs / 1000))} rows/s), start ${s(b.startMs)} s, schema + post-load ${s(b.afterMs)} s; ` +
    `importer peak RSS ${mib(b.importerPeakRssBytes)}, Node peak RSS ${mib(b.nodePeakRssBytes)}; JVM CPU = neo4j-admin's; load ${load ?? '—'}`
  );
}

/** The scaling loads as a table: one row per number of app processes, plain and revalidating. */
function scalingTable(runs: ProcessRun[]): string {
  const rows: string[][] = [];
  for (const r of runs) {
    const row = (what: string, l: LoadFigures, extra: string) => [
      `${r.processes} ${what}`,
      fmt(l.requestsPerSecond, 1),
      fmt(l.p50),
      fmt(l.p99),
      fmt(l.requests),
      `${l.errors} (${l.timeouts} timeouts), ${l.non2xx} non-2xx, ${l.graphqlErrors} GraphQL${Object.keys(l.errorCodes).length ? ` ${JSON.stringify(l.errorCodes)}` : ''}`,
      extra,
    ];
    rows.push(
      row(
        '(plain)',
        r.load,
        `RSS ${r.rss.map((b) => mib(b)).join(' + ')}; CPU s app ${fmt(r.cpu.app, 1)}, Neo4j ${fmt(r.cpu.jvm, 1)}, autocannon ${fmt(r.cpu.autocannon, 1)} in ${fmt(r.cpu.seconds, 1)} s; load ${r.loadavg}`,
      ),
    );
    if (r.revalidating) rows.push(row('(half If-None-Match)', r.revalidating, `${fmt(r.revalidating.notModified ?? 0)} answered 304`));
  }
  return markdownTable(['app processes', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'memory, CPU, load'], rows);
}

function report(results: SizeResult[], maps: MapFigures[], meta: ReturnType<typeof machine>, scalingResults: ScalingResult[] = []): string {
  const out: string[] = [];
  for (const r of scalingResults) {
    out.push(
      '',
      `### ${fmt(r.enterprises)} enterprises (${r.source}; Neo4j heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache}): throughput by app processes, cache on, ${connections} connections, ${duration} s, the operations in turn`,
      '',
    );
    out.push(scalingTable(r.scaling));
    out.push('', `Neo4j JVM RSS at the end: ${mib(r.jvmRss)}.`);
  }
  out.push(`Run ${started.toISOString()} · ${meta.nproc} CPUs (${meta.cpu}) · ${meta.memoryGiB} GiB · Node ${meta.node} · load average at start ${meta.loadavgAtStart}, at end ${loadavg()}`);
  for (const r of results) {
    out.push('', `### ${fmt(r.enterprises)} enterprises — ${fmt(r.rows)} rows (Neo4j heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache})`, '');
    const imp = r.import;
    const line = (name: string, run: ImportRun | ValidatedRun | null, note: string) =>
      run
        ? [
            name,
            fmt(run.rowsPerSecond),
            'writeRowsPerSecond' in run ? fmt(run.writeRowsPerSecond) : fmt(run.rowsPerSecond),
            fmt(run.ms / 1000, 1),
            fmt(run.jvmCpuSeconds, 1),
            fmt(run.rows / run.jvmCpuSeconds),
            note,
          ]
        : [name, '—', '—', '—', '—', '—', note];
    out.push(
      markdownTable(
        ['import', 'rows/s (end to end)', 'rows/s (writing)', 'wall s', 'JVM CPU s', 'rows per JVM CPU s', 'note'],
        [
          line('bare UNWIND … MERGE (driver, 10k rows/tx)', imp.bare, 'rows already parsed; no validation, no change detection'),
          line(
            'validated import, batched (10k rows/tx)',
            imp.batched,
            `read + validate ${fmt(imp.batched.validateMs / 1000, 1)} s; importer peak RSS ${mib(imp.batched.peakRssBytes)}` +
              (imp.bare
                ? `; ratio to bare: ${fmt(imp.batched.rowsPerSecond / imp.bare.rowsPerSecond, 2)}× end to end, ${fmt(imp.batched.writeRowsPerSecond / imp.bare.rowsPerSecond, 2)}× writing, ${fmt(imp.bare.jvmCpuSeconds / imp.batched.jvmCpuSeconds, 2)}× by JVM CPU`
                : ''),
          ),
          line(
            'validated import, atomic (one transaction)',
            imp.atomic,
            imp.atomic ? `read + validate ${fmt(imp.atomic.validateMs / 1000, 1)} s; importer peak RSS ${mib(imp.atomic.peakRssBytes)}` : 'not run',
          ),
          ...(imp.legacy ? [line('before: full upsert per row, 1k rows/query, one transaction', imp.legacy, 'writing only (rows already parsed)')] : []),
          ...(imp.bulk ? [line('bulk first load (neo4j-admin database import full)', imp.bulk, bulkNote(imp.bulk, imp.batched, imp.bulkLoadavg))] : []),
        ],
      ),
    );
    if (imp.bulk) out.push('', `Same graph from the bulk load and the batched import (nodes per label, relationships per type): ${imp.bulkSameGraph ? 'yes' : 'NO'}.`);
    out.push(
      '',
      `Same graph from bare and validated imports: ${imp.sameGraph === null ? 'bare not run' : imp.sameGraph ? 'yes' : 'NO'} (${Object.entries(imp.shape)
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ')}).`,
      '',
    );
    if (!r.queries.length) continue;
    out.push(
      markdownTable(
        ['query', 'runs', 'GraphQL p50 ms (computed)', 'GraphQL p95 ms (computed)', 'bare p50 ms', 'bare p95 ms', 'p95 ratio', 'GraphQL cached p50 / p95 ms', 'db hits (PROFILE)', 'Cypher run'],
        r.queries.map((q) => [
          q.name,
          String(q.graphql.runs),
          fmt(q.graphql.p50, 1),
          fmt(q.graphql.p95, 1),
          fmt(q.bare.p50, 1),
          fmt(q.bare.p95, 1),
          `${fmt(q.ratio95, 2)}×`,
          q.cached ? `${fmt(q.cached.p50, 1)} / ${fmt(q.cached.p95, 1)}` : '—',
          fmt(q.dbHits),
          [...new Set(q.queries)].join(', ') + (q.authQueries.length ? ` (+ ${q.authQueries.join(', ')} for the token)` : ''),
        ]),
      ),
    );
    const loadRow = (what: string, l: LoadFigures) => [
      `${what}: ${l.connections} connections, ${l.durationSeconds} s, ${l.operations.length} operations in turn`,
      fmt(l.requestsPerSecond, 1),
      fmt(l.p50),
      fmt(l.p99),
      fmt(l.requests),
      `${l.errors} (${l.timeouts} timeouts)`,
      String(l.non2xx),
      `${l.graphqlErrors}${Object.keys(l.errorCodes).length ? ` ${JSON.stringify(l.errorCodes)}` : ''}`,
    ];
    if (!r.load || !r.uncachedLoad) continue;
    out.push(
      '',
      markdownTable(
        ['throughput (autocannon)', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'non-2xx', 'GraphQL errors'],
        [loadRow('result cache on (default)', r.load), loadRow('result cache off', r.uncachedLoad)],
      ),
    );
    out.push('', `Memory at the end: Node server RSS ${mib(r.memory.serverRss)}, Neo4j JVM RSS ${mib(r.memory.jvmRss)} (heap ${r.neo4j.heap} + page cache ${r.neo4j.pageCache}).`);
    if (r.scaling?.length) out.push('', 'Throughput by app processes (cache on):', '', scalingTable(r.scaling));
  }
  if (maps.length) {
    out.push('', '### Chain maps (headless Chromium, canvas renderer)', '');
    out.push(
      markdownTable(
        ['elements', 'client layout ms', 'first paint ms', 'layout + paint ms', 'ELK layered layout ms', 'ELK + paint ms', 'ELK / client', 'pan frame p50 / p95 ms', 'pan fps'],
        maps.map((m) => [
          `${fmt(m.size)} (${fmt(m.elements)})`,
          fmt(m.deterministic.layoutMs),
          fmt(m.deterministic.paintMs),
          fmt(m.deterministic.totalMs),
          m.elk.timedOut ? `> ${fmt(m.elk.layoutMs)} (stopped)` : fmt(m.elk.layoutMs),
          m.elk.totalMs === null ? '—' : fmt(m.elk.totalMs),
          `${m.elk.timedOut ? '> ' : ''}${fmt(m.ratio, 1)}×`,
          `${fmt(m.panFrames.p50, 1)} / ${fmt(m.panFrames.p95, 1)}`,
          fmt(m.panFrames.fps, 1),
        ]),
      ),
    );
    out.push(
      '',
      'First complete picture (every node and edge drawn at its final position, on screen), from the layout on, medians of alternating rounds:',
      '',
      markdownTable(
        [
          'elements',
          'Cytoscape alone ms (picture = interactive)',
          'overview first: picture ms',
          'overview: shapes drawn',
          'overview: Cytoscape interactive ms',
          'speed-up of the picture',
          'pan after hand-over p50 / p95 ms',
          'pan fps',
        ],
        maps.map((m) => [
          `${fmt(m.size)} (${fmt(m.elements)})`,
          fmt(m.deterministic.totalMs),
          fmt(m.overview.pictureMs),
          `${fmt(m.overview.shapesDrawn)} of ${fmt(m.overview.shapesTotal)}`,
          fmt(m.overview.interactiveMs),
          `${fmt(m.deterministic.totalMs / m.overview.pictureMs, 1)}×`,
          `${fmt(m.panAfterHandOver.p50, 1)} / ${fmt(m.panAfterHandOver.p95, 1)}`,
          fmt(m.panAfterHandOver.fps, 1),
        ]),
      ),
    );
  }
  return out.join('\n');
}

const meta = machine();
log(`machine: ${meta.nproc} CPUs, ${meta.memoryGiB} GiB, ${meta.cpu}; load ${meta.loadavgAtStart}`);
const results: SizeResult[] = [];
const scalingResults: ScalingResult[] = [];
let maps: MapFigures[] = [];
const dirOut = path.join(ROOT, 'bench', 'results');
/** Writes what is measured so far: a later failure keeps the sizes already done. */
function save(): string {
  const table = report(results, maps, meta, scalingResults);
  mkdirSync(dirOut, { recursive: true });
  const json = {
    date: started.toISOString(),
    finished: new Date().toISOString(),
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    machine: { ...meta, loadavgAtEnd: loadavg() },
    results,
    scaling: scalingResults,
    maps,
  };
  writeFileSync(path.join(dirOut, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(dirOut, 'latest.md'), `${table}\n`);
  return table;
}
if (flag('counts')) {
  // The maintained local counts only (bench/counts.ts): import cost, exactness, chainStatus at three scopes against today's scan.
  for (const n of sizes) {
    const memory = memoryFor(n);
    const store = option('store', '');
    const figures = await countsBench({
      enterprises: n,
      store: store || null,
      workbookDir: async () => (await workbook(n)).dir,
      runs,
      scanRuns: Math.min(runs, Number(option('scan-runs', String(runs)))),
      warmup,
      heap: memory.heap,
      pageCache: memory.pageCache,
      plainImport: !flag('no-plain-import'),
      churn: Number(option('churn', '0')),
      log,
    });
    mkdirSync(dirOut, { recursive: true });
    writeFileSync(
      path.join(dirOut, `counts-${n}${store ? '-store' : ''}${flag('no-plain-import') ? '-queries' : ''}.json`),
      `${JSON.stringify({ date: started.toISOString(), finished: new Date().toISOString(), command: `npm run bench -- ${argv.join(' ')}`, machine: { ...meta, loadavgAtEnd: loadavg() }, figures }, null, 2)}\n`,
    );
  }
  process.exit(0);
}
if (!flag('maps-only')) {
  for (const n of sizes) {
    if (flag('throughput-only') || option('store', '')) scalingResults.push(await scalingOnly(n));
    else results.push(await benchSize(n));
    save();
  }
}
if (!flag('no-maps')) {
  log(`maps: 500, 2,000 and 10,000 elements in headless Chromium; load ${loadavg()}`);
  maps = await mapBench([500, 2000, 10000], { elkTimeoutMs: Number(option('elk-timeout', '180')) * 1000, panSeconds: 3, log });
}
const table = save();
console.log(`\n${table}\n`);
log(`written: bench/results/latest.json and latest.md`);
