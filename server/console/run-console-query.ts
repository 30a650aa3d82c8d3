import { randomUUID } from 'node:crypto';
import { recordAudit } from '../auth/service.js';
import type { AccountStore } from '../auth/store.js';
import { cypher } from '../db/cypher.js';
import { DEADLINE_GRACE_MS, type QueryRunner, type RawReadTransaction } from '../db/runner.js';
import { AppError, codeForNeo4jError, fromNeo4jError, isAccessModeError, isAdminCommand, isPlanningError, neo4jCodeOf } from '../errors.js';
import { gateFor } from './gate.js';
import { checkPlan, formatPlan, type PlanNode } from './plan-check.js';
import { Refusal, refuse } from './refusal.js';
import { LIMITS, PROTECTED_KEYS, PROTECTED_LABELS } from './rules.js';
import { checkStatically } from './static-check.js';
import { approxSize, ResultGraph, type Node, type ResultGraphJson } from './values.js';

export interface ConsoleInput {
  query: string;
  params?: unknown;
  limit?: number | null;
  timeoutMs?: number | null;
}

/** Who runs the query, for the audit log. */
export interface ConsoleActor {
  user: string;
  address: string | null;
}

/**
 * How a run ended: all rows (COMPLETE), stopped at the row cap or the size budget (TRUNCATED), or
 * stopped by the transaction timeout (TIMED_OUT, with the rows read until then).
 */
export type CypherStatus = 'COMPLETE' | 'TRUNCATED' | 'TIMED_OUT';

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  timedOut: boolean;
  status: CypherStatus;
  elapsedMs: number;
  graph: ResultGraphJson | null;
  plan: string;
}

export interface Checked {
  statement: string;
  params: Record<string, unknown>;
  limit: number;
  timeoutMs: number;
}

function checkInput(input: ConsoleInput): Omit<Checked, 'statement'> {
  const limit = input.limit ?? LIMITS.defaultRows;
  if (!Number.isInteger(limit) || limit < 1 || limit > LIMITS.maxRows) {
    throw refuse('bad-limit', 'input', `limit must be a whole number from 1 to ${LIMITS.maxRows} (got ${limit}).`, { argument: 'limit' });
  }
  const timeoutMs = input.timeoutMs ?? LIMITS.defaultTimeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < LIMITS.minTimeoutMs || timeoutMs > LIMITS.maxTimeoutMs) {
    throw refuse('bad-timeout', 'input', `timeoutMs must be a whole number from ${LIMITS.minTimeoutMs} to ${LIMITS.maxTimeoutMs} (got ${timeoutMs}).`, { argument: 'timeoutMs' });
  }
  const params = input.params ?? {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw refuse('bad-params', 'input', 'params must be a JSON object of parameter names to values, e.g. {"chainId": "display"}.', { argument: 'params' });
  }
  if (JSON.stringify(params).length > LIMITS.maxParamsLength) {
    throw refuse('bad-params', 'input', `params are larger than ${LIMITS.maxParamsLength} characters of JSON.`, { argument: 'params' });
  }
  const leak = findProtected(params);
  if (leak)
    throw refuse('protected-data', 'input', `The parameter value "${leak}" names accounts, sessions, tokens, the audit log or saved queries, which the console does not show.`, { argument: 'params' });
  return { params: params as Record<string, unknown>, limit, timeoutMs };
}

/** A parameter string that names a protected label or key (it could feed a dynamic label or n[$key]). */
function findProtected(value: unknown): string | null {
  if (typeof value === 'string') return PROTECTED_LABELS.has(value) || PROTECTED_KEYS.has(value) ? value : null;
  if (Array.isArray(value)) return value.map(findProtected).find((v) => v !== null) ?? null;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = PROTECTED_KEYS.has(k) ? k : findProtected(v);
      if (hit) return hit;
    }
  }
  return null;
}

const EXPLAIN_PREFIX = 'EXPLAIN ';

/**
 * Neo4j's message without the echo of the statement, positions made relative to the analyst's text
 * (the console put EXPLAIN in front of line 1).
 */
function explainMessage(message: string): { message: string; line?: number; column?: number } {
  const first = message.split('\n')[0]!.trim();
  const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(first);
  if (!match) return { message: first };
  const line = Number(match[1]);
  const column = line === 1 ? Math.max(1, Number(match[2]) - EXPLAIN_PREFIX.length) : Number(match[2]);
  return { message: first.replace(match[0], `(line ${line}, column ${column})`), line, column };
}

/**
 * Neo4j refusing the query text while planning: administration commands it cannot plan here
 * (FORBIDDEN), or syntax, unknown names, wrong types and unknown procedures (BAD_USER_INPUT).
 */
function planningError(error: unknown): Refusal | null {
  const code = neo4jCodeOf(error);
  if (!code || !isPlanningError(code)) return null;
  const { message, ...at } = explainMessage(error instanceof Error ? error.message : String(error));
  if (isAdminCommand(code)) return refuse('admin-command', 'plan', `Administration commands are not allowed in the console (${message}).`, { neo4jCode: code });
  return refuse('syntax', 'plan', message, { neo4jCode: code, ...at });
}

/** Layer three refusing a write (only reached if the first two missed it). */
function sessionError(error: unknown): Refusal | null {
  const code = neo4jCodeOf(error);
  if (!isAccessModeError(code)) return null;
  const message = error instanceof Error ? error.message : String(error);
  return refuse('not-read-only', 'session', `Neo4j refused to write in the console's read-only transaction: ${message}`, { neo4jCode: code });
}

/** The one grace period of every query (server/db/runner.ts), named here for the console's tests. */
export { DEADLINE_GRACE_MS };

type Raced<T> = { late: false; value: T } | { late: true };

/** The work's outcome, or `late` when the deadline passes first (the work goes on unobserved). */
function beforeDeadline<T>(work: Promise<T>, ms: number): Promise<Raced<T>> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Raced<T>>((resolve) => {
    timer = setTimeout(() => resolve({ late: true }), ms);
  });
  return Promise.race([work.then((value): Raced<T> => ({ late: false, value })), deadline]).finally(() => clearTimeout(timer));
}

/**
 * Safety layers two and three. The query is EXPLAINed in a read transaction (nothing runs) and its
 * plan must be read-only; then it runs in a READ-mode session through executeRead, under the
 * transaction timeout, reading at most limit + 1 records from the stream. Neither waits past the
 * timeout plus DEADLINE_GRACE_MS; `settled()` tells when Neo4j is really done with both.
 */
export class ConsoleSession {
  private readonly inflight: Array<Promise<unknown>> = [];

  constructor(private readonly runner: QueryRunner) {}

  /** Remembers work that ends when its session has closed, however late, for settled(). */
  private track<T>(work: Promise<T>): Promise<T> {
    this.inflight.push(work.catch(() => undefined));
    return work;
  }

  /** Resolves when every transaction this console session started has ended on the server. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.inflight);
  }

  async explain(checked: Checked): Promise<string> {
    const work = this.track(this.runner.readRaw(async (tx) => (await tx.run(`${EXPLAIN_PREFIX}${checked.statement}`, checked.params)).summary, { timeoutMs: checked.timeoutMs }));
    let raced: Raced<Awaited<typeof work>>;
    try {
      raced = await beforeDeadline(work, checked.timeoutMs + DEADLINE_GRACE_MS);
    } catch (error) {
      throw planningError(error) ?? fromNeo4jError(error, 'console EXPLAIN');
    }
    if (raced.late) throw new AppError('TIMEOUT', `Planning the query took longer than ${checked.timeoutMs} ms; the console stopped waiting.`);
    const summary = raced.value;
    const plan = summary.plan === false ? null : (summary.plan as unknown as PlanNode);
    checkPlan(plan, summary.queryType);
    return formatPlan(plan!);
  }

  async run(checked: Checked): Promise<Omit<CypherResult, 'plan' | 'elapsedMs'>> {
    const { limit } = checked;
    // What the last attempt read; survives a timeout so the rows read until then are returned.
    let read = { columns: [] as string[], records: [] as unknown[][], truncated: false, endpoints: [] as Node[] };
    const work = this.track(
      this.runner.readRaw(
        async (tx) => {
          read = { columns: [], records: [], truncated: false, endpoints: [] };
          const result = tx.run(checked.statement, checked.params);
          read.columns = await result.keys();
          let bytes = 0;
          for await (const record of result) {
            if (read.records.length === limit) {
              read.truncated = true;
              break;
            }
            const row = read.columns.map((c) => record.get(c) as unknown);
            bytes += approxSize(row);
            if (bytes > LIMITS.maxResultBytes && read.records.length > 0) {
              read.truncated = true;
              break;
            }
            read.records.push(row);
          }
          read.endpoints = await this.endpoints(tx, read.records);
        },
        { timeoutMs: checked.timeoutMs, fetchSize: Math.min(limit + 1, 2_000) },
      ),
    );
    let timedOut = false;
    try {
      timedOut = (await beforeDeadline(work, checked.timeoutMs + DEADLINE_GRACE_MS)).late;
    } catch (error) {
      if (codeForNeo4jError(neo4jCodeOf(error)) === 'TIMEOUT') timedOut = true;
      else throw sessionError(error) ?? fromNeo4jError(error, 'console query');
    }
    // A copy: after the deadline the abandoned transaction may still be adding rows.
    const records = read.records.slice();
    const truncated = read.truncated && !timedOut;
    const graph = new ResultGraph();
    for (const row of records) graph.collect(row);
    if (!timedOut) graph.addNodes(read.endpoints);
    graph.assignIds();
    const rows = records.map((row) => row.map((cell) => graph.toJson(cell)));
    const status: CypherStatus = timedOut ? 'TIMED_OUT' : truncated ? 'TRUNCATED' : 'COMPLETE';
    return { columns: read.columns.slice(), rows, rowCount: rows.length, truncated, timedOut, status, graph: graph.toGraph() };
  }

  /** Nodes at the ends of returned relationships that no row held, read in the same transaction. */
  private async endpoints(tx: RawReadTransaction, records: unknown[][]): Promise<Node[]> {
    const probe = new ResultGraph();
    for (const row of records) probe.collect(row);
    const ids = probe.missingEndpoints().slice(0, LIMITS.maxEndpointFetch);
    if (!ids.length) return [];
    const result = await tx.run(cypher('console/list-nodes-by-element-id'), { ids });
    return result.records.map((r) => r.get('node') as Node);
  }
}

/** At most `max` characters, marked when cut, so an audit entry stays valid JSON under its cap. */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…[${text.length - max} more characters]` : text);

function auditParams(params: unknown): unknown {
  const json = JSON.stringify(params ?? {});
  return json.length > 2_000 ? { clipped: clip(json, 2_000) } : (params ?? {});
}

/**
 * 'console.start' is written before a checked query runs, so a query that hangs or brings Neo4j
 * down is still on record; 'console.query' (with the same runId) when it has run, whatever the
 * outcome; 'console.refused' when a layer refused it.
 */
type AuditAction = 'console.start' | 'console.query' | 'console.refused';

function auditor(store: AccountStore, input: ConsoleInput, actor: ConsoleActor, purpose: 'run' | 'saveQuery') {
  return (action: AuditAction, detail: Record<string, unknown>) =>
    recordAudit(store, {
      user: actor.user,
      action,
      target: clip(input.query.trim().split('\n')[0] ?? '', 120),
      detail: {
        ...(purpose === 'run' ? {} : { purpose }),
        query: clip(input.query, 5_000),
        params: auditParams(input.params),
        limit: input.limit ?? null,
        timeoutMs: input.timeoutMs ?? null,
        ...detail,
      },
      address: actor.address,
    });
}

/** Layers one and two (the input, the text, the plan); a refusal is audited before it is thrown. */
async function check(session: ConsoleSession, input: ConsoleInput, audit: ReturnType<typeof auditor>): Promise<{ checked: Checked; plan: string }> {
  try {
    const checked = { ...checkInput(input), statement: checkStatically(input.query).statement };
    return { checked, plan: await session.explain(checked) };
  } catch (error) {
    if (error instanceof Refusal) {
      await audit('console.refused', { outcome: 'refused', reason: error.reason, layer: error.layer, message: error.message });
    } else {
      await audit('console.query', { outcome: 'error', code: error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR' });
    }
    throw error;
  }
}

/**
 * Takes a console slot for the actor (refusing when they or the console are busy; audited), runs
 * `work` with a fresh ConsoleSession, and gives the slot back only when Neo4j has finished every
 * transaction of that session, even ones the console stopped waiting for.
 */
async function inSlot<T>(runner: QueryRunner, actor: ConsoleActor, audit: ReturnType<typeof auditor>, work: (session: ConsoleSession) => Promise<T>): Promise<T> {
  let release: () => void;
  try {
    release = gateFor(runner).enter(actor.user);
  } catch (error) {
    if (error instanceof Refusal) await audit('console.refused', { outcome: 'refused', reason: error.reason, layer: error.layer, message: error.message });
    throw error;
  }
  const session = new ConsoleSession(runner);
  try {
    return await work(session);
  } finally {
    void session.settled().then(release);
  }
}

/** The safety check alone (nothing runs), e.g. before a query is saved; refusals are audited. */
export async function checkConsoleQuery(runner: QueryRunner, store: AccountStore, input: ConsoleInput, actor: ConsoleActor, purpose: 'saveQuery'): Promise<{ plan: string }> {
  const audit = auditor(store, input, actor, purpose);
  return inSlot(runner, actor, audit, async (session) => ({ plan: (await check(session, input, audit)).plan }));
}

/**
 * Runs one console query through every safety layer and audits it, whatever the outcome:
 * 'console.start' before it runs, 'console.query' when it ran (ok, truncated, timeout or a run-time
 * error), 'console.refused' when a layer refused it.
 */
export async function runConsoleQuery(runner: QueryRunner, store: AccountStore, input: ConsoleInput, actor: ConsoleActor): Promise<CypherResult> {
  const audit = auditor(store, input, actor, 'run');
  return inSlot(runner, actor, audit, async (session) => {
    const { checked, plan } = await check(session, input, audit);
    const runId = randomUUID();
    await audit('console.start', { runId });
    const started = performance.now();
    let result: Omit<CypherResult, 'plan' | 'elapsedMs'>;
    try {
      result = await session.run(checked);
    } catch (error) {
      const elapsedMs = Math.round(performance.now() - started);
      if (error instanceof Refusal) {
        await audit('console.refused', { runId, outcome: 'refused', reason: error.reason, layer: error.layer, message: error.message, elapsedMs });
      } else {
        await audit('console.query', {
          runId,
          outcome: 'error',
          code: error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR',
          message: error instanceof Error ? error.message : String(error),
          elapsedMs,
        });
      }
      throw error;
    }
    const elapsedMs = Math.round(performance.now() - started);
    const outcome = result.timedOut ? 'timeout' : result.truncated ? 'truncated' : 'ok';
    await audit('console.query', { runId, outcome, rowCount: result.rowCount, elapsedMs });
    return { ...result, elapsedMs, plan };
  });
}
