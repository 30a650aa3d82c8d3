import type { QueryRunner } from '../db/runner.js';
import { pepperLegacyHash } from './passwords.js';
import type { AccountStore } from './store.js';

type Props = Record<string, unknown>;
interface LegacyRow {
  id: string;
  props: Props;
  user: string | null;
}

export interface MigrationCounts {
  users: number;
  tokens: number;
  sessions: number;
  audit: number;
  savedQueries: number;
}

const BATCH = 2_000;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * Moves what versions before the account store kept in the graph (User, ApiToken, Session,
 * AuditEntry and SavedQuery nodes) into the store, then deletes it from the graph. Each batch is
 * committed to the store before its nodes are deleted, and every insert ignores rows already there,
 * so a start interrupted half-way simply finishes the move next time; no user or token is lost.
 * Passwords and tokens keep working: the legacy scrypt key and token/session SHA-256 digests are
 * wrapped with an HMAC under the pepper (see passwords.ts and service.ts).
 */
export async function migrateAccountsFromGraph(runner: QueryRunner, store: AccountStore, log: (line: string) => void = () => {}): Promise<MigrationCounts> {
  const counts: MigrationCounts = { users: 0, tokens: 0, sessions: 0, audit: 0, savedQueries: 0 };
  const mac = (value: Buffer) => store.mac(value);
  // Each batch: committed to the store, then deleted from the graph, then the next one is read.
  const batches = async (label: string, move: (rows: LegacyRow[]) => number): Promise<number> => {
    let moved = 0;
    for (;;) {
      const rows = await runner.read<LegacyRow>('accounts/list-legacy-accounts', { label, limit: BATCH });
      if (!rows.length) return moved;
      moved += store.transaction(() => move(rows));
      await runner.write('accounts/delete-legacy-accounts', { ids: rows.map((r) => r.id) });
    }
  };

  const users = await runner.read<LegacyRow>('accounts/list-legacy-accounts', { label: 'User', limit: 1_000_000 });
  const insertUser = store.db.prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING');
  counts.users = store.transaction(() => {
    let n = 0;
    for (const { props } of users) {
      const hash = pepperLegacyHash(String(props.passwordHash ?? ''), mac) ?? (String(props.passwordHash ?? '').startsWith('scrypt-hmac$') ? String(props.passwordHash) : null);
      if (!props.name || !hash) continue;
      n += insertUser.run(String(props.name), String(props.role ?? 'viewer'), hash, str(props.createdAt) ?? new Date().toISOString()).changes;
    }
    return n;
  });

  const insertToken = store.db.prepare('INSERT INTO api_tokens (id, user, hash, label, created_at, revoked_at) SELECT ?, name, ?, ?, ?, ? FROM users WHERE name = ? ON CONFLICT (id) DO NOTHING');
  counts.tokens = await batches('ApiToken', (rows) =>
    rows.reduce(
      (n, { props, user }) =>
        user && props.id && props.hash
          ? n + insertToken.run(String(props.id), mac(Buffer.from(String(props.hash), 'base64url')), str(props.label), str(props.createdAt) ?? '', str(props.revokedAt), user).changes
          : n,
      0,
    ),
  );
  const nowIso = new Date().toISOString();
  const insertSession = store.db.prepare('INSERT INTO sessions (hash, user, created_at, expires_at) SELECT ?, name, ?, ? FROM users WHERE name = ? ON CONFLICT (hash) DO NOTHING');
  counts.sessions = await batches('Session', (rows) =>
    rows.reduce(
      (n, { props, user }) =>
        user && props.hash && String(props.expiresAt ?? '') > nowIso
          ? n + insertSession.run(mac(Buffer.from(String(props.hash), 'base64url')), str(props.createdAt) ?? nowIso, String(props.expiresAt), user).changes
          : n,
      0,
    ),
  );
  const insertQuery = store.db.prepare('INSERT INTO saved_queries (id, owner, name, query, params, shared, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
  counts.savedQueries = await batches('SavedQuery', (rows) =>
    rows.reduce(
      (n, { props: p }) =>
        p.id && p.owner && p.name
          ? n +
            insertQuery.run(
              String(p.id),
              String(p.owner),
              String(p.name),
              String(p.query ?? ''),
              str(p.params),
              p.shared === true ? 1 : 0,
              str(p.createdAt) ?? nowIso,
              str(p.updatedAt) ?? str(p.createdAt) ?? nowIso,
            ).changes
          : n,
      0,
    ),
  );
  const insertAudit = store.db.prepare('INSERT INTO audit (id, at, user, action, target, detail, address) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING');
  counts.audit = await batches('AuditEntry', (rows) =>
    // Oldest first, so the store's sequence keeps their order.
    [...rows]
      .sort((a, b) => String(a.props.at ?? '').localeCompare(String(b.props.at ?? '')))
      .reduce(
        (n, { props: p }) =>
          p.id && p.action ? n + insertAudit.run(String(p.id), str(p.at) ?? nowIso, str(p.user) ?? '(system)', String(p.action), str(p.target), str(p.detail), str(p.address)).changes : n,
        0,
      ),
  );
  // Users go last: until now, tokens and sessions found their user's name through (:User) nodes.
  if (users.length) await runner.write('accounts/delete-legacy-accounts', { ids: users.map((u) => u.id) });
  const total = counts.users + counts.tokens + counts.sessions + counts.audit + counts.savedQueries;
  if (total || users.length) {
    log(
      `moved out of the graph into the account store: ${counts.users} users, ${counts.tokens} API tokens, ${counts.sessions} live sessions, ${counts.savedQueries} saved queries, ${counts.audit} audit entries`,
    );
  }
  return counts;
}
