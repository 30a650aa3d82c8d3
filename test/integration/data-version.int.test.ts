// The data version held in memory: stored answers and cached results ask Neo4j nothing per request.
// A write through this process is seen by its next request at once; a write made around the app
// (the import CLI, a real separate process) is seen within VERSION_TRUST_MS; and the version reads a
// process makes grow with time (one background read per VERSION_POLL_MS), not with requests.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { VERSION_POLL_MS, VERSION_TRUST_MS } from '../../server/cache.js';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;
const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-version-'));

beforeAll(async () => {
  app = await startAppWith(db, statusFixture);
});
afterAll(async () => {
  await stopAll(app, db);
  rmSync(dir, { recursive: true, force: true });
});

const STATUS = `query { chainStatus(chainId: "c1") { segments { segment { id } localCount } } }`;

async function upC(): Promise<number> {
  const body = await app.as('viewer')<{ chainStatus: { segments: Array<{ segment: { id: string }; localCount: number }> } }>(STATUS);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!.chainStatus.segments.find((s) => s.segment.id === 'up-c')!.localCount;
}

/** Runs `npm run import -- <file>` against the test Neo4j as its own process; resolves when it has exited. */
function importCli(file: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('TEST_NEO4J')));
    const env = { ...clean, DATA_DIR: dir, NEO4J_URI: process.env.TEST_NEO4J_URI!, NEO4J_USER: process.env.TEST_NEO4J_USER!, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD! };
    const child = spawn('npm', ['run', '-s', 'import', '--', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('the data version in memory', () => {
  it('a request after a write through this process never gets the old answer, even with version reads in flight', async () => {
    const SET = `mutation { setEnterpriseSegment(input: { enterpriseId: "e1", segmentId: "up-c" }) }`;
    const REMOVE = `mutation { removeEnterpriseSegment(enterpriseId: "e1", segmentId: "up-c") }`;
    // The fixture has no zone enterprise making up-c; e1 is a zone enterprise.
    assert.equal(await upC(), 0);
    for (let round = 0; round < 6; round += 1) {
      // Stored answers of the old version are being served (and versions read) while the write commits.
      const busy = Array.from({ length: 10 }, () => upC());
      const wrote = await app.graphql(round % 2 === 0 ? SET : REMOVE);
      assert.equal(wrote.errors, undefined, JSON.stringify(wrote.errors));
      assert.equal(await upC(), round % 2 === 0 ? 1 : 0, `round ${round}: the read right after the write sees it`);
      for (const count of await Promise.all(busy)) assert.ok(count === 0 || count === 1);
    }
  });

  it('a write by the import CLI beside the running app is seen within the bound', async () => {
    assert.equal(await upC(), 0);
    // e4 is a zone enterprise (the fixture's 经开区), so up-c gains one local producer.
    const file = path.join(dir, 'one-row.json');
    writeFileSync(file, JSON.stringify({ enterprise_segments: [{ enterprise_id: 'e4', segment_id: 'up-c' }] }));
    const imported = await importCli(file);
    assert.equal(imported.code, 0, imported.out);
    // The CLI has committed by the time it exits: a request that starts VERSION_TRUST_MS later must see it.
    const exitedAt = Date.now();
    let seenAfter = -1;
    while (Date.now() - exitedAt <= VERSION_TRUST_MS) {
      if ((await upC()) === 1) {
        seenAfter = Date.now() - exitedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    if (seenAfter < 0) {
      assert.equal(await upC(), 1, `not seen ${Date.now() - exitedAt} ms after the CLI exited`);
      seenAfter = Date.now() - exitedAt;
    }
    assert.ok(seenAfter <= VERSION_TRUST_MS + 500, `seen ${seenAfter} ms after the CLI exited`);
    console.log(`import CLI write seen ${seenAfter} ms after the CLI exited`);
  });

  it('version reads during many stored-answer requests are bounded by time, not by requests', async () => {
    await upC();
    const cache = app.app.services.cache;
    const before = cache.stats();
    const started = Date.now();
    const N = 2000;
    let next = 0;
    // 20 connections' worth of concurrent stored answers.
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < N) {
          next += 1;
          await upC();
        }
      }),
    );
    const elapsed = Date.now() - started;
    const after = cache.stats();
    assert.equal(after.responseHits - before.responseHits, N, 'every request was a stored answer');
    const reads = after.versionReads - before.versionReads;
    // One background read per VERSION_POLL_MS (a read still running is shared, not repeated), plus
    // one for the interval already begun.
    const bound = Math.ceil(elapsed / VERSION_POLL_MS) + 1;
    assert.ok(reads <= bound, `${reads} version reads in ${elapsed} ms for ${N} requests (bound ${bound})`);
    assert.ok(reads < N / 10, `${reads} version reads for ${N} requests`);
    console.log(`${N} stored answers in ${elapsed} ms: ${reads} version reads`);
  });
});
