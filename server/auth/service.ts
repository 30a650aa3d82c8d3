import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AccountStore } from './store.js';
import { AppError, badInput } from '../errors.js';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';
import { isRole, type Role, type Viewer } from './roles.js';
import { Throttle } from './throttle.js';

export const SESSION_COOKIE = 'ca_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const TOKEN_PREFIX = 'cat_';

const sha256 = (value: string) => createHash('sha256').update(value).digest();
/** What is stored for a session cookie or a token secret: HMAC(pepper, SHA-256(value)). */
const digest = (store: AccountStore, value: string) => store.mac(sha256(value));
const macOf = (store: AccountStore) => (value: Buffer) => store.mac(value);
const now = () => new Date().toISOString();

export interface UserRow {
  name: string;
  role: Role;
  createdAt: string;
  tokens?: Array<{ id: string; label: string | null; createdAt: string }>;
}

export function checkUserName(name: string): void {
  if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(name)) throw badInput(`user name "${name}": 2–64 letters, digits, . _ @ or -`, { argument: 'name' });
}

function checkRole(role: string): Role {
  if (!isRole(role)) throw badInput(`role "${role}": expected viewer, analyst, editor or admin`, { argument: 'role' });
  return role;
}

/** Creates a user; a generated password is returned once when none is given. */
export async function createUser(store: AccountStore, name: string, role: string, password?: string): Promise<{ user: UserRow; password: string }> {
  checkUserName(name);
  const checked = checkRole(role);
  const secret = password ?? generatePassword();
  if (secret.length < 12) throw badInput('password: at least 12 characters', { argument: 'password' });
  const passwordHash = await hashPassword(secret, macOf(store));
  const user: UserRow = { name, role: checked, createdAt: now() };
  const inserted = store.db.prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING').run(name, checked, passwordHash, user.createdAt);
  if (inserted.changes === 0) throw new AppError('CONFLICT', `user "${name}" already exists`, { argument: 'name' });
  return { user, password: secret };
}

interface UserRecord {
  name: string;
  role: Role;
  created_at: string;
}
const toUser = (u: UserRecord): UserRow => ({ name: u.name, role: u.role, createdAt: u.created_at });

export async function listUsers(store: AccountStore): Promise<UserRow[]> {
  const users = store.db.prepare('SELECT name, role, created_at FROM users ORDER BY name').all() as UserRecord[];
  const tokens = store.db.prepare('SELECT id, user, label, created_at FROM api_tokens WHERE revoked_at IS NULL ORDER BY created_at, id').all() as Array<{
    id: string;
    user: string;
    label: string | null;
    created_at: string;
  }>;
  return users.map((u) => ({ ...toUser(u), tokens: tokens.filter((t) => t.user === u.name).map((t) => ({ id: t.id, label: t.label, createdAt: t.created_at })) }));
}

export async function setUserRole(store: AccountStore, name: string, role: string): Promise<UserRow> {
  const checked = checkRole(role);
  const row = store.db.prepare('UPDATE users SET role = ? WHERE name = ? RETURNING name, role, created_at').get(checked, name) as UserRecord | undefined;
  store.authChanged();
  if (!row) throw new AppError('NOT_FOUND', `user "${name}" not found`);
  return toUser(row);
}

/** A new generated password; the user's sessions end in the same transaction. */
export async function resetPassword(store: AccountStore, name: string): Promise<string> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password, macOf(store));
  const changed = store.transaction(() => {
    const result = store.db.prepare('UPDATE users SET password_hash = ? WHERE name = ?').run(passwordHash, name);
    store.db.prepare('DELETE FROM sessions WHERE user = ?').run(name);
    return result.changes;
  });
  store.authChanged();
  if (!changed) throw new AppError('NOT_FOUND', `user "${name}" not found`);
  return password;
}

/** Removes a user with their sessions and tokens (one transaction: the foreign keys cascade). */
export async function removeUser(store: AccountStore, name: string): Promise<boolean> {
  const removed = store.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes > 0;
  store.authChanged();
  return removed;
}

export async function countUsers(store: AccountStore): Promise<number> {
  return (store.db.prepare('SELECT count(*) AS users FROM users').get() as { users: number }).users;
}

/** Sign-in throttles: 5 failures per account and 20 per address within 15 minutes. */
export const accountThrottle = () => new Throttle(5, 15 * 60 * 1000);
export const addressThrottle = () => new Throttle(20, 15 * 60 * 1000);

export interface SignInGuards {
  accounts: Throttle;
  addresses: Throttle;
}

/** Checks a name and password; throttled per account and per address. */
export async function authenticate(store: AccountStore, guards: SignInGuards, name: string, password: string, address: string): Promise<Viewer> {
  const wait = Math.max(guards.accounts.retryAfter(name), guards.addresses.retryAfter(address));
  if (wait > 0) throw new AppError('FORBIDDEN', `too many failed sign-ins; try again in ${Math.ceil(wait / 1000)} s`, { retryAfterSeconds: Math.ceil(wait / 1000) });
  const row = store.db.prepare('SELECT name, role, password_hash AS passwordHash FROM users WHERE name = ?').get(name) as { name: string; role: string; passwordHash: string } | undefined;
  // Verify against a dummy hash for unknown users so timing does not reveal who exists.
  const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH, macOf(store));
  if (!row || !ok || !isRole(row.role)) {
    guards.accounts.fail(name);
    guards.addresses.fail(address);
    throw new AppError('UNAUTHENTICATED', 'wrong user name or password');
  }
  guards.accounts.clear(name);
  return { name: row.name, role: row.role, via: 'session' };
}
const DUMMY_HASH = 'scrypt-hmac$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Opens a session and returns the cookie value; only its peppered digest is stored. */
export async function openSession(store: AccountStore, name: string): Promise<string> {
  const value = randomBytes(32).toString('base64url');
  const at = Date.now();
  store.db
    .prepare('INSERT INTO sessions (hash, user, created_at, expires_at) SELECT ?, name, ?, ? FROM users WHERE name = ?')
    .run(digest(store, value), new Date(at).toISOString(), new Date(at + SESSION_TTL_MS).toISOString(), name);
  return value;
}

/**
 * The signed-in user of a session cookie. A session once verified is answered from memory until it
 * expires or sign-in data changes (see AccountStore.verified): no SQLite read per request.
 */
export async function sessionViewer(store: AccountStore, cookie: string): Promise<Viewer | null> {
  const hash = digest(store, cookie);
  const sessions = store.verified().sessions;
  const known = sessions.get(hash);
  if (known) {
    if (known.expiresAt > Date.now() && isRole(known.role)) return { name: known.name, role: known.role, via: 'session' };
    sessions.delete(hash);
    return null;
  }
  const row = store.db.prepare('SELECT u.name, u.role, s.expires_at AS expiresAt FROM sessions s JOIN users u ON u.name = s.user WHERE s.hash = ? AND s.expires_at > ?').get(hash, now()) as
    { name: string; role: string; expiresAt: string } | undefined;
  if (!row || !isRole(row.role)) return null;
  sessions.set(hash, { name: row.name, role: row.role, expiresAt: Date.parse(row.expiresAt) });
  return { name: row.name, role: row.role, via: 'session' };
}

/** Ends a session (sign-out) and sweeps expired ones. */
export async function endSession(store: AccountStore, cookie: string): Promise<void> {
  store.transaction(() => {
    store.db.prepare('DELETE FROM sessions WHERE hash = ?').run(digest(store, cookie));
    store.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now());
  });
  store.authChanged();
}

/** A new API token `cat_<id>_<secret>`, shown once; its role is always its user's current role. */
export async function createToken(store: AccountStore, name: string, label: string | null): Promise<{ token: string; id: string }> {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const result = store.db.prepare('INSERT INTO api_tokens (id, user, hash, label, created_at) SELECT ?, name, ?, ?, ? FROM users WHERE name = ?').run(id, digest(store, secret), label, now(), name);
  if (result.changes === 0) throw new AppError('NOT_FOUND', `user "${name}" not found`);
  return { token: `${TOKEN_PREFIX}${id}_${secret}`, id };
}

export async function tokenViewer(store: AccountStore, token: string): Promise<Viewer | null> {
  const match = /^cat_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const tokens = store.verified().tokens;
  let row = tokens.get(match[1]!);
  if (!row) {
    row = store.db.prepare('SELECT t.hash, u.name, u.role FROM api_tokens t JOIN users u ON u.name = t.user WHERE t.id = ? AND t.revoked_at IS NULL').get(match[1]) as
      { hash: string; name: string; role: string } | undefined;
    if (!row || !isRole(row.role)) return null;
    tokens.set(match[1]!, row);
  }
  if (!isRole(row.role)) return null;
  const given = Buffer.from(digest(store, match[2]!));
  const stored = Buffer.from(row.hash);
  return given.length === stored.length && timingSafeEqual(given, stored) ? { name: row.name, role: row.role, via: 'token' } : null;
}

/** Revokes a token; `owner` limits it to that user's own tokens (null: any, for admins). */
export async function revokeToken(store: AccountStore, id: string, owner: string | null): Promise<boolean> {
  const result = store.db.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND (? IS NULL OR user = ?)').run(now(), id, owner, owner);
  store.authChanged();
  return result.changes > 0;
}

export interface AuditInput {
  user: string | null;
  action: string;
  target?: string | null;
  detail?: unknown;
  address?: string | null;
}

export async function recordAudit(store: AccountStore, entry: AuditInput): Promise<void> {
  store.db
    .prepare('INSERT INTO audit (id, at, user, action, target, detail, address) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(randomUUID(), now(), entry.user ?? '(system)', entry.action, entry.target ?? null, entry.detail === undefined ? null : JSON.stringify(entry.detail).slice(0, 10_000), entry.address ?? null);
}

/** The newest audit entries, optionally of one user or action. */
export async function listAudit(store: AccountStore, filter: { user?: string | null; action?: string | null; limit: number }) {
  const user = filter.user ?? null;
  const action = filter.action ?? null;
  return store.db
    .prepare('SELECT id, at, user, action, target, detail, address FROM audit WHERE (? IS NULL OR user = ?) AND (? IS NULL OR action = ?) ORDER BY at DESC, seq DESC LIMIT ?')
    .all(user, user, action, action, Math.min(Math.max(filter.limit, 1), 1000)) as Array<Record<string, unknown>>;
}
