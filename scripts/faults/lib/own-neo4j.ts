/**
 * An embedded Neo4j of one's own for fault injection: started on a data dir and port of its own,
 * killed (SIGKILL) or frozen (SIGSTOP) and restarted on the same data dir and port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../../server/db/driver.js';
import { startEmbedded, type EmbeddedNeo4j } from '../../../server/db/embedded.js';
import { QueryRunner } from '../../../server/db/runner.js';
import { applySchema } from '../../../server/db/schema.js';

export interface OwnNeo4jOptions {
  /** Defaults to a fresh temp dir, removed by dispose(). */
  dataDir?: string;
  heap?: string;
  pageCache?: string;
  log?: (line: string) => void;
}

/**
 * A throwaway embedded Neo4j (its own JVM, temp DATA_DIR, free Bolt port on 127.0.0.1) with one
 * driver that lives as long as this object: kill() and restart() keep the data dir, the port and
 * the driver, exactly as an app would see its database go away and come back.
 */
export class OwnNeo4j {
  private instance: EmbeddedNeo4j | null = null;
  readonly driver: Driver;
  readonly runner: QueryRunner;

  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly options: OwnNeo4jOptions,
    first: EmbeddedNeo4j,
    private readonly ownsDir: boolean,
  ) {
    this.instance = first;
    this.driver = createDriver(first);
    this.runner = new QueryRunner(this.driver);
  }

  static async start(options: OwnNeo4jOptions = {}): Promise<OwnNeo4j> {
    const ownsDir = !options.dataDir;
    const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'chainatlas-faults-'));
    const instance = await startEmbedded({ dataDir, boltPort: 0, heap: options.heap ?? '512m', pageCache: options.pageCache ?? '64m', portSetting: 'fault-test Neo4j', log: options.log });
    const port = Number(/:(\d+)$/.exec(instance.uri)?.[1]);
    const own = new OwnNeo4j(dataDir, port, options, instance, ownsDir);
    await applySchema(own.runner);
    return own;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** The JVM's pid, or null while it is down. */
  get pid(): number | null {
    return this.instance?.pid ?? null;
  }

  /** SIGKILLs the JVM (no shutdown, no flush) and waits until it is gone. */
  async kill(): Promise<void> {
    const instance = this.instance;
    if (!instance) return;
    this.instance = null;
    try {
      process.kill(instance.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await instance.exited;
    await instance.stop(); // only tidies up (runtime file, log stream): the JVM has exited
  }

  /** Stops the JVM cleanly. */
  async stop(): Promise<void> {
    const instance = this.instance;
    this.instance = null;
    await instance?.stop();
  }

  /** Starts Neo4j again on the same data dir and Bolt port; resolves with the milliseconds it took. */
  async restart(): Promise<number> {
    if (this.instance) throw new Error('restart(): Neo4j is still running');
    const started = Date.now();
    // The port was just released by the killed JVM; allow a few seconds for the kernel to agree.
    for (let attempt = 1; ; attempt += 1) {
      try {
        this.instance = await startEmbedded({
          dataDir: this.dataDir,
          boltPort: this.port,
          heap: this.options.heap ?? '512m',
          pageCache: this.options.pageCache ?? '64m',
          portSetting: 'fault-test Neo4j',
          log: this.options.log,
        });
        break;
      } catch (error) {
        if (attempt >= 10 || !/already in use/.test(String(error))) throw error;
        await sleep(500);
      }
    }
    return Date.now() - started;
  }

  /** Closes the driver, stops the JVM and removes the temp data dir. */
  async dispose(): Promise<void> {
    await this.driver.close().catch(() => undefined);
    await this.stop().catch(() => undefined);
    if (this.ownsDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `probe` resolves (not throws), trying every `everyMs` for at most `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T>, timeoutMs: number, everyMs = 250): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  let last: unknown = null;
  while (Date.now() - started <= timeoutMs) {
    try {
      return { value: await probe(), ms: Date.now() - started };
    } catch (error) {
      last = error;
      await sleep(everyMs);
    }
  }
  throw new Error(`not ready within ${timeoutMs} ms: ${last instanceof Error ? last.message : String(last)}`);
}
