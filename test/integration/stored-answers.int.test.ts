// Stored answers: a repeated read is answered with the bytes stored the first time, with an ETag,
// and 304 Not Modified to a client that already holds them — before Apollo parses anything — and
// never across a role boundary, to a revoked token, or after the data changed.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startAppWith(db, statusFixture);
  // One token per role, made through the API as each user (the test app keeps its own to itself).
  for (const role of ['viewer', 'analyst', 'admin'] as const) {
    const made = await app.as(role)<{ createApiToken: { token: string } }>('mutation { createApiToken(label: "stored-answers") { token } }');
    assert.equal(made.errors, undefined, JSON.stringify(made.errors));
    tokens[role] = made.data!.createApiToken.token;
  }
});
afterAll(() => stopAll(app, db));

const STATUS = 'query Status($chain: ID!) { chainStatus(chainId: $chain) { segments { segment { id } localCount status activeProjects { id } } } }';
const VARIABLES = { chain: 'c1' };

interface Answer {
  status: number;
  etag: string | null;
  cacheControl: string | null;
  body: Buffer;
}

async function post(role: string, query = STATUS, variables: Record<string, unknown> = VARIABLES, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[role] ?? role}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'), body: Buffer.from(await response.arrayBuffer()) };
}

async function get(role: string, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }): Promise<Answer> {
  const search = new URLSearchParams({ query: STATUS, operationName: 'Status', variables: JSON.stringify(VARIABLES) });
  const response = await fetch(`${app.url}/graphql?${search}`, { headers: { authorization: `Bearer ${tokens[role]}`, ...headers } });
  return { status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'), body: Buffer.from(await response.arrayBuffer()) };
}

const projectsOf = (answer: Answer, segment: string): string[] => {
  const body = JSON.parse(answer.body.toString('utf8')) as { data: { chainStatus: { segments: Array<{ segment: { id: string }; activeProjects: Array<{ id: string }> }> } } };
  return body.data.chainStatus.segments.find((s) => s.segment.id === segment)!.activeProjects.map((p) => p.id);
};

describe('stored answers (bytes, ETag, 304)', () => {
  it('answers a repeat with the very bytes of the first answer and the same ETag, counted as a stored answer', async () => {
    const stats = () => app.app.services.cache.stats();
    const first = await post('viewer');
    assert.equal(first.status, 200);
    assert.match(first.etag ?? '', /^"[A-Za-z0-9_-]{27}"$/, 'a strong tag: a hash of the bytes');
    assert.equal(first.cacheControl, 'private, no-cache', 'browsers revalidate; shared caches keep nothing');
    const before = stats();
    const second = await post('viewer');
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    assert.equal(second.etag, first.etag);
    const after = stats();
    // Served by the short path: a stored-answer hit, no resolver ran (no result-cache lookup at all).
    assert.equal(after.responseHits, before.responseHits + 1);
    assert.equal(after.hits + after.misses, before.hits + before.misses);
  });

  it('answers 304 with no body to a client that sends the ETag it holds, and the whole answer to one holding another', async () => {
    const first = await post('viewer');
    const before = app.app.services.cache.stats().revalidations;
    const same = await post('viewer', STATUS, VARIABLES, { 'if-none-match': first.etag! });
    assert.equal(same.status, 304);
    assert.equal(same.body.length, 0);
    assert.equal(same.etag, first.etag);
    assert.equal(app.app.services.cache.stats().revalidations, before + 1);
    const listed = await post('viewer', STATUS, VARIABLES, { 'if-none-match': `"other", ${first.etag!}` });
    assert.equal(listed.status, 304, 'a list of tags that names it');
    const other = await post('viewer', STATUS, VARIABLES, { 'if-none-match': '"not-this-one"' });
    assert.equal(other.status, 200);
    assert.deepEqual(other.body, first.body);
  });

  it('serves GET (with the CSRF header Apollo demands) from the same entry as POST, and refuses GET without it', async () => {
    const posted = await post('viewer');
    const got = await get('viewer');
    assert.equal(got.status, 200);
    assert.deepEqual(got.body, posted.body);
    assert.equal(got.etag, posted.etag);
    const revalidated = await get('viewer', { 'apollo-require-preflight': 'true', 'if-none-match': posted.etag! });
    assert.equal(revalidated.status, 304);
    // A simple cross-site GET (no preflight header) is Apollo's to refuse, stored answer or not.
    const simple = await get('viewer', {});
    assert.equal(simple.status, 400);
    assert.doesNotMatch(simple.body.toString('utf8'), /"data"/);
  });

  it("never hands one role's answer to another: a viewer holding an analyst's ETag gets its own answer without the confidential project", async () => {
    const upsert = await app.graphql('mutation { upsertProject(input: { id: "p-secret", name: "保密项目", regionCode: "QDEDZ", stage: NEGOTIATING, segmentId: "up-b", confidential: true }) { id } }');
    assert.equal(upsert.errors, undefined, JSON.stringify(upsert.errors));
    const analyst = await post('analyst');
    assert.deepEqual(projectsOf(analyst, 'up-b'), ['p-secret']);
    const analystAgain = await post('analyst');
    assert.deepEqual(analystAgain.body, analyst.body, "the analyst's answer is stored");
    const viewer = await post('viewer', STATUS, VARIABLES, { 'if-none-match': analyst.etag! });
    assert.equal(viewer.status, 200, "the analyst's tag does not match the viewer's answer");
    assert.deepEqual(projectsOf(viewer, 'up-b'), [], 'DATA_POLICY.confidentialProjects: analysts and up');
    assert.notEqual(viewer.etag, analyst.etag);
    const viewerAgain = await post('viewer');
    assert.deepEqual(viewerAgain.body, viewer.body);
    // An admin (a different role) gets no viewer or analyst entry either, but sees the project.
    assert.deepEqual(projectsOf(await post('admin'), 'up-b'), ['p-secret']);
    const removed = await app.graphql('mutation { deleteProject(id: "p-secret") }');
    assert.equal(removed.errors, undefined, JSON.stringify(removed.errors));
  });

  it('after a write, the old ETag no longer matches: the new answer comes whole', async () => {
    const before = await post('viewer');
    const revalidated = await post('viewer', STATUS, VARIABLES, { 'if-none-match': before.etag! });
    assert.equal(revalidated.status, 304);
    const set = await app.graphql('mutation ($input: EnterpriseSegmentInput!) { setEnterpriseSegment(input: $input) }', { input: { enterpriseId: 'e1', segmentId: 'up-c' } });
    assert.equal(set.errors, undefined, JSON.stringify(set.errors));
    try {
      const after = await post('viewer', STATUS, VARIABLES, { 'if-none-match': before.etag! });
      assert.equal(after.status, 200);
      assert.notEqual(after.etag, before.etag);
      const upC = (JSON.parse(after.body.toString('utf8')) as { data: { chainStatus: { segments: Array<{ segment: { id: string }; localCount: number }> } } }).data.chainStatus.segments.find(
        (s) => s.segment.id === 'up-c',
      )!;
      // e1 is a zone enterprise: up-c goes from no local producer to one.
      assert.equal(upC.localCount, 1);
    } finally {
      const removed = await app.graphql('mutation { removeEnterpriseSegment(enterpriseId: "e1", segmentId: "up-c") }');
      assert.equal(removed.errors, undefined, JSON.stringify(removed.errors));
    }
  });

  it('refuses a stored answer to a revoked token at once, to a forged one, and to nobody signed in', async () => {
    const made = await app.as('viewer')<{ createApiToken: { id: string; token: string } }>('mutation { createApiToken(label: "soon revoked") { id token } }');
    const { id, token } = made.data!.createApiToken;
    tokens.soon = token;
    assert.equal((await post('soon')).status, 200);
    const stored = await post('soon');
    assert.equal(stored.status, 200);
    const revoked = await app.as('viewer')('mutation ($id: ID!) { revokeApiToken(id: $id) }', { id });
    assert.deepEqual(revoked.data, { revokeApiToken: true });
    const after = await post('soon', STATUS, VARIABLES, { 'if-none-match': stored.etag! });
    assert.notEqual(after.status, 304);
    assert.equal((JSON.parse(after.body.toString('utf8')) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code, 'UNAUTHENTICATED');
    const forged = await post('cat_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    assert.equal((JSON.parse(forged.body.toString('utf8')) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code, 'UNAUTHENTICATED');
    const anonymous = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': stored.etag! },
      body: JSON.stringify({ query: STATUS, variables: VARIABLES }),
    });
    assert.equal(anonymous.status, 200);
    assert.equal(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code, 'UNAUTHENTICATED');
  });

  it('stores the answers of 对标, 韧性 and 推演 too (read-only, decided by role): a repeat skips Apollo', async () => {
    const queries = [
      'query { benchmark(chainId: "c1", scopes: ["QDEDZ"]) { strongAt } }',
      'query { resilience(enterpriseId: "e1") { evidence } }',
      'query { whatIf(chainId: "c1", remove: ["e1"]) { strongAt } }',
    ];
    for (const query of queries) {
      const first = await post('viewer', query, {});
      assert.equal(first.status, 200);
      assert.doesNotMatch(first.body.toString('utf8'), /"errors"/, query);
      const before = app.app.services.cache.stats();
      const second = await post('viewer', query, {});
      assert.deepEqual(second.body, first.body, query);
      assert.equal(second.etag, first.etag, query);
      const after = app.app.services.cache.stats();
      assert.equal(after.responseHits, before.responseHits + 1, `${query}: a stored answer`);
      assert.equal(after.hits + after.misses, before.hits + before.misses, `${query}: no resolver ran`);
    }
  });

  it('stores nothing for a query with a field outside the cacheable set (me), nor for an answer with errors', async () => {
    const before = app.app.services.cache.stats().responses;
    const me = await post('viewer', '{ me { name } }', {});
    assert.ok(me.etag === null || me.etag.startsWith('W/'), `no stored-answer tag (Express may add its own weak one): ${me.etag}`);
    assert.equal(me.cacheControl, 'no-store', 'an answer that is not stored is not kept by anyone else either');
    const missing = await post('viewer', STATUS, { chain: 'no-such-chain' });
    assert.match(missing.body.toString('utf8'), /"errors"/);
    assert.equal(app.app.services.cache.stats().responses, before);
  });
});

describe('results under an unchanged data version', () => {
  it('are not recomputed however old they are, and are recomputed once the version changes', async () => {
    const { ResultCache } = await import('../../server/cache.js');
    // No background read: the version is trusted for 200 ms, then read again by the next request.
    const cache = new ResultCache(db.runner, { pollMs: 0, trustMs: 200 });
    try {
      let computed = 0;
      const compute = async () => {
        computed += 1;
        return computed;
      };
      assert.equal(await cache.get('aggregate', { a: 1 }, compute), 1);
      const reads = cache.stats().versionReads;
      await new Promise((r) => setTimeout(r, 600));
      // Past the trust bound: the version is read again (one read), found unchanged, and the result stands.
      assert.equal(await cache.get('aggregate', { a: 1 }, compute), 1, 'an old result of the same version is a hit');
      assert.equal(computed, 1);
      assert.equal(cache.stats().versionReads, reads + 1);
      // A write of chain data through the same runner: the new version at once, the result computed again.
      await db.runner.write('admin/bump-data-version', {}, { bumpsDataVersion: false });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await cache.get('aggregate', { a: 1 }, compute), 2, 'a new version (found by the read past the trust bound) recomputes');
      assert.equal(computed, 2);
    } finally {
      cache.close();
    }
  });
});
