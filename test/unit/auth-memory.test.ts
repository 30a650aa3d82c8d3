// API tokens and sessions verified from memory: no SQLite read per request, yet a revocation, a
// sign-out, a role change or a removal counts at once in the process that made it and within 1 s
// in every other process on the same account file (here: a second connection to the same file,
// which is all another process is to SQLite). Expiry is honoured from memory too.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createToken, createUser, endSession, openSession, removeUser, revokeToken, sessionViewer, setUserRole, tokenViewer } from '../../server/auth/service.js';
import { AccountStore, AUTH_RECHECK_MS } from '../../server/auth/store.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-auth-memory-'));
const file = path.join(dir, 'accounts.sqlite');
const pepper = randomBytes(32);
let here: AccountStore;
let there: AccountStore;

beforeAll(() => {
  here = AccountStore.open(file, pepper);
  there = AccountStore.open(file, pepper);
});
afterAll(() => {
  here.close();
  there.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Counts the statements a store prepares while `work` runs: every lookup in SQLite prepares one. */
async function statementsDuring(store: AccountStore, work: () => Promise<void>): Promise<number> {
  const db = store.db as unknown as { prepare: (sql: string) => unknown };
  const original = db.prepare;
  let count = 0;
  db.prepare = function (this: unknown, sql: string) {
    count += 1;
    return original.call(this, sql);
  };
  try {
    await work();
  } finally {
    db.prepare = original;
  }
  return count;
}

/** Milliseconds until `check` holds, asked every 10 ms; fails after 3 s. */
async function msUntil(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 3000) assert.fail('still not refused after 3 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - started;
}

describe('sign-in data verified from memory', () => {
  it('verifies a token once from SQLite, then 500 times from memory (no lookup statement)', async () => {
    await createUser(here, 'li.ming', 'viewer', 'a-long-enough-password');
    const { token } = await createToken(here, 'li.ming', 'script');
    assert.deepEqual(await tokenViewer(here, token), { name: 'li.ming', role: 'viewer', via: 'token' });
    const statements = await statementsDuring(here, async () => {
      for (let i = 0; i < 500; i += 1) assert.equal((await tokenViewer(here, token))?.name, 'li.ming');
    });
    // The auth epoch statement is prepared once per store and reused: nothing is prepared here.
    assert.equal(statements, 0);
    // A wrong secret for a known id is refused from memory too.
    const forged = `${token.slice(0, 17)}${'A'.repeat(43)}`;
    assert.equal(await tokenViewer(here, forged), null);
  });

  it('a revocation counts at once in the process that made it and within 1 s in another', async () => {
    const { token, id } = await createToken(here, 'li.ming', 'revoked soon');
    assert.equal((await tokenViewer(here, token))?.name, 'li.ming');
    assert.equal((await tokenViewer(there, token))?.name, 'li.ming');
    assert.equal(await revokeToken(here, id, 'li.ming'), true);
    assert.equal(await tokenViewer(here, token), null, 'at once, here');
    const elapsed = await msUntil(async () => (await tokenViewer(there, token)) === null);
    assert.ok(elapsed <= 1000, `refused there after ${elapsed} ms`);
    assert.ok(AUTH_RECHECK_MS <= 500);
  });

  it('a sign-out through the other process ends the session here within 1 s, and at once there', async () => {
    const cookie = await openSession(here, 'li.ming');
    assert.equal((await sessionViewer(here, cookie))?.name, 'li.ming');
    assert.equal((await sessionViewer(there, cookie))?.name, 'li.ming');
    await endSession(there, cookie);
    assert.equal(await sessionViewer(there, cookie), null, 'at once, there');
    const elapsed = await msUntil(async () => (await sessionViewer(here, cookie)) === null);
    assert.ok(elapsed <= 1000, `refused here after ${elapsed} ms`);
  });

  it('a role change through one process is the role in the other within 1 s (a demotion too)', async () => {
    await createUser(here, 'wang.fang', 'editor', 'a-long-enough-password');
    const { token } = await createToken(here, 'wang.fang', null);
    assert.equal((await tokenViewer(here, token))?.role, 'editor');
    await setUserRole(there, 'wang.fang', 'viewer');
    assert.equal((await tokenViewer(there, token))?.role, 'viewer', 'at once, there');
    const elapsed = await msUntil(async () => (await tokenViewer(here, token))?.role === 'viewer');
    assert.ok(elapsed <= 1000, `demoted here after ${elapsed} ms`);
  });

  it("a removed user's token and session stop working everywhere within 1 s", async () => {
    await createUser(here, 'zhao.lei', 'analyst', 'a-long-enough-password');
    const { token } = await createToken(here, 'zhao.lei', null);
    const cookie = await openSession(here, 'zhao.lei');
    assert.equal((await tokenViewer(there, token))?.name, 'zhao.lei');
    assert.equal((await sessionViewer(there, cookie))?.name, 'zhao.lei');
    assert.equal(await removeUser(here, 'zhao.lei'), true);
    assert.equal(await tokenViewer(here, token), null);
    const elapsed = await msUntil(async () => (await tokenViewer(there, token)) === null && (await sessionViewer(there, cookie)) === null);
    assert.ok(elapsed <= 1000, `refused there after ${elapsed} ms`);
  });

  it("honours a session's expiry from memory: valid until its expires_at, refused after it without a lookup", async () => {
    const cookie = randomBytes(32).toString('base64url');
    const digest = here.mac(createHash('sha256').update(cookie).digest());
    const expiresAt = Date.now() + 700;
    here.db.prepare('INSERT INTO sessions (hash, user, created_at, expires_at) VALUES (?, ?, ?, ?)').run(digest, 'li.ming', new Date().toISOString(), new Date(expiresAt).toISOString());
    assert.equal((await sessionViewer(here, cookie))?.name, 'li.ming');
    await new Promise((r) => setTimeout(r, Math.max(0, expiresAt - Date.now()) + 20));
    let viewer: unknown = 'unset';
    const statements = await statementsDuring(here, async () => {
      viewer = await sessionViewer(here, cookie);
    });
    assert.equal(viewer, null);
    assert.equal(statements, 0, 'refused from memory: the expiry was kept with the session');
    // And a process that never saw it refuses it from SQLite (expires_at in the past).
    assert.equal(await sessionViewer(there, cookie), null);
  });
});
