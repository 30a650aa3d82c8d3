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

describe('the start command', { timeout: 240_000 }, () => {
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
});
