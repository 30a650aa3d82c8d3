// Import under faults: SIGKILLs the Neo4j JVM in the middle of a large import and checks that the
// database then holds ALL of the workbook or NONE of it, never a part.
//
// Usage: npx tsx scripts/faults/import-kill.ts [--trials 20] [--enterprises 20000] [--seed faults]
//                                              [--heap 1g] [--pagecache 256m] [--tx-timeout SECONDS]
// It starts its own embedded Neo4j (temp DATA_DIR, free Bolt port on 127.0.0.1), writes a synthetic
// workbook (server/cli/generate.ts), imports it once to measure it, then per trial: empties the
// database, starts the import in a child process (scripts/faults/import-child.ts: the path of
// `npm run import`), SIGKILLs the JVM at a random point of the write — while batches are sent, or
// while the single transaction commits, in proportion to the durations of the latest full import —
// restarts Neo4j on the same DATA_DIR and port, compares the node count of every label and the
// relationship count of every type with the workbook's totals, re-imports and checks them again. --tx-timeout gives the import's write transaction
// a timeout of its own (the default is the server's, 120 s, as for `npm run import`).
// Exit code: 0 every trial ended all-or-none and re-imported exactly; 1 otherwise; 2 usage.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateWorkbook, prng } from '../../server/cli/generate.js';
import { describePlan, importAndKill, spawnImport, type ChildSummary, type KillPlan } from './lib/child-import.js';
import { classify, countGraph, emptyGraph, expectedFromCsvWorkbook, totalOf, type Outcome } from './lib/graph-counts.js';
import { OwnNeo4j, waitFor } from './lib/own-neo4j.js';

interface Args {
  trials: number;
  enterprises: number;
  seed: string;
  heap: string;
  pageCache: string;
  txTimeoutS: number | null;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { trials: 20, enterprises: 20_000, seed: 'faults', heap: '1g', pageCache: '256m', txTimeoutS: null };
  for (let i = 0; i < argv.length; i += 1) {
    const m = /^--(trials|enterprises|seed|heap|pagecache|tx-timeout)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) return `unknown argument ${argv[i]}`;
    const value = m[2] ?? argv[++i];
    if (value === undefined) return `--${m[1]} needs a value`;
    if (m[1] === 'trials' || m[1] === 'enterprises') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > (m[1] === 'trials' ? 1000 : 1_000_000)) return `--${m[1]}: a whole number from 1`;
      args[m[1]] = n;
    } else if (m[1] === 'tx-timeout') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return '--tx-timeout: whole seconds';
      args.txTimeoutS = n;
    } else if (m[1] === 'seed') args.seed = value;
    else if (!/^\d+[kmg]$/i.test(value)) return `--${m[1]}: a size such as 1g`;
    else if (m[1] === 'heap') args.heap = value;
    else args.pageCache = value;
  }
  return args;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs an import to its end in a child; throws unless it was accepted. */
async function importToEnd(neo: OwnNeo4j, workbook: string) {
  const run = spawnImport(neo.dataDir, workbook);
  const code = await run.exit;
  if (code !== 0 || !run.result?.ok) throw new Error(`the import failed (exit ${code}): ${run.stderr || JSON.stringify(run.result)}`);
  return run;
}

function recoveries(dataDir: string): number {
  const log = path.join(dataDir, 'neo4j', 'home', 'logs', 'debug.log');
  if (!existsSync(log)) return 0;
  return (readFileSync(log, 'utf8').match(/Recovery completed/g) ?? []).length;
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    console.error('usage: npx tsx scripts/faults/import-kill.ts [--trials 20] [--enterprises 20000] [--seed S] [--heap 1g] [--pagecache 256m] [--tx-timeout SECONDS]');
    return 2;
  }
  const random = prng(`import-kill:${args.seed}`);
  if (args.txTimeoutS) process.env.FAULTS_TX_TIMEOUT_MS = String(args.txTimeoutS * 1000);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-import-kill-'));
  const workbook = path.join(tmp, 'workbook');
  let neo: OwnNeo4j | null = null;
  const started = Date.now();
  try {
    const rows = await generateWorkbook({ enterprises: args.enterprises, out: workbook, seed: args.seed });
    const totalRows = Object.values(rows).reduce((a, b) => a + b, 0);
    console.log(
      `workbook: ${args.enterprises} enterprises, ${totalRows} rows (${Object.entries(rows)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')})`,
    );

    neo = await OwnNeo4j.start({ dataDir: path.join(tmp, 'data'), heap: args.heap, pageCache: args.pageCache });
    console.log(`Neo4j: ${neo.uri}, DATA_DIR ${neo.dataDir}, heap ${args.heap}, page cache ${args.pageCache}, JVM pid ${neo.pid}`);

    // The totals the workbook makes, worked out from its rows; then a reference run that must reach
    // them and that measures how long the write and the commit take.
    const expected = expectedFromCsvWorkbook(workbook);
    const reference = await importToEnd(neo, workbook);
    let writeMs = reference.allSentMs! - reference.firstProgressMs!;
    let commitMs = reference.resultMs! - reference.allSentMs!;
    for (const [table, n] of Object.entries(rows)) {
      const c = reference.result!.counts[table];
      if (n > 0 && (c?.rows !== n || c.created !== n)) throw new Error(`reference import of ${table}: ${JSON.stringify(c)}, expected ${n} rows created`);
    }
    const referenceCounts = await countGraph(neo.runner);
    if (classify(referenceCounts, expected) !== 'all') throw new Error(`the reference import made ${JSON.stringify(referenceCounts)}, the workbook says ${JSON.stringify(expected)}`);
    const totals = totalOf(expected);
    console.log(
      `reference import: ${s(reference.resultMs!)} in all — validation ${s(reference.firstProgressMs!)}, write ${s(writeMs)}, commit ${s(commitMs)}; ` +
        `${totals.nodes} nodes, ${totals.relationships} relationships`,
    );
    console.log(`expected labels ${JSON.stringify(expected.labels)}`);
    console.log(`expected types  ${JSON.stringify(expected.types)}`);
    console.log();

    const widths = [5, 22, 8, 28, 8, 9, 9, 10, 14, 6];
    console.log(pad(['trial', 'kill plan', 'kill at', 'phase at kill', 'outcome', 'restart', 'recovery', 'recovered', 're-import', 'check'], widths));
    const results: Array<{ outcome: Outcome; recoveryMs: number; check: boolean; phase: string }> = [];
    for (let trial = 1; trial <= args.trials; trial += 1) {
      await emptyGraph(neo.driver);
      if (classify(await countGraph(neo.runner), expected) !== 'none') throw new Error('could not empty the database');
      const u = random();
      const writeShare = writeMs / Math.max(1, writeMs + commitMs);
      const plan: KillPlan = u < writeShare ? { kind: 'rows', fraction: Math.max(0.005, u / writeShare) } : { kind: 'commit', afterMs: Math.round(((u - writeShare) / (1 - writeShare)) * commitMs) };

      const recoveredBefore = recoveries(neo.dataDir);
      const killed = await importAndKill(neo, workbook, plan);
      const restartMs = await neo.restart();
      const ready = await waitFor(() => countGraph(neo!.runner), 60_000);
      const recoveryMs = restartMs + ready.ms;
      const outcome = classify(ready.value, expected);
      const recovered = recoveries(neo.dataDir) > recoveredBefore ? 'tx log' : 'clean';
      if (outcome === 'partial') {
        console.log(`  PARTIAL after the kill: labels ${JSON.stringify(ready.value.labels)} types ${JSON.stringify(ready.value.types)}`);
      }

      // Re-import: it must complete the graph (or find it complete) and end with exactly the totals.
      const again = await importToEnd(neo, workbook);
      const counts: ChildSummary['counts'] = again.result!.counts;
      const createdAll = Object.entries(rows).every(([t, n]) => n === 0 || (counts[t]?.created === n && counts[t]?.updated === 0));
      const createdNone = Object.values(counts).every((c) => c.created === 0 && c.updated === 0);
      const after = await countGraph(neo.runner);
      const check = classify(after, expected) === 'all' && (outcome === 'none' ? createdAll : outcome === 'all' ? createdNone : false);
      const reimport = createdNone ? 'nothing new' : createdAll ? 'created all' : 'created some';
      if (createdAll) {
        // A full write once the query plans are warm: the durations the next kill plan aims at.
        writeMs = again.allSentMs! - again.firstProgressMs!;
        commitMs = again.resultMs! - again.allSentMs!;
      }
      results.push({ outcome, recoveryMs, check, phase: killed.phase });
      console.log(pad([String(trial), describePlan(plan), s(killed.killMs), killed.phase, outcome.toUpperCase(), s(restartMs), s(recoveryMs), recovered, reimport, check ? 'ok' : 'FAIL'], widths));
    }

    const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
    const recoveryTimes = results.map((r) => r.recoveryMs).sort((a, b) => a - b);
    const failed = results.filter((r) => r.outcome === 'partial' || !r.check).length;
    console.log();
    console.log(
      `summary: ${results.length} trials — ALL ${count('all')}, NONE ${count('none')}, PARTIAL ${count('partial')}; ` +
        `killed while writing ${results.filter((r) => r.phase.startsWith('writing')).length}, while committing ${results.filter((r) => r.phase.startsWith('committing')).length}, ` +
        `after the commit ${results.filter((r) => r.phase === 'finished').length}; ` +
        `recovery (restart to first answer) median ${s(recoveryTimes[Math.floor(recoveryTimes.length / 2)] ?? 0)}, max ${s(recoveryTimes.at(-1) ?? 0)}; ` +
        `re-import checks failed ${failed - count('partial')}; total ${s(Date.now() - started)}`,
    );
    return failed ? 1 : 0;
  } finally {
    await neo?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error('[import-kill] failed:', error);
  return 1;
});
