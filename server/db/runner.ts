import neo4j, { type Driver, type ManagedTransaction, type Result, type Session, type Transaction } from 'neo4j-driver';
import { AppError, fromNeo4jError } from '../errors.js';
import { cypher } from './cypher.js';
import { createDriver, serverVersion, type Credentials } from './driver.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/**
 * Settings of the transaction a query runs in. New transaction settings go here, and into
 * transactionConfig() below, which is the one place that turns them into the driver's.
 */
export interface QueryOptions {
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
}

export interface WriteOptions extends QueryOptions {
  /**
   * The write changes chain data (the import, single-record edits, pipeline moves): the graph gets
   * a new data version in the same transaction and cached results of the old data are not served.
   */
  bumpsDataVersion?: boolean;
}

/** The database did not answer a new connection (QueryRunner.connect): worth another try once it has started. */
export class Neo4jUnreachable extends Error {}

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

/** Timeout of a read that names none. */
export const READ_TIMEOUT_MS = 60_000;
/**
 * How long past its timeout any query — a read, an import transaction, a console query — is
 * waited for before it is given up on this side. Neo4j checks transaction timeouts every 2 s
 * (db.transaction.monitor.check.interval), so a query that honours its timeout has ended by then;
 * one still running is stuck inside a single expression or the database is frozen, and waiting
 * longer only holds the request (and an analyst's console slot) for nothing. It was 5 s for reads
 * and imports and 2 s for the console; both end with the same TIMEOUT error either way.
 */
export const DEADLINE_GRACE_MS = 2_000;

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

/** The driver's transaction settings for some query options: the one place they are built. */
function transactionConfig(options: QueryOptions, fallbackTimeoutMs?: number): { timeout: number } | undefined {
  const timeout = options.timeoutMs ?? fallbackTimeoutMs;
  return timeout ? { timeout } : undefined;
}

/**
 * One explicit write transaction (the import's unit of work): queries run in it one after another,
 * and it commits or rolls back as a whole.
 *
 * With a timeout, the transaction also has a deadline on this side: no query starts and nothing
 * commits after it, and a query still running DEADLINE_GRACE_MS past it is given up (the database
 * ends its side by the same timeout). The server checks its timeouts only every few seconds, so
 * without this a short timeout would depend on when that check happens to run.
 */
export class WriteTransaction {
  private current = 'transaction';

  /** @internal Opened by QueryRunner.beginWrite. */
  constructor(
    private readonly session: Session,
    private readonly tx: Transaction,
    private readonly deadline: number | null,
    private readonly graceMs: number,
    private readonly bumpsDataVersion: boolean,
    private readonly onCommitted: (version: string | null) => void,
  ) {}

  /** Throws the timeout error when the deadline has passed. */
  private checkDeadline(name: string): void {
    if (this.deadline !== null && Date.now() > this.deadline) throw timedOut(name);
  }

  async run<T = Row>(name: string, params: Params = {}): Promise<T[]> {
    this.current = name;
    this.checkDeadline(name);
    try {
      const running = this.tx.run(cypher(name), toNeo4j(params) as Params);
      const result = this.deadline === null ? await running : await withDeadline(running, this.deadline + this.graceMs, name);
      return rowsOf<T>(result.records);
    } catch (error) {
      throw fromNeo4jError(error, name);
    }
  }

  /** Commits; a transaction of chain data first gives the graph a new data version. */
  async commit(): Promise<void> {
    const version = this.bumpsDataVersion ? ((await this.run<{ version: string }>('admin/bump-data-version'))[0]?.version ?? null) : null;
    try {
      this.checkDeadline(`${this.current} (commit)`);
      await this.tx.commit();
    } catch (error) {
      throw fromNeo4jError(error, `${this.current} (commit)`);
    } finally {
      await this.session.close();
    }
    if (this.bumpsDataVersion) this.onCommitted(version);
  }

  /** Rolls back and closes; bounded in time, since a query given up on may still hold the connection. */
  async rollback(): Promise<void> {
    const bound = Date.now() + this.graceMs;
    try {
      if (this.tx.isOpen()) await withDeadline(this.tx.rollback(), bound, 'rollback');
    } catch {
      // The transaction is gone already (the failure that led here ended it), or the database
      // does not answer; it rolls back an unfinished transaction itself.
    } finally {
      await withDeadline(this.session.close(), bound + this.graceMs, 'close').catch(() => undefined);
    }
  }
}

/**
 * A read transaction handed to code that needs the driver's own results: the console streams
 * records, reads EXPLAIN plans and shows graph values as they are. Errors reach it unmapped, so it
 * can tell a planning error from a failure; it maps the rest with fromNeo4jError.
 */
export interface RawReadTransaction {
  run(text: string, params?: Params): Result;
}

/**
 * The one place that runs queries against Neo4j, and the only holder of the driver. Reads are
 * routed as reads and writes as writes, so a cluster spreads them; every error leaves here as an
 * AppError mapped by its Neo4j code (server/errors.ts).
 */
export class QueryRunner {
  private readonly dataListeners = new Set<(version: string | null) => void>();

  private readonly readTimeoutMs: number;
  private readonly graceMs: number;

  constructor(
    private readonly driver: Driver,
    readonly database?: string,
    options: { readTimeoutMs?: number; graceMs?: number } = {},
  ) {
    this.readTimeoutMs = options.readTimeoutMs ?? READ_TIMEOUT_MS;
    this.graceMs = options.graceMs ?? DEADLINE_GRACE_MS;
  }

  /**
   * A runner on a new driver for `credentials`, once the database has answered (its version comes
   * back with it); the runner owns that driver and close() closes it.
   */
  static async connect(credentials: Credentials, database?: string): Promise<{ runner: QueryRunner; version: string }> {
    const driver = createDriver(credentials);
    try {
      return { runner: new QueryRunner(driver, database), version: await serverVersion(driver, database) };
    } catch (error) {
      await driver.close();
      throw new Neo4jUnreachable(`could not reach Neo4j at ${credentials.uri}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Closes the driver (the caller that made the runner with `connect`, or that passed the driver, decides when). */
  close(): Promise<void> {
    return this.driver.close();
  }

  /**
   * Calls `listener` after every committed write of chain data through this runner, with the data
   * version that write gave the graph (generated inside its transaction).
   */
  onDataChange(listener: (version: string | null) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  private dataChanged(version: string | null): void {
    for (const listener of this.dataListeners) listener(version);
  }

  /** The server's version string, e.g. "5.26.30"; throws when the database does not answer. */
  serverVersion(): Promise<string> {
    return serverVersion(this.driver, this.database);
  }

  read<T = Row>(name: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return this.execute<T>(name, cypher(name), params, neo4j.routing.READ, options);
  }

  /**
   * Runs a named write. A write of chain data says so (`bumpsDataVersion: true`): it then gives the
   * graph a new data version in the same transaction, so that no cached result of the old data is
   * served, and the data listeners hear of it after the commit.
   */
  async write<T = Row>(name: string, params: Params = {}, options: WriteOptions = {}): Promise<T[]> {
    if (!options.bumpsDataVersion) return this.execute<T>(name, cypher(name), params, neo4j.routing.WRITE, options);
    return this.writeTransaction(async (tx) => tx.run<T>(name, params), options);
  }

  /** Runs query text (schema statements, console queries) with the given routing. */
  text<T = Row>(label: string, text: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'READ', options: QueryOptions = {}): Promise<T[]> {
    return this.execute<T>(label, text, params, mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE, options);
  }

  /** One write transaction for several queries: all of them commit, or none. */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    let current = 'transaction';
    let result: T;
    let version: string | null = null;
    try {
      result = await session.executeWrite(async (tx: ManagedTransaction) => {
        const runText = async <R>(label: string, text: string, params: Params = {}) => {
          current = label;
          const answer = await tx.run(text, toNeo4j(params) as Params);
          return rowsOf<R>(answer.records);
        };
        const value = await work({
          run: <R>(name: string, params?: Params) => runText<R>(name, cypher(name), params),
          runText: <R>(text: string, params?: Params) => runText<R>('statement', text, params),
        });
        if (options.bumpsDataVersion) version = (await runText<{ version: string }>('admin/bump-data-version', cypher('admin/bump-data-version')))[0]?.version ?? null;
        return value;
      }, transactionConfig(options));
    } catch (error) {
      throw fromNeo4jError(error, current);
    } finally {
      await session.close();
    }
    if (options.bumpsDataVersion) this.dataChanged(version);
    return result;
  }

  /**
   * Opens an explicit write transaction that the caller commits or rolls back (the import, which
   * decides between commit and rollback only at the end, and batches across many queries).
   */
  beginWrite(options: WriteOptions = {}): WriteTransaction {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const tx = session.beginTransaction(transactionConfig(options));
      const deadline = options.timeoutMs ? Date.now() + options.timeoutMs : null;
      return new WriteTransaction(session, tx, deadline, this.graceMs, options.bumpsDataVersion === true, (version) => this.dataChanged(version));
    } catch (error) {
      void session.close();
      throw fromNeo4jError(error, 'transaction');
    }
  }

  /**
   * Runs `work` in a read transaction of a READ-mode session of its own, under the options'
   * timeout, and resolves only once that session is closed — so a caller that stops waiting can
   * still tell when Neo4j is done (the console gives an analyst's slot back then). `fetchSize`
   * bounds how many records the driver pulls ahead of the reader.
   */
  async readRaw<T>(work: (tx: RawReadTransaction) => Promise<T>, options: QueryOptions & { fetchSize?: number }): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, ...(options.fetchSize ? { fetchSize: options.fetchSize } : {}) });
    try {
      return await session.executeRead((tx) => work({ run: (text, params = {}) => tx.run(text, toNeo4j(params) as Params) }), transactionConfig(options, this.readTimeoutMs));
    } finally {
      await session.close();
    }
  }

  private async execute<T>(label: string, text: string, params: Params, routing: 'READ' | 'WRITE', options: QueryOptions): Promise<T[]> {
    // Reads have a deadline on this side too: a database that stops answering (a frozen process,
    // a network partition) fails the query instead of holding the request for ever.
    const config = transactionConfig(options, routing === neo4j.routing.READ ? this.readTimeoutMs : undefined);
    try {
      const running = this.driver.executeQuery(text, toNeo4j(params) as Params, { routing, database: this.database, transactionConfig: config });
      const result = config?.timeout ? await withDeadline(running, Date.now() + config.timeout + this.graceMs, label) : await running;
      return rowsOf<T>(result.records);
    } catch (error) {
      throw fromNeo4jError(error, label);
    }
  }
}
