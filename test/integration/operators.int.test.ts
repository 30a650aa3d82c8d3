import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { ConfigError, loadConfig } from '../../server/config.js';
import { startEmbedded, type EmbeddedNeo4j } from '../../server/db/embedded.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-ops-'));
let embedded: EmbeddedNeo4j | null = null;

afterAll(async () => {
  await embedded?.stop();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs an operator command the way a person would (`npm run …`) and collects its output. */
function npmRun(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('TEST_NEO4J')));
    const child = spawn('npm', ['run', '-s', ...args], { env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('operator commands and start-up errors', () => {
  beforeAll(async () => {
    await db.reset();
  });

  it('starts its own embedded Neo4j when the app is not running, and leaves none behind', async () => {
    const result = await npmRun(['users', '--', 'add', 'li.si', '--role', 'viewer'], { DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0' });
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /created li\.si \(viewer\); password, shown once: [A-Za-z0-9_-]{24}/);
    assert.equal(existsSync(path.join(dataDir, 'neo4j', 'runtime.json')), false);
  });

  it('attaches to the running embedded instance of the same DATA_DIR', async () => {
    embedded = await startEmbedded({ dataDir, boltPort: 0, heap: '512m', pageCache: '64m' });
    const result = await npmRun(['users', '--', 'list'], { DATA_DIR: dataDir });
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /li\.si\tviewer/);
    const dry = await npmRun(['import', '--', 'test/fixtures/workbooks/basic', '--dry-run', '--json'], { DATA_DIR: dataDir });
    assert.equal(dry.code, 0, dry.out);
    assert.equal((JSON.parse(dry.out.slice(dry.out.indexOf('{'))) as { ok: boolean; dryRun: boolean }).dryRun, true);
  });

  it('refuses a second embedded database on the same DATA_DIR, naming the variable', async () => {
    await assert.rejects(startEmbedded({ dataDir, boltPort: 0, heap: '256m', pageCache: '32m' }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /DATA_DIR=.*already open in process/);
      return true;
    });
  });

  it('names NEO4J_BOLT_PORT when the Bolt port is taken, and PORT when the HTTP port is', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const other = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-ops2-'));
      await assert.rejects(startEmbedded({ dataDir: other, boltPort: taken, heap: '256m', pageCache: '32m' }), new RegExp(`NEO4J_BOLT_PORT=${taken}: port ${taken} on 127.0.0.1 is already in use`));
      rmSync(other, { recursive: true, force: true });
      const app = await buildApp(loadConfig({ DEMO_DATA: 'off' }), db.runner, db.accounts!);
      await assert.rejects(app.listen(taken, '127.0.0.1'), new RegExp(`PORT=${taken}: port ${taken} on 127.0.0.1 is already in use`));
      await app.close();
    } finally {
      blocker.close();
    }
  });

  it('uses NEO4J_URI without starting a JVM; DATA_DIR then holds only the account store and its pepper', async () => {
    const unused = path.join(dataDir, 'never-created');
    const result = await npmRun(['users', '--', 'list'], {
      DATA_DIR: unused,
      NEO4J_URI: process.env.TEST_NEO4J_URI!,
      NEO4J_USER: process.env.TEST_NEO4J_USER!,
      NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD!,
    });
    assert.equal(result.code, 0, result.out);
    // Accounts never live in the graph, so even with NEO4J_URI they are kept in DATA_DIR (README: Accounts).
    assert.deepEqual(
      readdirSync(unused)
        .filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'))
        .sort(),
      ['accounts.sqlite', 'pepper.key'],
    );
    assert.equal(statSync(path.join(unused, 'accounts.sqlite')).mode & 0o777, 0o600);
    assert.equal(statSync(path.join(unused, 'pepper.key')).mode & 0o777, 0o600);
  });

  it('lists every configuration problem at once, with the variable names', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', NEO4J_BOLT_PORT: '70000', DEMO_DATA: 'maybe', HOST: '0.0.0.0', NEO4J_URI: 'http://x' }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.deepEqual(
          error.problems.map((p) => p.split(/[=:]/)[0]),
          ['DEMO_DATA', 'HOST', 'NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'PORT', 'NEO4J_BOLT_PORT'],
        );
        return true;
      },
    );
  });
});
