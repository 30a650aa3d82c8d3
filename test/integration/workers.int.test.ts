// `npm start -- --workers 2`: one command starts one embedded Neo4j and two app processes sharing
// the port; both answer; a write through one is seen by the other (each has its own result cache,
// kept coherent by the data version); a token revoked through one is refused by the other within
// 1 s; SIGTERM to the command stops the app processes and the one JVM, and it exits 0.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { statusFixture } from '../fixtures/status-fixture.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-workers-'));
const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('TEST_NEO4J')));
const READY = /ready in .* → (http:\/\/[^/\s]+)\/ .*2 app processes \(pids (\d+), (\d+)\)/;
let child: ReturnType<typeof spawn> | null = null;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  worker: string | undefined;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * A kept-alive connection to one app process: every request on one socket reaches the same
 * process; when the server has closed an idle socket, new sockets are opened (and closed again)
 * until one reaches that process, checked with /healthz before the real request is sent.
 */
function connection(url: string) {
  let agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let worker: string | undefined;
  const raw = (method: string, pathname: string, headers: Record<string, string>, body?: string) =>
    new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        `${url}${pathname}`,
        { method, agent, headers: body ? { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : headers },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, worker: res.headers['x-chainatlas-worker'] as string | undefined, body: text, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const onWorker = async () => {
    for (let i = 0; i < 50; i += 1) {
      const health = await raw('GET', '/healthz', {});
      assert.equal(health.status, 200);
      worker ??= health.worker;
      if (health.worker === worker) return;
      agent.destroy();
      agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    }
    assert.fail(`no connection reached app process ${worker}`);
  };
  const request = async (method: string, pathname: string, headers: Record<string, string>, body?: string) => {
    await onWorker();
    const reply = await raw(method, pathname, headers, body);
    assert.equal(reply.worker, worker, 'answered by the same app process');
    return reply;
  };
  return {
    get worker() {
      return worker;
    },
    close: () => agent.destroy(),
    request,
    graphql: async <T>(auth: Record<string, string>, query: string, variables: Record<string, unknown> = {}) => {
      const reply = await request('POST', '/graphql', auth, JSON.stringify({ query, variables }));
      return { ...reply, json: JSON.parse(reply.body) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
    },
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start -- --workers 2', { timeout: 900_000 }, () => {
  it('starts one Neo4j and two app processes that both answer, share writes and revocations, and stop together', async () => {
    child = spawn(process.execPath, ['scripts/start.mjs', '--workers', '2'], {
      // A background read of the data version every 30 s (trusted 120 s): within this test, a
      // process learns of another's write only through the primary.
      env: { ...clean, DATA_DIR: dataDir, PORT: '0', NEO4J_BOLT_PORT: '0', DEMO_DATA: 'off', NEO4J_HEAP: '256m', NEO4J_PAGECACHE: '64m', DATA_VERSION_POLL_MS: '30000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 300_000;
    while (!READY.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 250));
    const ready = READY.exec(out);
    assert.ok(ready, out);
    const url = ready[1]!;
    const pids = [Number(ready[2]), Number(ready[3])];
    const password = /admin \/ (\S+)/.exec(out)?.[1];
    assert.ok(password, out);
    const jvm = JSON.parse(readFileSync(path.join(dataDir, 'neo4j', 'runtime.json'), 'utf8')) as { pid: number };
    // One JVM for both: the primary's, and the only Neo4j the data directory has.
    assert.ok(alive(jvm.pid));
    assert.equal((out.match(/Neo4j [\d.]+ ready at/g) ?? []).length, 1, out);

    // Two connections that reach different app processes (the primary hands connections out in turn).
    const conns: Array<ReturnType<typeof connection>> = [];
    for (let i = 0; i < 10 && conns.length < 2; i += 1) {
      const c = connection(url);
      const health = await c.request('GET', '/healthz', {});
      assert.equal(health.status, 200);
      assert.match(health.worker ?? '', /^\d+$/);
      if (conns.every((k) => k.worker !== health.worker)) conns.push(c);
      else c.close();
    }
    assert.equal(conns.length, 2, 'two connections on two different app processes');
    const [a, b] = conns as [(typeof conns)[0], (typeof conns)[0]];

    // Sign in through A; the session is shared through the account file, so B knows it.
    const signIn = await a.request('POST', '/graphql', {}, JSON.stringify({ query: 'mutation ($p: String!) { signIn(name: "admin", password: $p) { name } }', variables: { p: password } }));
    const cookie = String(signIn.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    assert.match(cookie, /^ca_session=/);
    const made = await b.graphql<{ createApiToken: { id: string; token: string } }>({ cookie }, 'mutation { createApiToken(label: "workers") { id token } }');
    assert.equal(made.worker, b.worker);
    assert.equal(made.json.errors, undefined, JSON.stringify(made.json.errors));
    const auth = { authorization: `Bearer ${made.json.data!.createApiToken.token}` };

    // A write through A: the fixture, imported as a one-file workbook.
    const imported = await a.graphql<{ importWorkbook: { ok: boolean } }>(auth, 'mutation ($c: String!) { importWorkbook(filename: "fixture.json", contentBase64: $c) { ok } }', {
      c: Buffer.from(JSON.stringify(statusFixture)).toString('base64'),
    });
    assert.deepEqual(imported.json.data, { importWorkbook: { ok: true } }, JSON.stringify(imported.json.errors));

    const STATUS = 'query { chainStatus(chainId: "c1") { segments { segment { id } localCount } } }';
    const upC = async (c: typeof a) => {
      const reply = await c.graphql<{ chainStatus: { segments: Array<{ segment: { id: string }; localCount: number }> } }>(auth, STATUS);
      assert.equal(reply.worker, c.worker);
      assert.equal(reply.json.errors, undefined, JSON.stringify(reply.json.errors));
      return { count: reply.json.data!.chainStatus.segments.find((s) => s.segment.id === 'up-c')!.localCount, etag: reply.headers.etag };
    };
    // Both answer, and B stores its answer (the same tag the second time).
    assert.equal((await upC(a)).count, 0);
    const b1 = await upC(b);
    assert.equal(b1.count, 0, 'no zone enterprise makes up-c in the fixture');
    assert.equal((await upC(b)).etag, b1.etag);
    // A write through A; B's stored answer belongs to the old data version and is not served. B
    // reads no version from Neo4j meanwhile (its counter): A told the primary, which told B.
    const readsOfB = async () => (JSON.parse((await b.request('GET', '/healthz', {})).body) as { cache: { versionReads: number } }).cache.versionReads;
    const bReadsBefore = await readsOfB();
    const set = await a.graphql(auth, 'mutation { setEnterpriseSegment(input: { enterpriseId: "e1", segmentId: "up-c" }) }');
    assert.equal(set.json.errors, undefined, JSON.stringify(set.json.errors));
    const wroteAt = Date.now();
    let b2 = await upC(b);
    // The primary's message crosses two process boundaries: allow it 1 s (it takes milliseconds).
    while (b2.count !== 1 && Date.now() - wroteAt < 1000) b2 = await upC(b);
    const seenAfter = Date.now() - wroteAt;
    assert.equal(b2.count, 1, 'e1 is a zone enterprise: seen by B within 1 s of the write through A');
    assert.notEqual(b2.etag, b1.etag);
    assert.equal(await readsOfB(), bReadsBefore, 'B learnt the version from the primary, not by reading it');
    console.log(`write through A seen by B ${seenAfter} ms after A answered`);

    // A token verified by B, revoked through A: refused by A at once, by B within 1 s.
    const other = await a.graphql<{ createApiToken: { id: string; token: string } }>(auth, 'mutation { createApiToken(label: "revoked soon") { id token } }');
    const soon = { authorization: `Bearer ${other.json.data!.createApiToken.token}` };
    const me = '{ me { name } }';
    assert.deepEqual((await b.graphql(soon, me)).json.data, { me: { name: 'admin' } });
    const revoked = await a.graphql(auth, 'mutation ($id: ID!) { revokeApiToken(id: $id) }', { id: other.json.data!.createApiToken.id });
    assert.deepEqual(revoked.json.data, { revokeApiToken: true });
    const revokedAt = Date.now();
    assert.equal((await a.graphql(soon, me)).json.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', 'at once, in the process that revoked it');
    let refusedAfter = -1;
    while (Date.now() - revokedAt < 3000) {
      const reply = await b.graphql(soon, me);
      assert.equal(reply.worker, b.worker);
      if (reply.json.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
        refusedAfter = Date.now() - revokedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.ok(refusedAfter >= 0 && refusedAfter <= 1000, `the other process refused it after ${refusedAfter} ms`);
    a.close();
    b.close();

    // SIGTERM to the command (as a service manager sends it): the app processes, then Neo4j.
    child.kill('SIGTERM');
    assert.equal(await exited, 0, out);
    assert.match(out, /SIGTERM: stopping…[\s\S]*stopped/);
    for (const pid of pids) assert.equal(alive(pid), false, `app process ${pid} is gone`);
    assert.equal(alive(jvm.pid), false, 'the Neo4j JVM is gone');
  });
});
