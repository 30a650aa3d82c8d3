import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, DataDirInUse } from '../config.js';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const CLASSES = path.join(LAUNCHER_DIR, 'target', 'classes', 'chainatlas', 'Launcher.class');
const LIB = path.join(LAUNCHER_DIR, 'target', 'lib');

export interface EmbeddedOptions {
  /** The app's DATA_DIR; the database lives in DATA_DIR/neo4j. */
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** Name of the setting that chose the port, for error messages. */
  portSetting?: string;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  pid: number;
  /** Shuts the database down cleanly; resolves when the JVM has exited. */
  stop(): Promise<void>;
  /** Resolves when the JVM exits for any reason. */
  exited: Promise<number | null>;
}

export interface RuntimeInfo {
  pid: number;
  uri: string;
  ownerPid: number;
  /** Set by the owner as soon as it begins to stop (a signal, or stop()). */
  stopping?: boolean;
}

/** How long a start waits for a stopping instance of its DATA_DIR (its stop kills the JVM after 30 s). */
export const STOPPING_WAIT_MS = 60_000;

export function launcherBuilt(): boolean {
  return existsSync(CLASSES) && existsSync(LIB);
}

/** Builds the launcher with Maven when it is missing (first run downloads Neo4j's jars). */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): void {
  if (launcherBuilt()) return;
  log('Building the embedded Neo4j launcher with Maven (first run downloads ~130 MB of jars)…');
  const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], { stdio: 'inherit' });
  if (result.error) throw new Error(`could not run mvn (is Maven installed?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`the Maven build of ${LAUNCHER_DIR} failed (exit ${result.status})`);
}

function neo4jDir(dataDir: string): string {
  return path.join(dataDir, 'neo4j');
}

export function runtimeFile(dataDir: string): string {
  return path.join(neo4jDir(dataDir), 'runtime.json');
}

export function passwordFile(dataDir: string): string {
  return path.join(neo4jDir(dataDir), 'password');
}

/** The embedded database's password, generated on first use and kept with mode 600. */
export function ensurePassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${password}\n`, { mode: 0o600 });
  renameSync(tmp, file);
  chmodSync(file, 0o600);
  return password;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running embedded instance of this DATA_DIR, if some process serves it now. */
export function readRuntime(dataDir: string): RuntimeInfo | null {
  const file = runtimeFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as RuntimeInfo;
    return isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

/**
 * Marks this process's instance of the DATA_DIR as stopping, so that a start right after (a
 * supervisor's restart, Ctrl-C and start again) waits for it instead of refusing.
 */
export function markStopping(dataDir: string): void {
  const file = runtimeFile(dataDir);
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as RuntimeInfo;
    if (info.ownerPid !== process.pid || info.stopping) return;
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ ...info, stopping: true }), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // no runtime file: nothing runs
  }
}

/** True when this DATA_DIR's runtime file says its owner began to stop (the JVM may be gone already). */
export function markedStopping(dataDir: string): boolean {
  try {
    return (JSON.parse(readFileSync(runtimeFile(dataDir), 'utf8')) as RuntimeInfo).stopping === true;
  } catch {
    return false;
  }
}

/** A running instance that is on its way out: its owner said so, or its owner is gone (the JVM then exits by itself). */
export function isStopping(info: RuntimeInfo): boolean {
  return info.stopping === true || !isAlive(info.ownerPid);
}

/**
 * Waits for a stopping instance of the DATA_DIR to be gone; a live, serving one is an error.
 * Resolves with the milliseconds waited (0 when nothing ran).
 */
export async function waitForStoppingInstance(dataDir: string, log: (line: string) => void, timeoutMs = STOPPING_WAIT_MS): Promise<number> {
  const started = Date.now();
  let running = readRuntime(dataDir);
  if (!running) return 0;
  if (!isStopping(running)) {
    throw new DataDirInUse([`DATA_DIR=${dataDir}: its database is already open in process ${running.ownerPid} (${running.uri}), which is serving; stop that process or use another DATA_DIR`]);
  }
  log(`DATA_DIR=${dataDir}: the previous instance (process ${running.ownerPid}, Neo4j pid ${running.pid}) is still stopping; waiting for it (at most ${timeoutMs / 1000} s)…`);
  while (running) {
    if (Date.now() - started > timeoutMs) {
      throw new ConfigError([`DATA_DIR=${dataDir}: the previous instance (Neo4j pid ${running.pid}) did not stop within ${timeoutMs / 1000} s; stop it or use another DATA_DIR`]);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    running = readRuntime(dataDir);
  }
  const waited = Date.now() - started;
  log(`the previous instance stopped after ${(waited / 1000).toFixed(1)} s; starting`);
  return waited;
}

export function portFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts Neo4j Community in its own JVM with Bolt on 127.0.0.1 and waits for it to be ready.
 * The JVM reads its stdin only to notice this process's exit, so it never outlives us.
 */
export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const setting = options.portSetting ?? 'NEO4J_BOLT_PORT';
  await waitForStoppingInstance(options.dataDir, log);
  const port = options.boltPort === 0 ? await freePort() : options.boltPort;
  if (!(await portFree(port))) {
    throw new ConfigError([`${setting}=${port}: port ${port} on 127.0.0.1 is already in use; free it or choose another port`]);
  }
  ensureLauncherBuilt(log);
  const password = ensurePassword(options.dataDir);
  const home = neo4jDir(options.dataDir);
  const logStream = createWriteStream(path.join(home, 'launcher.log'), { flags: 'a' });

  const child: ChildProcess = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-Xms64m',
      '-XX:+UseSerialGC',
      // No -XX:+ExitOnOutOfMemoryError: Community tracks the memory of collect(), ORDER BY, DISTINCT
      // and aggregation against db.memory.transaction.max (the launcher sets it), but not a list or
      // string built inside one expression ([i IN range(1, 40000000) | i]). Such a query gets
      // Neo.TransientError.General.OutOfMemoryError and the database keeps serving (measured on
      // 5.26 with a 512 MB heap); exiting would fail everyone's requests until the restart.
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${path.join(LAUNCHER_DIR, 'target', 'classes')}${path.delimiter}${path.join(LIB, '*')}`,
      'chainatlas.Launcher',
      '--home',
      path.join(home, 'home'),
      '--port',
      String(port),
      '--password-file',
      passwordFile(options.dataDir),
      '--pagecache',
      options.pageCache,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stderr?.pipe(logStream);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const ready = await new Promise<{ uri: string; version: string }>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`Neo4j did not start within 180 s; see ${path.join(home, 'launcher.log')}`)), 180_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start java (is a JDK 17 installed?): ${error.message}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        logStream.write(`${line}\n`);
        const okMatch = /^NEO4J_READY (\S+) (\S+)/.exec(line);
        const errMatch = /^NEO4J_ERROR (\S+) (.*)$/.exec(line);
        if (okMatch) {
          clearTimeout(timer);
          resolve({ uri: okMatch[1]!, version: okMatch[2]! });
        } else if (errMatch) {
          clearTimeout(timer);
          if (errMatch[1] === 'PORT_IN_USE') reject(new ConfigError([`${setting}=${port}: ${errMatch[2]}`]));
          else if (errMatch[1] === 'STORE_LOCKED') reject(new DataDirInUse([`DATA_DIR=${options.dataDir}: ${errMatch[2]}`]));
          else reject(new Error(`Neo4j failed to start: ${errMatch[2]}`));
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited during start-up (code ${code}); see ${path.join(home, 'launcher.log')}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });

  const info: RuntimeInfo = { pid: child.pid!, uri: ready.uri, ownerPid: process.pid };
  writeFileSync(runtimeFile(options.dataDir), JSON.stringify(info), { mode: 0o600 });
  log(`Neo4j ${ready.version} ready at ${ready.uri} (pid ${child.pid})`);

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      markStopping(options.dataDir);
      child.stdin?.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
      rmSync(runtimeFile(options.dataDir), { force: true });
      logStream.end();
    })();
    return stopping;
  };
  return { uri: ready.uri, user: 'neo4j', password, version: ready.version, pid: child.pid!, stop, exited };
}
