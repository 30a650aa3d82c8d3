import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { QueryRunner } from '../db/runner.js';
import { AppError, badInput } from '../errors.js';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';
import { isRole, type Role, type Viewer } from './roles.js';
import { Throttle } from './throttle.js';

export const SESSION_COOKIE = 'ca_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const TOKEN_PREFIX = 'cat_';

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
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
export async function createUser(runner: QueryRunner, name: string, role: string, password?: string): Promise<{ user: UserRow; password: string }> {
  checkUserName(name);
  const checked = checkRole(role);
  const secret = password ?? generatePassword();
  if (secret.length < 12) throw badInput('password: at least 12 characters', { argument: 'password' });
  const passwordHash = await hashPassword(secret);
  try {
    const [row] = await runner.write<{ user: UserRow }>('auth/create-user', { name, role: checked, passwordHash, at: now() });
    return { user: row!.user, password: secret };
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') throw new AppError('CONFLICT', `user "${name}" already exists`, { argument: 'name' });
    throw error;
  }
}

export async function listUsers(runner: QueryRunner): Promise<UserRow[]> {
  return (await runner.read<{ user: UserRow }>('auth/list-users')).map((r) => r.user);
}

export async function setUserRole(runner: QueryRunner, name: string, role: string): Promise<UserRow> {
  const [row] = await runner.write<{ user: UserRow }>('auth/set-user-role', { name, role: checkRole(role) });
  if (!row) throw new AppError('NOT_FOUND', `user "${name}" not found`);
  return row.user;
}

export async function resetPassword(runner: QueryRunner, name: string): Promise<string> {
  const password = generatePassword();
  const [row] = await runner.write('auth/set-user-password', { name, passwordHash: await hashPassword(password) });
  if (!row) throw new AppError('NOT_FOUND', `user "${name}" not found`);
  return password;
}

export async function removeUser(runner: QueryRunner, name: string): Promise<boolean> {
  const [row] = await runner.write<{ removed: number }>('auth/delete-user', { name });
  return (row?.removed ?? 0) > 0;
}

export async function countUsers(runner: QueryRunner): Promise<number> {
  const [row] = await runner.read<{ users: number }>('auth/count-users');
  return row?.users ?? 0;
}

/** Sign-in throttles: 5 failures per account and 20 per address within 15 minutes. */
export const accountThrottle = () => new Throttle(5, 15 * 60 * 1000);
export const addressThrottle = () => new Throttle(20, 15 * 60 * 1000);

export interface SignInGuards {
  accounts: Throttle;
  addresses: Throttle;
}

/** Checks a name and password; throttled per account and per address. */
export async function authenticate(runner: QueryRunner, guards: SignInGuards, name: string, password: string, address: string): Promise<Viewer> {
  const wait = Math.max(guards.accounts.retryAfter(name), guards.addresses.retryAfter(address));
  if (wait > 0) throw new AppError('FORBIDDEN', `too many failed sign-ins; try again in ${Math.ceil(wait / 1000)} s`, { retryAfterSeconds: Math.ceil(wait / 1000) });
  const [row] = await runner.read<{ name: string; role: string; passwordHash: string }>('auth/get-user-credentials', { name });
  // Verify against a dummy hash for unknown users so timing does not reveal who exists.
  const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
  if (!row || !ok || !isRole(row.role)) {
    guards.accounts.fail(name);
    guards.addresses.fail(address);
    throw new AppError('UNAUTHENTICATED', 'wrong user name or password');
  }
  guards.accounts.clear(name);
  return { name: row.name, role: row.role, via: 'session' };
}
const DUMMY_HASH = 'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Opens a session and returns the cookie value; only its hash is stored. */
export async function openSession(runner: QueryRunner, name: string): Promise<string> {
  const value = randomBytes(32).toString('base64url');
  const at = Date.now();
  await runner.write('auth/create-session', { name, hash: sha256(value), at: new Date(at).toISOString(), expiresAt: new Date(at + SESSION_TTL_MS).toISOString() });
  return value;
}

export async function sessionViewer(runner: QueryRunner, cookie: string): Promise<Viewer | null> {
  const [row] = await runner.read<{ name: string; role: string }>('auth/get-session-user', { hash: sha256(cookie), now: now() });
  return row && isRole(row.role) ? { name: row.name, role: row.role, via: 'session' } : null;
}

export async function endSession(runner: QueryRunner, cookie: string): Promise<void> {
  await runner.write('auth/delete-session', { hash: sha256(cookie), now: now() });
}

/** A new API token `cat_<id>_<secret>`, shown once; its role is always its user's current role. */
export async function createToken(runner: QueryRunner, name: string, label: string | null): Promise<{ token: string; id: string }> {
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const [row] = await runner.write('auth/create-token', { name, id, hash: sha256(secret), label, at: now() });
  if (!row) throw new AppError('NOT_FOUND', `user "${name}" not found`);
  return { token: `${TOKEN_PREFIX}${id}_${secret}`, id };
}

export async function tokenViewer(runner: QueryRunner, token: string): Promise<Viewer | null> {
  const match = /^cat_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [row] = await runner.read<{ hash: string; name: string; role: string }>('auth/get-token-user', { id: match[1] });
  if (!row || !isRole(row.role)) return null;
  const given = Buffer.from(sha256(match[2]!));
  const stored = Buffer.from(row.hash);
  return given.length === stored.length && timingSafeEqual(given, stored) ? { name: row.name, role: row.role, via: 'token' } : null;
}

/** Revokes a token; `owner` limits it to that user's own tokens (null: any, for admins). */
export async function revokeToken(runner: QueryRunner, id: string, owner: string | null): Promise<boolean> {
  const [row] = await runner.write<{ revoked: number }>('auth/revoke-token', { id, name: owner, at: now() });
  return (row?.revoked ?? 0) > 0;
}

export interface AuditInput {
  user: string | null;
  action: string;
  target?: string | null;
  detail?: unknown;
  address?: string | null;
}

export async function recordAudit(runner: QueryRunner, entry: AuditInput): Promise<void> {
  await runner.write('auth/record-audit', {
    entry: {
      id: randomUUID(),
      at: now(),
      user: entry.user ?? '(system)',
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail === undefined ? null : JSON.stringify(entry.detail).slice(0, 10_000),
      address: entry.address ?? null,
    },
  });
}

export async function listAudit(runner: QueryRunner, filter: { user?: string | null; action?: string | null; limit: number }) {
  const rows = await runner.read<{ entry: Record<string, unknown> }>('auth/list-audit', { user: filter.user ?? null, action: filter.action ?? null, limit: Math.min(Math.max(filter.limit, 1), 1000) });
  return rows.map((r) => r.entry);
}
