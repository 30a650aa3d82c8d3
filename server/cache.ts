import type { QueryRunner } from './db/runner.js';

/** How long a failed read of the data version stands as the answer for the requests that follow. */
const FAILED_VERSION_MS = 1000;

export interface CacheOptions {
  /** Results kept at most (least recently used go first); 0 turns the cache off. */
  maxEntries?: number;
  /** Whole responses kept at most. */
  maxResponses?: number;
  /**
   * Longest a result is served, even under an unchanged data version: writes that bypass the app
   * (another tool writing to the same Neo4j) show after at most this long.
   */
  maxAgeMs?: number;
}

interface Entry<V> {
  version: string;
  at: number;
  value: V;
  /** A recomputation of this entry (past its age, same version) is under way. */
  refreshing?: boolean;
}

/** A least-recently-used map whose entries belong to one data version and expire. */
class VersionedLru<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly max: number,
    private readonly maxAgeMs: number,
  ) {}

  /** The entry of `key` under `version`, however old (its age is the caller's business). */
  peek(key: string, version: string): Entry<V> | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    if (found.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  get(key: string, version: string): V | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    if (found.version !== version || Date.now() - found.at > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.value;
  }

  set(key: string, version: string, value: V): Entry<V> {
    const entry = { version, at: Date.now(), value };
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
 * cached result is never older than the data it was computed from. Each request still reads the
 * version (one index lookup); concurrent requests share that read, and identical concurrent
 * computations share one query.
 */
export class ResultCache {
  private readonly results: VersionedLru<Promise<unknown>>;
  private readonly responses: VersionedLru<unknown>;
  readonly enabled: boolean;
  /** The version read in flight, shared by requests that start while it runs. */
  private versionRead: Promise<string | null> | null = null;
  private hits = 0;
  private misses = 0;
  private responseHits = 0;
  private revalidations = 0;

  private readonly maxAgeMs: number;

  constructor(
    private readonly runner: QueryRunner,
    options: CacheOptions = {},
  ) {
    const maxAgeMs = options.maxAgeMs ?? 60_000;
    this.maxAgeMs = maxAgeMs;
    this.enabled = (options.maxEntries ?? 500) > 0;
    this.results = new VersionedLru(options.maxEntries ?? 500, maxAgeMs);
    this.responses = new VersionedLru(options.maxResponses ?? 100, maxAgeMs);
    // A write through this process makes any version read started before it stale.
    runner.onDataChange(() => {
      this.versionRead = null;
      this.results.clear();
      this.responses.clear();
    });
  }

  /** The graph's data version now; null when none is recorded or the cache is off (nothing is cached then). */
  version(): Promise<string | null> {
    if (!this.enabled) return Promise.resolve(null);
    if (!this.versionRead) {
      const read = this.runner.read<{ version: string | null }>('admin/get-data-version').then(([row]) => row?.version ?? null);
      this.versionRead = read;
      const forget = () => {
        if (this.versionRead === read) this.versionRead = null;
      };
      // A failed read (the database is unreachable) is the answer for FAILED_VERSION_MS more, so
      // one request does not wait for the same failure twice (stored answers, then the resolver).
      read.then(forget, () => setTimeout(forget, FAILED_VERSION_MS).unref());
    }
    return this.versionRead;
  }

  /** `compute()`'s result for `name` and `args`, from the cache when the data has not changed. */
  async get<T>(name: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    const version = await this.version();
    if (version === null) return compute();
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const found = this.results.peek(key, version);
    if (found) {
      this.hits += 1;
      // Past its age under the same version (only a write around the app could have changed the
      // data): answered as it is while one recomputation replaces it, so no request waits seconds
      // for an aggregate that most likely has not changed.
      if (Date.now() - found.at > this.maxAgeMs && !found.refreshing) {
        found.refreshing = true;
        const fresh = compute();
        fresh.then(
          () => {
            if (this.results.peek(key, version) === found) this.results.set(key, version, fresh);
          },
          () => {
            found.refreshing = false;
          },
        );
      }
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
    if (found !== undefined) this.responseHits += 1;
    return found;
  }

  storeResponse(key: string, version: string, data: unknown): void {
    this.responses.set(key, version, data);
  }

  /** A stored answer the client already held (answered 304). */
  countRevalidation(): void {
    this.revalidations += 1;
  }

  stats(): { entries: number; hits: number; misses: number; responses: number; responseHits: number; revalidations: number } {
    return { entries: this.results.size, hits: this.hits, misses: this.misses, responses: this.responses.size, responseHits: this.responseHits, revalidations: this.revalidations };
  }
}
