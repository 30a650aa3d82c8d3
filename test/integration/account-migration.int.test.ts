import assert from 'node:assert/strict';
import { createHash, randomBytes, scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { authenticate, accountThrottle, addressThrottle } from '../../server/auth/service.js';
import { migrateAccountsFromGraph } from '../../server/auth/migrate.js';
import { AccountStore } from '../../server/auth/store.js';
import { tinyChain } from '../fixtures/tiny-chain.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';
import { importWorkbook } from '../../server/import/index.js';

/**
 * A deployment from before the account store kept users, sessions, tokens, the audit log and saved
 * queries as graph nodes. On start they move into the store and leave the graph; the same password,
 * API token and session cookie keep working.
 */
const db = testDatabase();
let app: TestApp;

const PASSWORD = 'legacy-password-42';
const salt = randomBytes(16);
// The legacy format, with a cheaper N than production so the test stays quick (N is in the text).
const LEGACY_HASH = ['scrypt', 16384, 8, 1, salt.toString('base64url'), scryptSync(PASSWORD.normalize('NFKC'), salt, 32, { N: 16384, r: 8, p: 1 }).toString('base64url')].join('$');
const sha = (v: string) => createHash('sha256').update(v).digest('base64url');
const TOKEN_ID = 'a1b2c3d4e5f6';
const TOKEN_SECRET = randomBytes(32).toString('base64url');
const REVOKED_ID = '0f0f0f0f0f0f';
const REVOKED_SECRET = randomBytes(32).toString('base64url');
const COOKIE = randomBytes(32).toString('base64url');
const future = new Date(Date.now() + 3_600_000).toISOString();
const past = new Date(Date.now() - 3_600_000).toISOString();

const LEGACY = `
CREATE (u:User {name: 'legacy.admin', role: 'admin', passwordHash: $hash, createdAt: '2025-01-02T03:04:05.000Z'})
CREATE (v:User {name: 'legacy.viewer', role: 'viewer', passwordHash: $hash, createdAt: '2025-01-03T03:04:05.000Z'})
CREATE (:ApiToken {id: $tokenId, hash: $tokenHash, label: 'cron', createdAt: '2025-02-01T00:00:00.000Z'})-[:OF]->(u)
CREATE (:ApiToken {id: $revokedId, hash: $revokedHash, label: 'old', createdAt: '2025-02-01T00:00:00.000Z', revokedAt: '2025-03-01T00:00:00.000Z'})-[:OF]->(v)
CREATE (:Session {hash: $sessionHash, createdAt: '2025-04-01T00:00:00.000Z', expiresAt: $future})-[:OF]->(u)
CREATE (:Session {hash: 'expired-session', createdAt: '2025-04-01T00:00:00.000Z', expiresAt: $past})-[:OF]->(v)
CREATE (:AuditEntry {id: 'audit-1', at: '2025-01-02T03:04:05.000Z', user: '(system)', action: 'legacyCreateUser', target: 'legacy.admin', detail: '{"role":"admin"}', address: 'localhost'})
CREATE (:AuditEntry {id: 'audit-2', at: '2025-01-02T04:00:00.000Z', user: 'legacy.admin', action: 'legacySignIn', target: 'legacy.admin', address: '127.0.0.1'})
CREATE (:SavedQuery {id: 'sq-1', owner: 'legacy.admin', name: '旧的查询', query: 'MATCH (e:Enterprise) RETURN e.name', shared: true, createdAt: '2025-05-01T00:00:00.000Z', updatedAt: '2025-05-02T00:00:00.000Z'})
`;

beforeAll(async () => {
  await db.reset();
  const imported = await importWorkbook(db.runner, { filename: 'tiny.json', data: Buffer.from(JSON.stringify(tinyChain)) });
  assert.deepEqual(imported.errors, []);
  await db.runner.text(
    'legacy accounts',
    LEGACY,
    {
      hash: LEGACY_HASH,
      tokenId: TOKEN_ID,
      tokenHash: sha(TOKEN_SECRET),
      revokedId: REVOKED_ID,
      revokedHash: sha(REVOKED_SECRET),
      sessionHash: sha(COOKIE),
      future,
      past,
    },
    'WRITE',
  );
});
afterAll(async () => {
  await app?.close();
  await db.close();
});

const post = async (body: unknown, headers: Record<string, string> = {}) =>
  (await (await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })).json()) as {
    data?: Record<string, unknown>;
    errors?: Array<{ extensions?: { code?: string } }>;
  };

describe('accounts kept in the graph by older versions move into the account store on start', () => {
  it('moves every user, token, live session, audit entry and saved query, and deletes them from the graph', async () => {
    const counts = await migrateAccountsFromGraph(db.runner, db.accounts!);
    // 2 users, 2 tokens (the revoked one too, still revoked), 1 live session (the expired one is dropped), 2 audit entries, 1 saved query
    assert.deepEqual(counts, { users: 2, tokens: 2, sessions: 1, audit: 2, savedQueries: 1 });
    const [left] = await db.runner.text<{ n: number; enterprises: number }>(
      'count',
      'MATCH (n) WITH sum(CASE WHEN n:User OR n:Session OR n:ApiToken OR n:AuditEntry OR n:SavedQuery THEN 1 ELSE 0 END) AS n, sum(CASE WHEN n:Enterprise THEN 1 ELSE 0 END) AS enterprises RETURN n, enterprises',
      {},
      'READ',
    );
    assert.deepEqual(left, { n: 0, enterprises: tinyChain.enterprises.length });
    const stored = db.accounts!.db.prepare('SELECT name, role, password_hash AS hash, created_at AS createdAt FROM users ORDER BY name').all() as Array<{
      name: string;
      role: string;
      hash: string;
      createdAt: string;
    }>;
    assert.deepEqual(
      stored.map((u) => [u.name, u.role, u.createdAt]),
      [
        ['legacy.admin', 'admin', '2025-01-02T03:04:05.000Z'],
        ['legacy.viewer', 'viewer', '2025-01-03T03:04:05.000Z'],
      ],
    );
    // the legacy scrypt key is no longer stored anywhere: only its HMAC under the pepper
    for (const u of stored) {
      assert.match(u.hash, /^scrypt-hmac\$16384\$8\$1\$/);
      assert.equal(u.hash.includes(LEGACY_HASH.split('$')[5]!), false);
    }
  });

  it('is idempotent: a second start moves nothing and loses nothing', async () => {
    assert.deepEqual(await migrateAccountsFromGraph(db.runner, db.accounts!), { users: 0, tokens: 0, sessions: 0, audit: 0, savedQueries: 0 });
    assert.equal((db.accounts!.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n, 2);
  });

  it('keeps the old password, API token and session cookie working; the revoked token stays revoked', async () => {
    app = await startTestApp(db);
    const signIn = await post({ query: 'mutation ($n: String!, $p: String!) { signIn(name: $n, password: $p) { name role } }', variables: { n: 'legacy.admin', p: PASSWORD } });
    assert.deepEqual(signIn.data, { signIn: { name: 'legacy.admin', role: 'admin' } });
    const byToken = await post({ query: '{ me { name role } savedQueries { name owner mine } }' }, { authorization: `Bearer cat_${TOKEN_ID}_${TOKEN_SECRET}` });
    assert.deepEqual(byToken.data, { me: { name: 'legacy.admin', role: 'admin' }, savedQueries: [{ name: '旧的查询', owner: 'legacy.admin', mine: true }] });
    const byCookie = await post({ query: '{ me { name } }' }, { cookie: `ca_session=${COOKIE}` });
    assert.deepEqual(byCookie.data, { me: { name: 'legacy.admin' } });
    const revoked = await post({ query: '{ me { name } }' }, { authorization: `Bearer cat_${REVOKED_ID}_${REVOKED_SECRET}` });
    assert.equal(revoked.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const audit = await app.graphql<{ auditLog: Array<{ action: string }> }>('{ auditLog(user: "legacy.admin", limit: 10) { action } }');
    assert.deepEqual(
      audit.data!.auditLog.map((e) => e.action).filter((a) => a.startsWith('legacy')),
      ['legacySignIn'],
    );
  });

  it('makes a stored hash useless without the pepper: the same store under another pepper refuses the right password', async () => {
    const other = AccountStore.open(db.accounts!.file, randomBytes(32));
    try {
      await assert.rejects(authenticate(other, { accounts: accountThrottle(), addresses: addressThrottle() }, 'legacy.admin', PASSWORD, 'test'), /wrong user name or password/);
      await authenticate(db.accounts!, { accounts: accountThrottle(), addresses: addressThrottle() }, 'legacy.admin', PASSWORD, 'test');
    } finally {
      other.close();
    }
  });
});
