import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AppError, fromNeo4jError } from '../errors.js';
import { cypher } from './cypher.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
}

/** Runs named queries inside one write transaction. */
export interface TxRunner {
  run<T = Row>(name: string, params?: Params): Promise<T[]>;
  /** Runs query text that is not a named file (schema statements, console EXPLAIN). */
  runText<T = Row>(text: string, params?: Params): Promise<T[]>;
}

/**
 * Converts JS values to what Cypher expects: whole numbers become Neo4j integers (so LIMIT,
 * SKIP and range() accept them and stored counts stay integers); everything else passes.
 */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toNeo4j(v);
    return out;
  }
  return value;
}

/** Converts driver values back: temporal values become ISO strings. Integers arrive as numbers. */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) return String(value);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromNeo4j(v);
    return out;
  }
  return value;
}

function rowsOf<T>(records: Array<{ toObject(): Row }>): T[] {
  return records.map((r) => fromNeo4j(r.toObject()) as T);
}

/** Named queries that change chain data (and so the data version). */
const DATA_QUERY = /^(editing|import)\//;

/** Timeout of a read that names none. */
export const READ_TIMEOUT_MS = 60_000;
/** How long past its timeout a query is waited for before it is given up on this side. */
export const DEADLINE_GRACE_MS = 5_000;

/** The error of a query that ran past its timeout. */
export const timedOut = (query: string) =>
  new AppError('TIMEOUT', `The query took too long and was stopped (${query}).`, { neo4jCode: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', query });

/**
 * Resolves as `promise` does, or fails with TIMEOUT once `deadline` (epoch ms) has passed. The
 * database ends its side of the query by the same timeout; this ends the wait for it.
 */
export function withDeadline<T>(promise: Promise<T>, deadline: number, query: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut(query)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * The one place that runs queries against Neo4j. Reads are routed as reads and writes as writes,
 * so a cluster spreads them; every error leaves here as an AppError mapped by its Neo4j code.
 */
export class QueryRunner {
  private readonly dataListeners = new Set<() => void>();

  private readonly readTimeoutMs: number;
  private readonly graceMs: number;

  constructor(
    readonly driver: Driver,
    readonly database?: string,
    options: { readTimeoutMs?: number; graceMs?: number } = {},
  ) {
    this.readTimeoutMs = options.readTimeoutMs ?? READ_TIMEOUT_MS;
    this.graceMs = options.graceMs ?? DEADLINE_GRACE_MS;
  }

  /** Calls `listener` after every committed write of chain data through this runner. */
  onDataChange(listener: () => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  /** Tells the listeners that chain data changed (the import calls it after each commit). */
  dataChanged(): void {
    for (const listener of this.dataListeners) listener();
  }

  read<T = Row>(name: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return this.execute<T>(name, cypher(name), params, neo4j.routing.READ, options);
  }

  /**
   * Runs a named write. A query that changes chain data (`editing/`, `import/`) gives the graph a
   * new data version in the same transaction, so that no cached result of the old data is served.
   */
  async write<T = Row>(name: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    if (!DATA_QUERY.test(name)) return this.execute<T>(name, cypher(name), params, neo4j.routing.WRITE, options);
    const rows = await this.writeTransaction(async (tx) => {
      const result = await tx.run<T>(name, params);
      await tx.run('admin/bump-data-version');
      return result;
    }, options);
    this.dataChanged();
    return rows;
  }

  /** Runs query text (schema statements, console queries) with the given routing. */
  text<T = Row>(label: string, text: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'READ', options: QueryOptions = {}): Promise<T[]> {
    return this.execute<T>(label, text, params, mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE, options);
  }

  /** One write transaction for several queries: all of them commit, or none. */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    let current = 'transaction';
    try {
      return await session.executeWrite(
        (tx: ManagedTransaction) => {
          const runText = async <R>(label: string, text: string, params: Params = {}) => {
            current = label;
            const result = await tx.run(text, toNeo4j(params) as Params);
            return rowsOf<R>(result.records);
          };
          return work({
            run: <R>(name: string, params?: Params) => runText<R>(name, cypher(name), params),
            runText: <R>(text: string, params?: Params) => runText<R>('statement', text, params),
          });
        },
        options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
      );
    } catch (error) {
      throw fromNeo4jError(error, current);
    } finally {
      await session.close();
    }
  }

  private async execute<T>(label: string, text: string, params: Params, routing: "READ" | "WRITE", options: QueryOptions): Promise<T[]> {
    // Reads have a deadline on this side too: a database that stops answering (a frozen process,
    // a network partition) fails the query instead of holding the request for ever.
    const timeoutMs = options.timeoutMs ?? (routing === neo4j.routing.READ ? this.readTimeoutMs : undefined);
    try {
      const running = this.driver.executeQuery(text, toNeo4j(params) as Params, {
        routing,
        database: this.database,
        transactionConfig: timeoutMs ? { timeout: timeoutMs } : undefined,
      });
      const result = timeoutMs ? await withDeadline(running, Date.now() + timeoutMs + this.graceMs, label) : await running;
      return rowsOf<T>(result.records);
    } catch (error) {
      throw fromNeo4jError(error, label);
    }
  }
}
