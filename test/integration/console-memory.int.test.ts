// One memory-hungry console query must fail alone, with a clear error, and leave the database
// serving everyone else. Uses its OWN embedded Neo4j with a small heap (384 MB, so the
// per-transaction limit the launcher sets, db.memory.transaction.max = heap / 2, is about 190 MiB).
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { importWorkbook } from '../../server/import/index.js';
import { tinyChain } from '../fixtures/tiny-chain.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { emptyGraph, OwnNeo4j } from '../support/faults.js';

let neo: OwnNeo4j;
let app: TestApp;

beforeAll(async () => {
  neo = await OwnNeo4j.start({ heap: '384m', pageCache: '32m' });
  const imported = await importWorkbook(neo.runner, { filename: 'tiny.json', data: Buffer.from(JSON.stringify(tinyChain)) });
  assert.deepEqual(imported.errors, []);
  app = await startTestApp({ driver: neo.driver, runner: neo.runner, reset: () => emptyGraph(neo.driver), close: async () => {} });
});
afterAll(async () => {
  await app?.close();
  await neo?.dispose();
});

const CYPHER = 'query ($query: String!, $timeoutMs: Int) { cypher(query: $query, timeoutMs: $timeoutMs) { rows } }';
interface Answer {
  data?: { cypher: { rows: unknown[][] } } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The database still answers the console and the API, and its JVM is the same process. */
async function stillServing(pid: number | null): Promise<void> {
  const console = await app.as('analyst')<{ cypher: { rows: unknown[][] } }>(CYPHER, { query: 'MATCH (c:Chain) RETURN c.id ORDER BY c.id' });
  assert.deepEqual(console.data?.cypher.rows, [['display']]);
  const api = await app.as('viewer')<{ chains: Array<{ id: string }> }>('{ chains { id } }');
  assert.deepEqual(api.data, { chains: [{ id: 'display' }] });
  assert.equal(neo.pid, pid, 'the JVM was not restarted');
}

describe('console: a query that needs too much memory fails alone', { timeout: 300_000 }, () => {
  it('collect() past db.memory.transaction.max: MEMORY_LIMIT, and the database keeps serving', async () => {
    const pid = neo.pid;
    const started = performance.now();
    // ~100-character strings, 20 million of them: ~2 GB if it were allowed to finish
    const body = await app.as('analyst')<Answer>(CYPHER, {
      query: "UNWIND range(1, 20000000) AS i RETURN size(collect('ChainAtlas memory test, a string long enough to fill the heap quickly: ' + toString(i))) AS n",
      timeoutMs: 60_000,
    });
    const ms = Math.round(performance.now() - started);
    assert.equal(body.data, null);
    assert.equal(body.errors?.[0]?.extensions?.code, 'MEMORY_LIMIT', JSON.stringify(body.errors));
    assert.match(body.errors![0]!.message, /more memory than the database allows one query, and was stopped; nothing else was affected/);
    console.log(`[memory] collect() stopped after ${ms} ms: ${body.errors![0]!.message}`);
    await stillServing(pid);
  });

  it('a list built inside one expression (not tracked by Community): MEMORY_LIMIT from the heap, and the database keeps serving', async () => {
    const pid = neo.pid;
    const started = performance.now();
    const body = await app.as('analyst')<Answer>(CYPHER, { query: 'WITH [i IN range(1, 60000000) | [i, i]] AS l RETURN size(l) AS n', timeoutMs: 60_000 });
    const ms = Math.round(performance.now() - started);
    assert.equal(body.errors?.[0]?.extensions?.code, 'MEMORY_LIMIT', JSON.stringify(body.errors));
    console.log(`[memory] the one-expression list stopped after ${ms} ms: ${body.errors![0]!.message}`);
    await stillServing(pid);
  });
});
