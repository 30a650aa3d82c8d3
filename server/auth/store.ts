import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import Sqlite from 'better-sqlite3';

/**
 * Accounts, sessions, API tokens, the audit log and saved console queries: everything that names a
 * person or helps someone sign in. Kept in an embedded SQLite file (mode 600, WAL, one transaction
 * per change), never in the graph, so no console query — however it is written — can reach it.
 */
export class AccountStore {
  /**
   * Verified API tokens (by id) and sessions (by digest), kept in memory so a request reads no
   * SQLite. Emptied at once by a change through this store (`authChanged`), and within
   * AUTH_RECHECK_MS by a change through any other connection to the same file: triggers bump
   * `auth_epoch` on every revocation, sign-out, password reset, role change or removal, and the
   * epoch is read at most once per AUTH_RECHECK_MS.
   */
  readonly memo = { tokens: new Map<string, { hash: string; name: string; role: string }>(), sessions: new Map<string, { name: string; role: string; expiresAt: number }>() };
  private epoch = -1;
  private checkedAt = -Infinity;
  private epochRead: Sqlite.Statement | null = null;

  private constructor(
    readonly db: Sqlite.Database,
    /** The server-side secret every stored password and token digest is keyed with. */
    private readonly pepper: Buffer,
    readonly file: string,
  ) {}

  /** Opens (creating when absent) the store at `file`, keyed with `pepper`. */
  static open(file: string, pepper: Buffer): AccountStore {
    if (pepper.length < 32) throw new Error('the pepper must be at least 32 bytes');
    if (file !== ':memory:') {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      closeSync(openSync(file, 'a', 0o600));
      chmodSync(file, 0o600);
    }
    const db = new Sqlite(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Several app processes on one host may share the file: wait for a writer instead of failing.
    db.pragma('busy_timeout = 10000');
    db.exec(SCHEMA);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600);
    return new AccountStore(db, pepper, file);
  }

  /** HMAC-SHA256 under the pepper, base64url: what is stored for passwords, tokens and sessions. */
  mac(value: Buffer | string): string {
    return createHmac('sha256', this.pepper).update(value).digest('base64url');
  }

  /** The memo, emptied first when another connection changed sign-in data since the last look. */
  verified(): AccountStore['memo'] {
    if (Date.now() - this.checkedAt >= AUTH_RECHECK_MS && this.readEpoch() !== this.epoch) this.authChanged();
    return this.memo;
  }

  /**
   * Forgets every verified token and session at once: sign-in data changed through this store. The
   * epoch that change left is taken as seen, so this process does not empty its memory a second
   * time when it next looks.
   */
  authChanged(): void {
    this.epoch = this.readEpoch();
    this.memo.tokens.clear();
    this.memo.sessions.clear();
  }

  private readEpoch(): number {
    this.checkedAt = Date.now();
    this.epochRead ??= this.db.prepare('SELECT value FROM auth_epoch WHERE id = 1');
    return (this.epochRead.get() as { value: number } | undefined)?.value ?? 0;
  }

  /** Runs `work` in one immediate transaction: all of it is stored, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** Deletes every row (tests only: the test database's reset). */
  clear(): void {
    this.transaction(() => {
      for (const table of ['sessions', 'api_tokens', 'saved_queries', 'audit', 'users']) this.db.prepare(`DELETE FROM ${table}`).run();
    });
    this.authChanged();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** How long a process trusts its memory of verified tokens and sessions before it reads `auth_epoch` again. */
export const AUTH_RECHECK_MS = 500;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  hash TEXT PRIMARY KEY,
  user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE ON UPDATE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_expires ON sessions(expires_at);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions(user);
CREATE TABLE IF NOT EXISTS api_tokens (
  id TEXT PRIMARY KEY,
  user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE ON UPDATE CASCADE,
  hash TEXT NOT NULL,
  label TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX IF NOT EXISTS api_tokens_user ON api_tokens(user);
CREATE TABLE IF NOT EXISTS audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT,
  address TEXT
);
CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
CREATE INDEX IF NOT EXISTS audit_user ON audit(user, at);
CREATE INDEX IF NOT EXISTS audit_action ON audit(action, at);
CREATE TABLE IF NOT EXISTS saved_queries (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  params TEXT,
  shared INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (owner, name)
);
CREATE TABLE IF NOT EXISTS auth_epoch (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
);
INSERT OR IGNORE INTO auth_epoch (id, value) VALUES (1, 0);
CREATE TRIGGER IF NOT EXISTS auth_epoch_token_update AFTER UPDATE ON api_tokens BEGIN UPDATE auth_epoch SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS auth_epoch_token_delete AFTER DELETE ON api_tokens BEGIN UPDATE auth_epoch SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS auth_epoch_session_update AFTER UPDATE ON sessions BEGIN UPDATE auth_epoch SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS auth_epoch_session_delete AFTER DELETE ON sessions BEGIN UPDATE auth_epoch SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS auth_epoch_user_update AFTER UPDATE ON users BEGIN UPDATE auth_epoch SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS auth_epoch_user_delete AFTER DELETE ON users BEGIN UPDATE auth_epoch SET value = value + 1 WHERE id = 1; END;
`;

/**
 * The pepper: PASSWORD_PEPPER (base64 or hex, at least 32 bytes) when set, else the file
 * `pepperFile` (created with 32 random bytes and mode 600 on first use).
 */
export function loadPepper(pepperFile: string, fromEnv: string | undefined): Buffer {
  if (fromEnv) return decodePepper(fromEnv);
  if (!existsSync(pepperFile)) {
    mkdirSync(path.dirname(pepperFile), { recursive: true, mode: 0o700 });
    writeFileSync(pepperFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(pepperFile, 0o600);
  return decodePepper(readFileSync(pepperFile, 'utf8').trim());
}

export function decodePepper(text: string): Buffer {
  const bytes = /^[0-9a-f]+$/i.test(text) && text.length % 2 === 0 ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (bytes.length < 32) throw new Error('PASSWORD_PEPPER: expected at least 32 bytes, as base64 or hex');
  return bytes;
}

/** The store a configured app uses: ACCOUNTS_DB (default DATA_DIR/accounts.sqlite), keyed with its pepper. */
export function openAccountStore(config: { accountsFile: string; pepperFile: string; pepper: string | undefined }): AccountStore {
  return AccountStore.open(config.accountsFile, loadPepper(config.pepperFile, config.pepper));
}
