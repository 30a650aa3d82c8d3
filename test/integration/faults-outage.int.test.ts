// Database outage: the app runs on its own embedded Neo4j; the JVM is SIGKILLed under it. GraphQL
// must answer DATABASE_UNAVAILABLE within 2 s (once the data version known in memory is no longer
// trusted, VERSION_TRUST_MS after the crash), /healthz 503, the Node process stays up; Neo4j is
// restarted on the same DATA_DIR and the same port and the app recovers by itself (same driver,
// no restart of the app) within 30 s.
// Uses its OWN embedded Neo4j in a temp dir: the shared test instance is never killed.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { VERSION_TRUST_MS } from '../../server/cache.js';
import { importWorkbook } from '../../server/import/index.js';
import { tinyChain } from '../fixtures/tiny-chain.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { emptyGraph, OwnNeo4j, sleep, waitFor } from '../support/faults.js';

const CHAINS = '{ chains { id name } }';
let neo: OwnNeo4j;
let app: TestApp;

beforeAll(async () => {
  neo = await OwnNeo4j.start({ heap: '512m', pageCache: '64m' });
  const imported = await importWorkbook(neo.runner, { filename: 'tiny.json', data: Buffer.from(JSON.stringify(tinyChain)) });
  assert.deepEqual(imported.errors, []);
  app = await startTestApp({ driver: neo.driver, runner: neo.runner, reset: () => emptyGraph(neo.driver), close: async () => {} });
});

afterAll(async () => {
  await app?.close();
  await neo?.dispose();
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

const healthz = async () => {
  const response = await fetch(`${app.url}/healthz`);
  return { status: response.status, body: (await response.json()) as { status: string; neo4j: { available: boolean } } };
};

describe('database outage: Neo4j killed under the running app', { timeout: 300_000 }, () => {
  it('answers normally while Neo4j is up', async () => {
    const body = await app.graphql(CHAINS);
    assert.deepEqual(body, { data: { chains: [{ id: 'display', name: '新型显示' }] } });
    assert.equal((await healthz()).status, 200);
  });

  it('answers DATABASE_UNAVAILABLE within 2 s and /healthz 503 when the JVM is SIGKILLed', async () => {
    const pid = neo.pid!;
    await neo.kill();
    assert.throws(() => process.kill(pid, 0), /ESRCH/, 'the JVM is gone');

    // Right after the kill, the stored answer of a question asked before may still be served: the
    // process trusts the data version it read within the last VERSION_TRUST_MS (the answer is the
    // one that was current when the database went away). Anything else is DATABASE_UNAVAILABLE.
    const atOnce = await app.graphql(CHAINS);
    if (!atOnce.errors) assert.deepEqual(atOnce, { data: { chains: [{ id: 'display', name: '新型显示' }] } });
    else assert.equal(atOnce.errors[0]?.extensions?.code, 'DATABASE_UNAVAILABLE', JSON.stringify(atOnce));
    await sleep(VERSION_TRUST_MS);

    // Past that bound no version is trusted: the next request meets the dead server.
    const first = await timed(() => app.graphql(CHAINS));
    assert.equal(first.value.errors?.[0]?.extensions?.code, 'DATABASE_UNAVAILABLE', JSON.stringify(first.value));
    assert.equal(first.value.data, undefined);
    assert.ok(first.ms < 2000, `first GraphQL answer took ${first.ms} ms`);

    // Later ones, concurrent ones, every role and the health check: all fast, all the same code.
    const burst = await timed(() => Promise.all([app.graphql(CHAINS), app.as('viewer')('{ search(query: "京东方") { id } }'), app.as('editor')(CHAINS), app.graphql(CHAINS)]));
    for (const body of burst.value) assert.equal(body.errors?.[0]?.extensions?.code, 'DATABASE_UNAVAILABLE', JSON.stringify(body));
    assert.ok(burst.ms < 2000, `four concurrent answers took ${burst.ms} ms`);

    const health = await timed(healthz);
    assert.equal(health.value.status, 503);
    assert.equal(health.value.body.status, 'unavailable');
    assert.equal(health.value.body.neo4j.available, false);
    assert.ok(health.ms < 2000, `/healthz took ${health.ms} ms`);

    // Still down a few seconds later: still fast, the process is still serving.
    await sleep(3000);
    const later = await timed(() => app.graphql(CHAINS));
    assert.equal(later.value.errors?.[0]?.extensions?.code, 'DATABASE_UNAVAILABLE');
    assert.ok(later.ms < 2000, `a later answer took ${later.ms} ms`);
    assert.equal(app.app.server.listening, true);
    console.log(`[outage] DATABASE_UNAVAILABLE after ${first.ms} ms (first), ${burst.ms} ms (4 concurrent), ${later.ms} ms (3 s later); /healthz 503 after ${health.ms} ms`);
  });

  it('recovers by itself when Neo4j is back on the same DATA_DIR and port', async () => {
    const restartMs = await neo.restart();
    const recovered = await waitFor(async () => {
      const body = await app.graphql(CHAINS);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    }, 30_000);
    assert.deepEqual(recovered.value, { data: { chains: [{ id: 'display', name: '新型显示' }] } });
    const health = await healthz();
    assert.equal(health.status, 200);
    assert.equal(health.body.neo4j.available, true);
    console.log(`[outage] Neo4j restarted in ${restartMs} ms; the API answered again ${recovered.ms} ms later`);
  });

  it('does the same for a clean shutdown (stop) and restart', async () => {
    await neo.stop();
    // A stored answer may be served for VERSION_TRUST_MS after the database went away (see above).
    await sleep(VERSION_TRUST_MS);
    const down = await timed(() => app.graphql(CHAINS));
    assert.equal(down.value.errors?.[0]?.extensions?.code, 'DATABASE_UNAVAILABLE');
    assert.ok(down.ms < 2000, `answer after a clean stop took ${down.ms} ms`);
    await neo.restart();
    const recovered = await waitFor(async () => {
      const body = await app.graphql<{ chains: unknown[] }>(CHAINS);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body;
    }, 30_000);
    assert.equal(recovered.value.data?.chains.length, 1);
    console.log(`[outage] after stop(): DATABASE_UNAVAILABLE in ${down.ms} ms; recovered ${recovered.ms} ms after the restart`);
  });
});
