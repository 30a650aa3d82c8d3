// The ChainAtlas benchmark: import, queries, HTTP throughput, memory and chain maps.
// Run it with `npm run bench` (scripts/bench.mjs); see BENCHMARKS.md for the figures and how to
// read them. Not part of `npm test`.
//
// Options: --full (also 1,000,000 enterprises) · --enterprises N[,M…] · --runs 40 · --warmup 5 · --legacy · --no-bare
//          --duration 30 (autocannon seconds) · --connections 50 · --no-atomic · --no-maps
//          --maps-only · --seed bench · --heap 4g --pagecache 2g (else sized per workbook)
//          --counts [--store DIR]: the maintained local counts only (bench/counts.ts)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateWorkbook } from '../server/cli/generate.js';
import { bareImport, graphShape, legacyImport, validatedImport, type ImportRun, type ValidatedRun } from './import.js';
import { freshNeo4j, rssOf, type FreshNeo4j } from './lib/neo4j.js';
import { fmt, markdownTable, mib } from './lib/stats.js';
import { countsBench } from './counts.js';
import { mapBench, type MapFigures } from './maps.js';
import { loadTest, measureOps, measureRepeated, operations, recordCypher, type LoadFigures, type OpFigures } from './queries.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 3) : (argv[i + 1] ?? fallback);
};
const sizes = option('enterprises', flag('full') ? '100000,1000000' : '100000').split(',').map(Number);
const runs = Number(option('runs', '40'));
const warmup = Number(option('warmup', '5'));
const duration = Number(option('duration', '30'));
const connections = Number(option('connections', '50'));
const seed = option('seed', 'bench');
const started = new Date();
const log = (line: string) => console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(5)} s] ${line}`);
const loadavg = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

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
  import: { bare: ImportRun | null; legacy: ImportRun | null; atomic: ValidatedRun | null; batched: ValidatedRun; sameGraph: boolean | null; shape: Record<string, number>; loadavg: string };
  queries: OpFigures[];
  load: LoadFigures;
  /** The same load with the result cache off: every request computed. */
  uncachedLoad: LoadFigures;
  memory: { serverRss: number | null; jvmRss: number | null; benchRss: number };
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
async function startServer(neo: FreshNeo4j, resultCache: boolean): Promise<{ url: string; token: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'server.ts')], {
    cwd: ROOT,
    env: { ...process.env, BENCH_NEO4J_URI: neo.embedded.uri, BENCH_NEO4J_PASSWORD: neo.embedded.password, BENCH_HOME_REGION: 'ZONE1', BENCH_RESULT_CACHE: resultCache ? 'on' : 'off' },
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
  const info = JSON.parse(line) as { url: string; token: string; pid: number };
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
  log(`throughput (${what}): ${fmt(l.requestsPerSecond, 1)} req/s, p99 ${fmt(l.p99)} ms, ${l.errors} errors (${l.timeouts} timeouts), ${l.non2xx} non-2xx, ${l.graphqlErrors} GraphQL errors ${JSON.stringify(l.errorCodes)}`);
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

  log('validated import, batched (fresh Neo4j, kept for the queries)');
  neo = await freshNeo4j({ ...memory, log: () => {} });
  try {
    const importLoad = loadavg();
    const batched = await validatedImport(neo, dir, log, { batched: true });
    log(`batched: ${fmt(batched.rowsPerSecond)} rows/s (${fmt(batched.ms / 1000, 1)} s; write phase ${fmt(batched.writeRowsPerSecond)} rows/s; JVM CPU ${fmt(batched.jvmCpuSeconds, 1)} s)`);
    const shape = await graphShape(neo.driver);
    const sameGraph = bareShape === null ? null : JSON.stringify(shape) === JSON.stringify(bareShape);
    if (sameGraph === false) log(`the bare import made another graph: ${JSON.stringify(bareShape)} vs ${JSON.stringify(shape)}`);

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
      return { enterprises: n, rows, tables, neo4j: memory, import: { bare, legacy, atomic, batched, sameGraph, shape, loadavg: importLoad }, queries, load, uncachedLoad, memory: mem };
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

function report(results: SizeResult[], maps: MapFigures[], meta: ReturnType<typeof machine>): string {
  const out: string[] = [];
  out.push(`Run ${started.toISOString()} · ${meta.nproc} CPUs (${meta.cpu}) · ${meta.memoryGiB} GiB · Node ${meta.node} · load average at start ${meta.loadavgAtStart}, at end ${loadavg()}`);
  for (const r of results) {
    out.push('', `### ${fmt(r.enterprises)} enterprises — ${fmt(r.rows)} rows (Neo4j heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache})`, '');
    const imp = r.import;
    const line = (name: string, run: ImportRun | ValidatedRun | null, note: string) =>
      run
        ? [name, fmt(run.rowsPerSecond), 'writeRowsPerSecond' in run ? fmt(run.writeRowsPerSecond) : fmt(run.rowsPerSecond), fmt(run.ms / 1000, 1), fmt(run.jvmCpuSeconds, 1), fmt(run.rows / run.jvmCpuSeconds), note]
        : [name, '—', '—', '—', '—', '—', note];
    out.push(
      markdownTable(
        ['import', 'rows/s (end to end)', 'rows/s (writing)', 'wall s', 'JVM CPU s', 'rows per JVM CPU s', 'note'],
        [
          line('bare UNWIND … MERGE (driver, 10k rows/tx)', imp.bare, 'rows already parsed; no validation, no change detection'),
          line('validated import, batched (10k rows/tx)', imp.batched, `read + validate ${fmt(imp.batched.validateMs / 1000, 1)} s; importer peak RSS ${mib(imp.batched.peakRssBytes)}` + (imp.bare ? `; ratio to bare: ${fmt(imp.batched.rowsPerSecond / imp.bare.rowsPerSecond, 2)}× end to end, ${fmt(imp.batched.writeRowsPerSecond / imp.bare.rowsPerSecond, 2)}× writing, ${fmt(imp.bare.jvmCpuSeconds / imp.batched.jvmCpuSeconds, 2)}× by JVM CPU` : '')),
          line('validated import, atomic (one transaction)', imp.atomic, imp.atomic ? `read + validate ${fmt(imp.atomic.validateMs / 1000, 1)} s; importer peak RSS ${mib(imp.atomic.peakRssBytes)}` : 'not run'),
          ...(imp.legacy ? [line('before: full upsert per row, 1k rows/query, one transaction', imp.legacy, 'writing only (rows already parsed)')] : []),
        ],
      ),
    );
    out.push('', `Same graph from bare and validated imports: ${imp.sameGraph === null ? 'bare not run' : imp.sameGraph ? 'yes' : 'NO'} (${Object.entries(imp.shape).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}).`, '');
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
    out.push(
      '',
      markdownTable(
        ['throughput (autocannon)', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'non-2xx', 'GraphQL errors'],
        [loadRow('result cache on (default)', r.load), loadRow('result cache off', r.uncachedLoad)],
      ),
    );
    out.push('', `Memory at the end: Node server RSS ${mib(r.memory.serverRss)}, Neo4j JVM RSS ${mib(r.memory.jvmRss)} (heap ${r.neo4j.heap} + page cache ${r.neo4j.pageCache}).`);
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
  }
  return out.join('\n');
}

const meta = machine();
log(`machine: ${meta.nproc} CPUs, ${meta.memoryGiB} GiB, ${meta.cpu}; load ${meta.loadavgAtStart}`);
const results: SizeResult[] = [];
let maps: MapFigures[] = [];
const dirOut = path.join(ROOT, 'bench', 'results');
/** Writes what is measured so far: a later failure keeps the sizes already done. */
function save(): string {
  const table = report(results, maps, meta);
  mkdirSync(dirOut, { recursive: true });
  const json = { date: started.toISOString(), finished: new Date().toISOString(), command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`, machine: { ...meta, loadavgAtEnd: loadavg() }, results, maps };
  writeFileSync(path.join(dirOut, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(dirOut, 'latest.md'), `${table}\n`);
  return table;
}
if (flag('counts')) {
  // The maintained local counts only (bench/counts.ts): import cost, exactness, chainStatus at three scopes against today's scan.
  for (const n of sizes) {
    const memory = memoryFor(n);
    const store = option('store', '');
    const figures = await countsBench({ enterprises: n, store: store || null, workbookDir: async () => (await workbook(n)).dir, runs, scanRuns: Math.min(runs, Number(option('scan-runs', String(runs)))), warmup, heap: memory.heap, pageCache: memory.pageCache, plainImport: !flag('no-plain-import'), log });
    mkdirSync(dirOut, { recursive: true });
    writeFileSync(path.join(dirOut, `counts-${n}${store ? '-store' : ''}${flag('no-plain-import') ? '-queries' : ''}.json`), `${JSON.stringify({ date: started.toISOString(), finished: new Date().toISOString(), command: `npm run bench -- ${argv.join(' ')}`, machine: { ...meta, loadavgAtEnd: loadavg() }, figures }, null, 2)}\n`);
  }
  process.exit(0);
}
if (!flag('maps-only')) {
  for (const n of sizes) {
    results.push(await benchSize(n));
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
