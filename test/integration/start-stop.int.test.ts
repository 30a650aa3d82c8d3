// The README's start command as a person runs it: `node scripts/start.mjs` (what `npm start`
// runs) on an empty DATA_DIR, then Ctrl-C. It must stop the app and the embedded Neo4j in order
// and exit 0 — not be cut short by another library's signal handler while Neo4j shuts down.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('TEST_NEO4J')));
const READY = /ready in .* → (http:\/\/[^/\s]+)\//;

/** `node scripts/start.mjs` in its own process group (as a service manager or a terminal runs it). */
function start(dir: string) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...clean, DATA_DIR: dir, PORT: '0', NEO4J_BOLT_PORT: '0', DEMO_DATA: 'off', NEO4J_HEAP: '256m', NEO4J_PAGECACHE: '64m' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const run = { child, out: '', exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
  child.stdout.on('data', (d: Buffer) => (run.out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (run.out += d.toString()));
  return run;
}

async function until(run: ReturnType<typeof start>, pattern: RegExp, ms = 180_000): Promise<RegExpExecArray | null> {
  const deadline = Date.now() + ms;
  while (!pattern.test(run.out) && Date.now() < deadline && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
  return pattern.exec(run.out);
}

describe('the start command', { timeout: 900_000 }, () => {
  it('serves, then on SIGINT stops Neo4j cleanly and exits 0', async () => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('TEST_NEO4J')));
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { ...clean, DATA_DIR: dataDir, PORT: '0', NEO4J_BOLT_PORT: '0', DEMO_DATA: 'off', NEO4J_HEAP: '256m', NEO4J_PAGECACHE: '64m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 180_000;
    while (!/ready in .* → (http:\/\/[^/\s]+)\//.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 250));
    const url = /ready in .* → (http:\/\/[^/\s]+)\//.exec(out)?.[1];
    assert.ok(url, out);
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    const jvm = JSON.parse(readFileSync(path.join(dataDir, 'neo4j', 'runtime.json'), 'utf8')) as { pid: number };

    child.kill('SIGINT');
    assert.equal(await exited, 0, out);
    assert.match(out, /SIGINT: stopping…[\s\S]*stopped/);
    assert.throws(() => process.kill(jvm.pid, 0), /ESRCH/, 'the Neo4j JVM is gone');
    assert.match(readFileSync(path.join(dataDir, 'neo4j', 'launcher.log'), 'utf8'), /NEO4J_READY/);
  });

  it('refuses to start beside a serving instance, but waits for a stopping one (SIGTERM to the process group, start again at once)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-restart-'));
    const first = start(dir);
    try {
      assert.ok(await until(first, READY), first.out);

      // A live, serving instance of the same DATA_DIR is an error, at once.
      const beside = start(dir);
      assert.equal(await beside.exited, 1, beside.out);
      assert.match(beside.out, /DATA_DIR=.*: its database is already open in process \d+ .*which is serving/);
      assert.doesNotMatch(beside.out, /waiting/);

      // What a supervisor or Ctrl-C does: SIGTERM to the whole group (the app and its JVM), then start again.
      process.kill(-first.child.pid!, 'SIGTERM');
      const second = start(dir);
      try {
        const waited = await until(second, /the previous instance stopped after ([\d.]+) s; starting/);
        assert.ok(waited, second.out);
        assert.match(second.out, /the previous instance \(process \d+, Neo4j pid \d+\) is still stopping; waiting for it/);
        assert.equal(await first.exited, 0, first.out);
        const url = (await until(second, READY))?.[1];
        assert.ok(url, second.out);
        assert.equal((await fetch(`${url}/healthz`)).status, 200);
        console.log(`[start-stop] the second start waited ${waited[1]} s for the stopping instance`);
      } finally {
        if (second.child.exitCode === null) process.kill(-second.child.pid!, 'SIGTERM');
        assert.equal(await second.exited, 0, second.out);
      }
    } finally {
      if (first.child.exitCode === null) process.kill(-first.child.pid!, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
