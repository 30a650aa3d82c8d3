// Benchmark of the maintained local counts (`npm run bench -- --counts`, see BENCHMARKS.md):
//   1. the store: either --store DIR (a DATA_DIR copied to a temp folder first; the original is
//      never opened) with the counts rebuilt at start as the app does, or the generated workbook
//      imported twice (batched) into fresh databases, without and with count maintenance, rows/s each;
//   2. the maintained counts compared with a full recomputation (with --store, after --churn N:
//      a batched import of N changes to the store — region moves, placements, new enterprises —
//      with maintenance; without --churn there is nothing maintained to compare);
//   3. chainStatus of the display chain at zone (ZONE1), city (370100) and province (370000) scope,
//      result cache off, side by side in turn, p50/p95 over --runs runs: through GraphQL the gap
//      picture (the client's STATUS_QUERY: no lists, active projects by id), the lists and the
//      projects in full (STATUS_LISTS_QUERY), the whole answer as the map asked for it before the
//      lists came apart, and the gap picture with its projects in full as it was asked for before
//      the projects' details came with the lists; without HTTP the gap picture's computation
//      (counts + status) with its two reads apart (the maintained counts, the active projects),
//      the lists' computation, and the scan of the scope's enterprises (get-chain-status-scan,
//      before the counts were maintained).
// Options: --enterprises N (default 100000) · --store DIR · --churn N · --runs 20 · --scan-runs N · --warmup 3 · --no-plain-import
//          · --heap 6g --pagecache 3g
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { STATUS_LISTS_QUERY, STATUS_QUERY } from '../client/src/api/chains.js';
import { buildApp } from '../server/app.js';
import { createToken, createUser } from '../server/auth/service.js';
import { AccountStore } from '../server/auth/store.js';
import { loadConfig } from '../server/config.js';
import { importWorkbook } from '../server/import/index.js';
import type { WorkbookSource } from '../server/import/read.js';
import { computeStatus, listChainSegments, readLocalEnterpriseLists, readStatusInputs, readStatusRowsScan, requireChain, type Flow } from '../server/repositories/chain-status.js';
import { computeLocalCounts, readLocalCounts } from '../server/repositories/local-counts.js';
import { ACTIVE_STAGES } from '../server/repositories/projects.js';
import { churnWorkbook } from './lib/churn.js';
import { freshNeo4j, type FreshNeo4j } from './lib/neo4j.js';
import { fmt, percentile } from './lib/stats.js';

export interface CountsBenchOptions {
  enterprises: number;
  store: string | null;
  workbookDir: () => Promise<string>;
  runs: number;
  /** Runs of today's scan (slow at 1M: seconds each); at most `runs`. */
  scanRuns: number;
  warmup: number;
  heap: string;
  pageCache: string;
  /** Also import without count maintenance first (the cost comparison); default true. */
  plainImport: boolean;
  /** With a store: rows of changes imported (batched, with maintenance) before the comparison; 0 for none. */
  churn: number;
  log: (line: string) => void;
}

const SCOPES = [
  ['zone', 'ZONE1'],
  ['city', '370100'],
  ['province', '370000'],
] as const;

async function timedImport(db: FreshNeo4j, dir: WorkbookSource, maintainCounts: boolean, log: (line: string) => void) {
  const started = performance.now();
  const result = await importWorkbook(db.runner, dir, { batched: true, lang: 'en', maintainCounts });
  const ms = performance.now() - started;
  const rows = Object.values(result.counts).reduce((n, c) => n + c.rows, 0);
  if (!result.ok) throw new Error(`import rejected: ${JSON.stringify(result.errors.slice(0, 3))}`);
  log(`import ${maintainCounts ? 'with' : 'without'} count maintenance: ${fmt(rows)} rows in ${fmt(ms / 1000, 1)} s = ${fmt(rows / (ms / 1000))} rows/s (reading and validation included)`);
  return { rows, ms, rowsPerSecond: rows / (ms / 1000) };
}

async function compareCounts(db: FreshNeo4j, log: (line: string) => void) {
  const started = performance.now();
  const [stored, computed] = await Promise.all([readLocalCounts(db.runner), computeLocalCounts(db.runner)]);
  const same = JSON.stringify(stored) === JSON.stringify(computed);
  const differing = same ? 0 : new Set([...stored, ...computed].map((r) => JSON.stringify(r))).size - Math.min(stored.length, computed.length);
  log(
    `maintained counts ${same ? 'EQUAL' : 'DIFFER FROM'} a full recomputation: ${fmt(stored.length)} stored, ${fmt(computed.length)} recomputed${same ? '' : `, ~${differing} differ`} (${fmt((performance.now() - started) / 1000, 1)} s)`,
  );
  return { same, stored: stored.length, computed: computed.length };
}

/** The fragments the lists query uses (EnterpriseRef, ProjectRef), for the two queries derived below. */
const LIST_FRAGMENTS = (() => {
  const text = STATUS_LISTS_QUERY.toString();
  const at = text.search(/fragment EnterpriseRef on Enterprise/);
  if (at < 0) throw new Error('STATUS_LISTS_QUERY changed shape: no EnterpriseRef fragment');
  return text.slice(at);
})();

/** The status map's whole answer as the client asked for it before the lists and the projects' details came separately. */
const WHOLE_QUERY = (() => {
  const gap = STATUS_QUERY.toString();
  const whole = gap.replace(/(\n\s*)filling(\n\s*)activeProjectIds/, '$1filling$1localEnterprises {$1  ...EnterpriseRef$1}$2activeProjects {$2  ...ProjectRef$2}');
  if (whole === gap) throw new Error('STATUS_QUERY changed shape: the whole answer with lists cannot be derived from it');
  return `${whole}\n${LIST_FRAGMENTS}`;
})();

/** The gap picture with its active projects in full, as the map asked for it before they came with the lists. */
const FULL_PROJECTS_QUERY = (() => {
  const gap = STATUS_QUERY.toString();
  const full = gap.replace(/(\n\s*)activeProjectIds/, '$1activeProjects {$1  ...ProjectRef$1}');
  if (full === gap) throw new Error('STATUS_QUERY changed shape: the gap picture with projects in full cannot be derived from it');
  return `${full}\n${LIST_FRAGMENTS}`;
})();

const stats = (ms: number[]) => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), runs: ms.length });

export async function countsBench(options: CountsBenchOptions) {
  const { log } = options;
  const figures: Record<string, unknown> = { enterprises: options.enterprises, loadavgStart: os.loadavg() };
  const memory = { heap: options.heap, pageCache: options.pageCache };
  let db: FreshNeo4j;
  if (options.store) {
    if (!existsSync(options.store)) throw new Error(`--store ${options.store}: no such folder`);
    // Copied, started, schema applied, and the local counts rebuilt (the store's import had none).
    const lines: string[] = [];
    const started = performance.now();
    db = await freshNeo4j({
      ...memory,
      store: options.store,
      log: (line) => {
        lines.push(line);
        log(line);
      },
    });
    log(`store copied, started and its counts made ready in ${fmt((performance.now() - started) / 1000, 1)} s`);
    figures.rebuild = { ms: db.countsRebuildMs, lines };
  } else {
    const dir = await options.workbookDir();
    let without: Awaited<ReturnType<typeof timedImport>> | null = null;
    if (options.plainImport) {
      const plain = await freshNeo4j(memory);
      without = await timedImport(plain, dir, false, log);
      await plain.stop();
    }
    db = await freshNeo4j(memory);
    const withCounts = await timedImport(db, dir, true, log);
    figures.import = { without, with: withCounts, ratio: without ? withCounts.rowsPerSecond / without.rowsPerSecond : null };
    if (without) log(`count maintenance costs ${fmt((1 - withCounts.rowsPerSecond / without.rowsPerSecond) * 100, 1)} % of the import's rows/s`);
  }
  try {
    // With --store the counts were just rebuilt by the same recomputation: comparing them would
    // compare it with itself. The maintained counts are compared after an import (no --store).
    if (options.store && options.churn > 0) {
      const wb = await churnWorkbook(db.runner, options.churn);
      log(`churn: ${fmt(wb.enterprises.length)} enterprise rows (moves and new), ${fmt(wb.enterprise_segments.length)} placements`);
      figures.churn = await timedImport(db, { filename: 'churn.json', data: Buffer.from(JSON.stringify(wb)) }, true, log);
      figures.check = await compareCounts(db, log);
    } else if (options.store) log('counts rebuilt from the store at start (the import that made it had no counts); no comparison without --churn');
    else figures.check = await compareCounts(db, log);
    const accounts = AccountStore.open(':memory:', randomBytes(32));
    const app = await buildApp(loadConfig({ HOME_REGION: 'ZONE1', DEMO_DATA: 'off', NODE_ENV: 'production', RESULT_CACHE: 'off' }), db.runner, accounts);
    const port = await app.listen(0, '127.0.0.1');
    await createUser(accounts, 'bench-counts', 'admin');
    const { token } = await createToken(accounts, 'bench-counts', 'bench');
    const graphql = async (query: string, scope: string) => {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { chainId: 'DISPLAY', scope, strongAt: 3, projected: false } }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as {
        errors?: Array<{ message: string }>;
        data?: {
          chainStatus: {
            segments: Array<{ segment: { id: string }; localCount?: number; localEnterprises?: Array<{ id: string }>; activeProjects?: Array<{ id: string }>; activeProjectIds?: string[] }>;
          };
        };
      };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return { ms: performance.now() - started, bytes: Buffer.byteLength(text), body };
    };
    const gapPicture = (scope: string) => graphql(STATUS_QUERY.toString(), scope);
    const listsQuery = (scope: string) => graphql(STATUS_LISTS_QUERY.toString(), scope);
    const wholeAnswer = (scope: string) => graphql(WHOLE_QUERY, scope);
    const fullProjectsAnswer = (scope: string) => graphql(FULL_PROJECTS_QUERY, scope);
    const args = (scope: string) => ({ chainId: 'DISPLAY', scope, includeConfidential: true, evidence: 'ALL' as const });
    // with its lists: the bodies compared with the scan below
    const counted = async (scope: string) => {
      const started = performance.now();
      const inputs = await readStatusInputs(db.runner, args(scope));
      const status = computeStatus({ ...inputs, strongAt: 3, projected: false });
      return { ms: performance.now() - started, status };
    };
    // the gap picture's computation: counts + status, no list
    const countedBare = async (scope: string) => {
      const started = performance.now();
      const inputs = await readStatusInputs(db.runner, { ...args(scope), lists: false });
      const status = computeStatus({ ...inputs, strongAt: 3, projected: false });
      return { ms: performance.now() - started, status };
    };
    // the two reads of the gap picture's computation alone: the maintained counts, the active projects
    const countsRead = async (scope: string) => {
      const started = performance.now();
      const rows = await db.runner.read('chains/get-chain-status', { chainId: 'DISPLAY', scope, evidence: 'ALL' });
      return { ms: performance.now() - started, rows: rows.length };
    };
    const projectsRead = async (scope: string) => {
      const started = performance.now();
      const rows = await db.runner.read<{ segmentIds: string[] }>('chains/list-scope-projects', { chainId: 'DISPLAY', scope, includeConfidential: true, evidence: 'ALL', activeStages: ACTIVE_STAGES });
      // (segment, project) pairs, as the answer repeats each project under every segment above its target
      return { ms: performance.now() - started, rows: rows.reduce((n, r) => n + new Set(r.segmentIds).size, 0) };
    };
    // the lists' computation alone
    const listed = async (scope: string) => {
      const started = performance.now();
      const lists = await readLocalEnterpriseLists(db.runner, { chainId: 'DISPLAY', scope, evidence: 'ALL' });
      return { ms: performance.now() - started, lists };
    };
    const scanned = async (scope: string) => {
      const started = performance.now();
      // today's readStatusInputs: the same reads, local(S) by the scan of the scope's enterprises
      const [, regionRows, segments, flows, rows] = await Promise.all([
        requireChain(db.runner, 'DISPLAY'),
        db.runner.read('chains/get-scope-region', { code: scope }),
        listChainSegments(db.runner, ['DISPLAY']),
        db.runner.read<Flow>('chains/list-chain-flows', { chainId: 'DISPLAY' }),
        readStatusRowsScan(db.runner, args(scope)),
      ]);
      if (!regionRows.length) throw new Error(`no region ${scope}`);
      const status = computeStatus({ segments: segments.get('DISPLAY') ?? [], flows, rows, strongAt: 3, projected: false });
      return { ms: performance.now() - started, status };
    };
    // On a loaded machine the scan can pass the transaction timeout at 1M: recorded, not fatal.
    let scanTimeouts = 0;
    const scannedOrTimeout = async (scope: string) => {
      try {
        return await scanned(scope);
      } catch (error) {
        if ((error as { extensions?: { code?: string } }).extensions?.code !== 'TIMEOUT') throw error;
        scanTimeouts += 1;
        log(`${scope}: today's scan passed the transaction timeout (${scanTimeouts} so far)`);
        return null;
      }
    };
    const results: Record<string, unknown> = {};
    try {
      for (const [label, scope] of SCOPES) {
        // the same answer both ways, first
        const [a, b] = [await counted(scope), await scannedOrTimeout(scope)];
        const view = (s: typeof a.status) => JSON.stringify(s.segments.map((x) => [x.segment.id, x.localCount, x.status, x.localEnterprises.map((e) => e.id)]));
        const same = b ? view(a.status) === view(b.status) : null;
        log(
          `${label} ${scope}: counts and scan give ${same === null ? '(scan timed out, not compared)' : same ? 'the same' : 'DIFFERENT'} segments, counts and lists (local(top) ${a.status.segments
            .map((s) => s.localCount)
            .slice(0, 3)
            .join(', ')} …)`,
        );
        // the gap picture and the lists asked apart give what the whole answer gives
        const [gap, lists, whole, full] = [await gapPicture(scope), await listsQuery(scope), await wholeAnswer(scope), await fullProjectsAnswer(scope)];
        const wholeSegments = whole.body.data!.chainStatus.segments;
        const apart =
          JSON.stringify(gap.body.data!.chainStatus.segments.map((s) => [s.segment.id, s.localCount])) === JSON.stringify(wholeSegments.map((s) => [s.segment.id, s.localCount])) &&
          JSON.stringify(lists.body.data!.chainStatus.segments.map((s) => s.localEnterprises!.map((e) => e.id))) === JSON.stringify(wholeSegments.map((s) => s.localEnterprises!.map((e) => e.id))) &&
          JSON.stringify(lists.body.data!.chainStatus.segments.map((s) => s.activeProjects)) === JSON.stringify(wholeSegments.map((s) => s.activeProjects)) &&
          JSON.stringify(gap.body.data!.chainStatus.segments.map((s) => s.activeProjectIds)) === JSON.stringify(wholeSegments.map((s) => s.activeProjects!.map((p) => p.id)));
        const [cr, pr] = [await countsRead(scope), await projectsRead(scope)];
        log(`${label} ${scope}: ${fmt(cr.rows)} count rows; ${fmt(pr.rows)} (segment, active project) rows`);
        const listed0 = wholeSegments.reduce((n, s) => n + s.localEnterprises!.length, 0);
        log(
          `${label} ${scope}: gap picture + lists asked apart ${apart ? 'equal' : 'DIFFER FROM'} the whole answer; bytes: gap picture ${fmt(gap.bytes)}, lists ${fmt(lists.bytes)}, whole ${fmt(whole.bytes)}, gap picture with its projects in full (before) ${fmt(full.bytes)} (${fmt(listed0)} enterprise rows listed)`,
        );
        const times = {
          gap: [] as number[],
          lists: [] as number[],
          whole: [] as number[],
          full: [] as number[],
          countedBare: [] as number[],
          countsRead: [] as number[],
          projectsRead: [] as number[],
          listed: [] as number[],
          scanned: [] as number[],
        };
        for (let i = 0; i < options.warmup + options.runs; i += 1) {
          const g = await gapPicture(scope);
          const l = await listsQuery(scope);
          const w = await wholeAnswer(scope);
          const b = await fullProjectsAnswer(scope);
          const c = await countedBare(scope);
          const d = await listed(scope);
          const cr2 = await countsRead(scope);
          const pr2 = await projectsRead(scope);
          const s = i < options.warmup + options.scanRuns ? await scannedOrTimeout(scope) : null;
          if (i >= options.warmup) {
            times.gap.push(g.ms);
            times.lists.push(l.ms);
            times.whole.push(w.ms);
            times.full.push(b.ms);
            times.countedBare.push(c.ms);
            times.listed.push(d.ms);
            times.countsRead.push(cr2.ms);
            times.projectsRead.push(pr2.ms);
            if (s) times.scanned.push(s.ms);
          }
        }
        const row = {
          scope,
          same,
          apart,
          bytes: { gap: gap.bytes, lists: lists.bytes, whole: whole.bytes, full: full.bytes },
          gapPicture: stats(times.gap),
          listsQuery: stats(times.lists),
          wholeAnswer: stats(times.whole),
          withProjectsInFull: stats(times.full),
          countsAndStatus: stats(times.countedBare),
          listsComputed: stats(times.listed),
          countsRead: stats(times.countsRead),
          projectsRead: stats(times.projectsRead),
          projectRows: pr.rows,
          scanned: stats(times.scanned),
        };
        results[label] = row;
        const pp = (x: { p50: number; p95: number }) => `${fmt(x.p50)} / ${fmt(x.p95)} ms`;
        log(
          `chainStatus DISPLAY ${label} (${scope}), cache off, ${options.runs} runs, p50 / p95 — GraphQL: gap picture ${pp(row.gapPicture)} · lists ${pp(row.listsQuery)} · whole answer with lists ${pp(row.wholeAnswer)} · gap picture with its projects in full (before) ${pp(row.withProjectsInFull)}; ` +
            `no HTTP: counts + status ${pp(row.countsAndStatus)} (of which the counts' read ${pp(row.countsRead)}, the active projects' read ${pp(row.projectsRead)}) · lists ${pp(row.listsComputed)} · today's scan (${row.scanned.runs} runs) ${pp(row.scanned)}`,
        );
      }
    } finally {
      await app.close();
      accounts.close();
    }
    figures.chainStatus = results;
    figures.scanTimeouts = scanTimeouts;
    figures.loadavgEnd = os.loadavg();
    return figures;
  } finally {
    await db.stop();
  }
}
