/** An import in a child process (scripts/faults/import-child.ts), watched and killable. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ImportResult } from '../../../server/import/index.js';
import type { OwnNeo4j } from './own-neo4j.js';
import { ROOT } from './root.js';

export const IMPORT_CHILD = path.join(ROOT, 'scripts', 'faults', 'import-child.ts');

export interface ChildSummary {
  ok: boolean;
  errors: number;
  counts: ImportResult['counts'];
}

export interface ImportRun {
  child: ChildProcess;
  /** Milliseconds since spawn of the first progress line (the first batch written), or null. */
  firstProgressMs: number | null;
  /** Milliseconds since spawn of the last progress line, when every batch was sent. */
  allSentMs: number | null;
  done: number;
  total: number;
  table: string;
  result: ChildSummary | null;
  resultMs: number | null;
  /** Resolves with the child's exit code when it exits. */
  exit: Promise<number | null>;
  stderr: string;
}

/**
 * Runs `scripts/faults/import-child.ts <workbook>` attached to the embedded Neo4j of `dataDir`
 * (the same path as `npm run import`: openDatabase(attach) → applySchema → importWorkbook).
 * `onEvent` is called after each progress line and when the result arrives.
 */
export function spawnImport(dataDir: string, workbook: string, onEvent: (run: ImportRun, event: 'progress' | 'result') => void = () => {}): ImportRun {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'off' };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', IMPORT_CHILD, workbook], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: ImportRun = {
    child,
    firstProgressMs: null,
    allSentMs: null,
    done: 0,
    total: 0,
    table: '',
    result: null,
    resultMs: null,
    exit: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    stderr: '',
  };
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      const progress = /^FAULTS_PROGRESS (\d+) (\d+) (\S+)$/.exec(line);
      if (progress) {
        const ms = Date.now() - started;
        run.firstProgressMs ??= ms;
        run.done = Number(progress[1]);
        run.total = Number(progress[2]);
        run.table = progress[3]!;
        if (run.done === run.total) run.allSentMs = ms;
        onEvent(run, 'progress');
      } else if (line.startsWith('FAULTS_RESULT ')) {
        run.result = JSON.parse(line.slice('FAULTS_RESULT '.length)) as ChildSummary;
        run.resultMs = Date.now() - started;
        onEvent(run, 'result');
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    run.stderr = (run.stderr + chunk.toString('utf8')).slice(-4000);
  });
  return run;
}

/** Waits for a child to exit, SIGKILLing it after `timeoutMs`. */
export async function reap(run: ImportRun, timeoutMs = 60_000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const first = await Promise.race([run.exit, timeout]);
  clearTimeout(timer);
  if (first === 'timeout') {
    run.child.kill('SIGKILL');
    return run.exit;
  }
  return first;
}

/**
 * When to kill: when `rows` of the workbook's rows have been sent (0 < fraction ≤ 1), or
 * `afterMs` after the last batch was sent (the commit is running).
 */
export type KillPlan = { kind: 'rows'; fraction: number } | { kind: 'commit'; afterMs: number };

export function describePlan(plan: KillPlan): string {
  return plan.kind === 'rows' ? `after ${(plan.fraction * 100).toFixed(0)}% of rows` : `commit +${plan.afterMs} ms`;
}

export interface KillRun {
  /** Milliseconds from the import's spawn to the SIGKILL. */
  killMs: number;
  /** Where the import was: validating, writing n% (table), committing, finished. */
  phase: string;
  childExit: number | null;
  childResult: ChildSummary | null;
}

/** Runs an import in a child and SIGKILLs the Neo4j JVM at the planned moment. */
export async function importAndKill(neo: OwnNeo4j, workbook: string, plan: KillPlan, deadlineMs = 600_000): Promise<KillRun> {
  const started = Date.now();
  let killing: Promise<void> | null = null;
  let phase = '';
  let commitTimer: NodeJS.Timeout | undefined;
  const phaseOf = (run: ImportRun) => {
    if (run.result) return 'finished';
    if (run.firstProgressMs === null) return 'validating';
    if (run.allSentMs !== null) return `committing (+${Date.now() - started - run.allSentMs} ms)`;
    return `writing ${((run.done / Math.max(run.total, 1)) * 100).toFixed(0)}% (${run.table})`;
  };
  let killMs = 0;
  const kill = (run: ImportRun) => {
    if (killing) return;
    phase = phaseOf(run);
    killMs = Date.now() - started;
    killing = neo.kill();
  };
  const run = spawnImport(neo.dataDir, workbook, (r, event) => {
    if (event === 'result') kill(r);
    else if (plan.kind === 'rows' && r.done >= plan.fraction * r.total) kill(r);
    else if (plan.kind === 'commit' && r.done === r.total && !commitTimer) commitTimer = setTimeout(() => kill(r), plan.afterMs);
  });
  const deadline = setTimeout(() => kill(run), deadlineMs);
  const code = await run.exit;
  clearTimeout(deadline);
  clearTimeout(commitTimer);
  const exitedFirst = !killing;
  // The child ended before the plan fired: kill now anyway, so the database is left as it is.
  kill(run);
  await killing;
  if (exitedFirst && !run.result) throw new Error(`the import child exited (code ${code}) before the kill: ${run.stderr}`);
  return { killMs, phase, childExit: code, childResult: run.result };
}
