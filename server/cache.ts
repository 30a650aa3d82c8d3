import type { QueryRunner } from './db/runner.js';

export interface CacheOptions {
  /** Results kept at most (least recently used go first); 0 turns the cache off. */
  maxEntries?: number;
  /**
   * Longest a result is served, even under an unchanged data version: writes that bypass the app
   * (another tool writing to the same Neo4j) show after at most this long.
   */
  maxAgeMs?: number;
}

interface Entry {
  version: string;
  at: number;
  value: Promise<unknown>;
}

/**
 * Results of the expensive reads (status map, targets, 本地配套率, supplier network, panorama),
 * keyed by the graph's data version and the exact arguments. Every write of chain data gives the
 * graph a new version in its own transaction, so a cached result is never older than the data
 * it was computed from. Each request still reads the version (one index lookup); concurrent
 * requests share that read, and identical concurrent computations share one query.
 */
export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  /** The version read in flight, shared by requests that start while it runs. */
  private versionRead: Promise<string | null> | null = null;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly runner: QueryRunner,
    options: CacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 500;
    this.maxAgeMs = options.maxAgeMs ?? 60_000;
    // A write through this process makes any version read started before it stale.
    runner.onDataChange(() => {
      this.versionRead = null;
      this.entries.clear();
    });
  }

  /** The graph's data version now; null when none is recorded (nothing is cached then). */
  private version(): Promise<string | null> {
    if (!this.versionRead) {
      const read = this.runner
        .read<{ version: string | null }>('admin/get-data-version')
        .then(([row]) => row?.version ?? null)
        .finally(() => {
          if (this.versionRead === read) this.versionRead = null;
        });
      this.versionRead = read;
    }
    return this.versionRead;
  }

  /** `compute()`'s result for `name` and `args`, from the cache when the data has not changed. */
  async get<T>(name: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    if (this.maxEntries === 0) return compute();
    const version = await this.version();
    if (version === null) return compute();
    const key = `${name}\u0000${JSON.stringify(args)}`;
    const now = Date.now();
    const found = this.entries.get(key);
    if (found && found.version === version && now - found.at <= this.maxAgeMs) {
      this.entries.delete(key);
      this.entries.set(key, found);
      this.hits += 1;
      return found.value as Promise<T>;
    }
    this.misses += 1;
    const value = compute();
    const entry: Entry = { version, at: now, value };
    this.entries.set(key, entry);
    // Failures are not kept: the next request computes again.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  stats(): { entries: number; hits: number; misses: number } {
    return { entries: this.entries.size, hits: this.hits, misses: this.misses };
  }
}
