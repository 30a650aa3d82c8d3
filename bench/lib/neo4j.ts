// A fresh embedded Neo4j for a benchmark: its own temp DATA_DIR, a free Bolt port on 127.0.0.1,
// the schema applied. stop() shuts the JVM down and deletes the data.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/db/driver.js';
import { startEmbedded, type EmbeddedNeo4j } from '../../server/db/embedded.js';
import { QueryRunner } from '../../server/db/runner.js';
import { applySchema } from '../../server/db/schema.js';
import { ensureLocalCounts } from '../../server/repositories/local-counts.js';

export interface FreshNeo4j {
  embedded: EmbeddedNeo4j;
  driver: Driver;
  runner: QueryRunner;
  dataDir: string;
  /** With `store`: how long the start-up check (and rebuild, when absent) of the local counts took. */
  countsRebuildMs: number | null;
  stop(): Promise<void>;
}

/**
 * `store`: a ready DATA_DIR (e.g. a 1M-enterprise import) copied into the temp dir first, so the
 * imports can be skipped; the original is never opened. A store made before the maintained local
 * counts gets them built here, as the app's start would (the time is logged).
 */
export async function freshNeo4j(options: { heap: string; pageCache: string; log?: (line: string) => void; store?: string }): Promise<FreshNeo4j> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-bench-'));
  if (options.store) {
    cpSync(options.store, dataDir, { recursive: true, preserveTimestamps: true });
    // A copy of a store that another process had open must not look as if it still runs.
    rmSync(path.join(dataDir, 'neo4j', 'runtime.json'), { force: true });
  }
  const embedded = await startEmbedded({ dataDir, boltPort: 0, heap: options.heap, pageCache: options.pageCache, portSetting: 'bench Neo4j', log: options.log });
  const driver = createDriver(embedded);
  const runner = new QueryRunner(driver);
  await applySchema(runner);
  let countsRebuildMs: number | null = null;
  if (options.store) {
    const rebuild = performance.now();
    await ensureLocalCounts(runner, options.log ?? (() => {}));
    countsRebuildMs = performance.now() - rebuild;
  }
  let stopped = false;
  return {
    embedded,
    driver,
    runner,
    dataDir,
    countsRebuildMs,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await driver.close().catch(() => {});
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resident set size of a process in bytes (Linux /proc), null when it is gone. */
export function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in seconds (Linux /proc). */
export function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds per thread name of a process (threads of one name summed), most first. */
export function threadCpu(pid: number): Array<[string, number]> {
  const out = new Map<string, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[\d-]+$/, '#');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(name, (out.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // the thread ended
      }
    }
  } catch {
    // the process ended
  }
  return [...out].sort((a, b) => b[1] - a[1]);
}
