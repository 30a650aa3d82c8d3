// A fresh embedded Neo4j for a benchmark: its own temp DATA_DIR, a free Bolt port on 127.0.0.1,
// the schema applied. stop() shuts the JVM down and deletes the data.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../server/db/driver.js';
import { startEmbedded, type EmbeddedNeo4j } from '../../server/db/embedded.js';
import { QueryRunner } from '../../server/db/runner.js';
import { applySchema } from '../../server/db/schema.js';

export interface FreshNeo4j {
  embedded: EmbeddedNeo4j;
  driver: Driver;
  runner: QueryRunner;
  dataDir: string;
  stop(): Promise<void>;
}

export async function freshNeo4j(options: { heap: string; pageCache: string; log?: (line: string) => void }): Promise<FreshNeo4j> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-bench-'));
  const embedded = await startEmbedded({ dataDir, boltPort: 0, heap: options.heap, pageCache: options.pageCache, portSetting: 'bench Neo4j', log: options.log });
  const driver = createDriver(embedded);
  const runner = new QueryRunner(driver);
  await applySchema(runner);
  let stopped = false;
  return {
    embedded,
    driver,
    runner,
    dataDir,
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
