import type { QueryRunner } from './db/runner.js';

/** How long a failed read of the data version stands as the answer for the requests that follow. */
const FAILED_VERSION_MS = 1000;
/** How often each process reads the data version in the background (writes made around the app). */
export const VERSION_POLL_MS = 250;
/**
 * The longest a version read from Neo4j is trusted: a request whose process has not read the version
 * (or heard of a newer one) within this long reads it itself. So a write made around the app (the
 * import CLI while the app runs, another host) is seen by every process within this bound.
 */
export const VERSION_TRUST_MS = 1000;

export interface CacheOptions {
  /** Results kept at most (least recently used go first); 0 turns the cache off. */
  maxEntries?: number;
  /** Whole responses kept at most. */
  maxResponses?: number;
  /** How often the data version is read in the background; 0 for never (tests of the bound). */
  pollMs?: number;
  /** How long a version read is trusted (VERSION_TRUST_MS). */
  trustMs?: number;
}

interface Entry<V> {
  version: string;
  value: V;
}

/**
 * A least-recently-used map whose entries belong to one data version. Entries do not expire by age:
 * every write of chain data gives the graph a new version, which every process learns within
 * VERSION_TRUST_MS, so an entry of the current version is exact however old it is.
 */
class VersionedLru<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly max: number) {}

  get(key: string, version: string): Entry<V> | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    this.entries.delete(key);
    if (found.version !== version) return undefined;
    this.entries.set(key, found);
    return found;
  }

  set(key: string, version: string, value: V): Entry<V> {
    const entry = { version, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** Deletes `key` if it still holds `entry`. */
  drop(key: string, entry: Entry<V>): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Results of the expensive reads (status map, targets, 本地配套率, supplier network, panorama) and
 * whole GraphQL responses of read-only queries, keyed by the graph's data version and the exact
 * arguments. Every write of chain data gives the graph a new version in its own transaction, so a
 * cached result is never older than the data it was computed from.
 *
 * The version is held in memory, not read per request: a write through this process sets it at
 * commit (read-your-writes in this process is immediate); a write through another app process of
 * the same cluster arrives through the primary (`learn`); and one background read every
 * VERSION_POLL_MS catches writes made around the app. A version read more than VERSION_TRUST_MS
 * ago is not trusted: the request then reads it itself (concurrent requests share that read).
 */
export class ResultCache {
  private readonly results: VersionedLru<Promise<unknown>>;
  private readonly responses: VersionedLru<unknown>;
  readonly enabled: boolean;
  /** The version known to this process, and when the read that found it started (or when it was told). */
  private known: { version: string | null; at: number } | null = null;
  /** When this process last heard of a version without reading it (its own write, or the primary's message). */
  private toldAt = -Infinity;
  /** The version read in flight (shared by requests that start while it runs), or a failed one while it stands. */
  private versionRead: Promise<string | null> | null = null;
  private readonly listeners = new Set<(version: string | null) => void>();
  private readonly poll: NodeJS.Timeout | null;
  private readonly trustMs: number;
  private hits = 0;
  private misses = 0;
  private responseHits = 0;
  private revalidations = 0;
  private versionReads = 0;

  constructor(
    private readonly runner: QueryRunner,
    options: CacheOptions = {},
  ) {
    this.enabled = (options.maxEntries ?? 500) > 0;
    this.trustMs = options.trustMs ?? VERSION_TRUST_MS;
    this.results = new VersionedLru(options.maxEntries ?? 500);
    this.responses = new VersionedLru(options.maxResponses ?? 100);
    // A write through this process: its version is the current one from now on, and any read
    // started before it is stale.
    runner.onDataChange((version) => this.learn(version, { local: true }));
    const pollMs = options.pollMs ?? VERSION_POLL_MS;
    this.poll = this.enabled && pollMs > 0 ? setInterval(() => void this.readVersion().catch(() => undefined), pollMs) : null;
    this.poll?.unref();
  }

  /** Stops the background read. */
  close(): void {
    if (this.poll) clearInterval(this.poll);
  }

  /** The graph's data version now; null when none is recorded or the cache is off (nothing is cached then). */
  version(): Promise<string | null> {
    if (!this.enabled) return Promise.resolve(null);
    const known = this.known;
    if (known && Date.now() - known.at <= this.trustMs) return Promise.resolve(known.version);
    return this.readVersion();
  }

  /**
   * `version` is the graph's data version as of now: written by this process (`local`), or by
   * another app process of the cluster, which told the primary, which told this one. Reads started
   * before this moment may return an older version and are not taken as the known one.
   */
  learn(version: string | null, { local = false }: { local?: boolean } = {}): void {
    const changed = this.known?.version !== version;
    const now = Date.now();
    this.toldAt = now;
    this.known = version === null ? null : { version, at: now };
    this.versionRead = null;
    if (local) {
      this.results.clear();
      this.responses.clear();
    }
    if (changed) this.changed(version);
  }

  /** Calls `listener` whenever this process learns of a data version other than the one it knew. */
  onVersionChange(listener: (version: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(version: string | null): void {
    for (const listener of this.listeners) listener(version);
  }

  private readVersion(): Promise<string | null> {
    if (!this.versionRead) {
      const startedAt = Date.now();
      this.versionReads += 1;
      const read = this.runner.read<{ version: string | null }>('admin/get-data-version').then(([row]) => row?.version ?? null);
      this.versionRead = read;
      const forget = () => {
        if (this.versionRead === read) this.versionRead = null;
      };
      read.then(
        (version) => {
          forget();
          // A read that started before this process was told of a newer version may predate it.
          if (startedAt < this.toldAt) return;
          const changed = this.known?.version !== version;
          this.known = { version, at: startedAt };
          if (changed) this.changed(version);
        },
        () => {
          // A failed read (the database is unreachable) is the answer for FAILED_VERSION_MS more, so
          // one request does not wait for the same failure twice (stored answers, then the
          // resolver), and the version known before is no longer trusted.
          if (startedAt >= this.toldAt) this.known = null;
          setTimeout(forget, FAILED_VERSION_MS).unref();
        },
      );
    }
    return this.versionRead;
  }

  /** `compute()`'s result for `name` and `args`, from the cache when the data has not changed. */
  async get<T>(name: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    const version = await this.version();
    if (version === null) return compute();
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const found = this.results.get(key, version);
    if (found) {
      this.hits += 1;
      return found.value as Promise<T>;
    }
    this.misses += 1;
    const value = compute();
    const entry = this.results.set(key, version, value);
    // Failures are not kept: the next request computes again.
    value.catch(() => this.results.drop(key, entry));
    return value;
  }

  /** A whole response stored under `key` for `version`. */
  response(key: string, version: string): unknown {
    const found = this.responses.get(key, version);
    if (found === undefined) return undefined;
    this.responseHits += 1;
    return found.value;
  }

  storeResponse(key: string, version: string, data: unknown): void {
    this.responses.set(key, version, data);
  }

  /** A stored answer the client already held (answered 304). */
  countRevalidation(): void {
    this.revalidations += 1;
  }

  stats(): { entries: number; hits: number; misses: number; responses: number; responseHits: number; revalidations: number; versionReads: number } {
    return {
      entries: this.results.size,
      hits: this.hits,
      misses: this.misses,
      responses: this.responses.size,
      responseHits: this.responseHits,
      revalidations: this.revalidations,
      versionReads: this.versionReads,
    };
  }
}
