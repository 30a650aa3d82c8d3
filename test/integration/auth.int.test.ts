import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, statusFixture);
});
afterAll(() => stopAll(app, db));

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('sign-in with a server-side session', () => {
  it('sets an HttpOnly SameSite=Strict cookie that works until sign-out ends it on the server', async () => {
    const response = await post({ query: 'mutation ($n: String!, $p: String!) { signIn(name: $n, password: $p) { name role } }', variables: { n: 'test-viewer', p: app.passwords.viewer } });
    const body = (await response.json()) as { data: { signIn: { name: string; role: string } } };
    assert.deepEqual(body.data.signIn, { name: 'test-viewer', role: 'viewer' });
    const setCookie = response.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^ca_session=[A-Za-z0-9_-]{43};/);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;

    const me = (await (await post({ query: '{ me { name role } chains { id } }' }, { cookie })).json()) as { data: unknown };
    assert.deepEqual(me.data, { me: { name: 'test-viewer', role: 'viewer' }, chains: [{ id: 'c1' }] });

    const out = (await (await post({ query: 'mutation { signOut }' }, { cookie })).json()) as { data: unknown };
    assert.deepEqual(out.data, { signOut: true });
    const after = (await (await post({ query: '{ me { name } chains { id } }' }, { cookie })).json()) as { data: unknown; errors: Array<{ extensions: { code: string } }> };
    assert.equal(after.errors[0]!.extensions.code, 'UNAUTHENTICATED');
  });

  it('throttles an account after 5 failures even with the right password next', async () => {
    const signIn = (p: string) =>
      post({ query: 'mutation ($n: String!, $p: String!) { signIn(name: $n, password: $p) { name } }', variables: { n: 'test-editor', p } }).then(
        (r) => r.json() as Promise<{ errors?: Array<{ extensions: { code: string } }> }>,
      );
    for (let i = 0; i < 5; i += 1) assert.equal((await signIn('wrong-password-123')).errors?.[0]?.extensions.code, 'UNAUTHENTICATED');
    assert.equal((await signIn(app.passwords.editor)).errors?.[0]?.extensions.code, 'FORBIDDEN');
    const audit = await app.graphql<{ auditLog: Array<{ action: string; target: string }> }>('{ auditLog(action: "signIn.failed", limit: 10) { action target } }');
    // five wrong passwords and the throttled attempt are all recorded
    assert.equal(audit.data!.auditLog.filter((e) => e.target === 'test-editor').length, 6);
  });

  it('refuses everything but sign-in without credentials, and a revoked or forged token', async () => {
    const anon = await app.as('anonymous')('{ chains { id } }');
    assert.equal(anon.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const forged = await app.graphql('{ chains { id } }', {}, { authorization: 'Bearer cat_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    assert.equal(forged.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');

    const created = await app.as('analyst')<{ createApiToken: { id: string; token: string } }>('mutation { createApiToken(label: "script") { id token } }');
    const { id, token } = created.data!.createApiToken;
    const ok = await app.graphql<{ me: { name: string } }>('{ me { name } }', {}, { authorization: `Bearer ${token}` });
    assert.deepEqual(ok.data, { me: { name: 'test-analyst' } });
    const revoked = await app.as('analyst')<{ revokeApiToken: boolean }>('mutation ($id: ID!) { revokeApiToken(id: $id) }', { id });
    assert.deepEqual(revoked.data, { revokeApiToken: true });
    const after = await app.graphql('{ me { name } }', {}, { authorization: `Bearer ${token}` });
    assert.equal(after.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('lets admins manage users and nobody else', async () => {
    const created = await app.graphql<{ createUser: { user: { name: string; role: string }; password: string } }>(
      'mutation { createUser(name: "zhang.san", role: analyst) { user { name role } password } }',
    );
    assert.deepEqual(created.data!.createUser.user, { name: 'zhang.san', role: 'analyst' });
    assert.equal(created.data!.createUser.password.length, 24);
    const dup = await app.graphql('mutation { createUser(name: "zhang.san", role: viewer) { password } }');
    assert.equal(dup.errors?.[0]?.extensions?.code, 'CONFLICT');
    const byEditor = await app.as('editor')('mutation { setUserRole(name: "zhang.san", role: admin) { role } }');
    assert.equal(byEditor.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const users = await app.graphql<{ users: Array<{ name: string; role: string }> }>('{ users { name role } }');
    assert.deepEqual(
      users.data!.users.map((u) => `${u.name}:${u.role}`),
      ['test-admin:admin', 'test-analyst:analyst', 'test-editor:editor', 'test-viewer:viewer', 'zhang.san:analyst'],
    );
    assert.deepEqual((await app.graphql('mutation { removeUser(name: "zhang.san") }')).data, { removeUser: true });
  });

  it('hides confidential projects from viewers in the status map, counts and all', async () => {
    await app.graphql('mutation { upsertProject(input: { id: "p-secret", name: "保密项目", regionCode: "QDEDZ", stage: NEGOTIATING, segmentId: "down", confidential: true }) { id } }');
    const q = '{ chainStatus(chainId: "c1", projected: true) { segments { segment { id } localCount filling activeProjects { id } } } }';
    type Body = { chainStatus: { segments: Array<{ segment: { id: string }; localCount: number; filling: boolean; activeProjects: Array<{ id: string }> }> } };
    const down = (body: { data?: Body }) => body.data!.chainStatus.segments.find((s) => s.segment.id === 'down');
    assert.deepEqual(down(await app.as('analyst')<Body>(q)), { segment: { id: 'down' }, localCount: 1, filling: true, activeProjects: [{ id: 'p-secret' }] });
    assert.deepEqual(down(await app.as('viewer')<Body>(q)), { segment: { id: 'down' }, localCount: 0, filling: false, activeProjects: [] });
    await app.graphql('mutation { deleteProject(id: "p-secret") }');
  });
});
