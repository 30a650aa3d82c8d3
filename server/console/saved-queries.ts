import { randomUUID } from 'node:crypto';
import { recordAudit } from '../auth/service.js';
import type { AccountStore } from '../auth/store.js';
import type { QueryRunner } from '../db/runner.js';
import { AppError, badInput } from '../errors.js';
import { checkConsoleQuery } from './run-console-query.js';

export interface SavedQuery {
  id: string;
  name: string;
  query: string;
  params: Record<string, unknown> | null;
  owner: string;
  shared: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A row of the account store's saved_queries table (they name their owners, so they live there, not in the graph). */
interface SavedQueryRow {
  id: string;
  name: string;
  query: string;
  params: string | null;
  owner: string;
  shared: number;
  created_at: string;
  updated_at: string;
}

const fromRow = (row: SavedQueryRow): SavedQuery => ({
  id: row.id,
  name: row.name,
  query: row.query,
  params: row.params === null ? null : (JSON.parse(row.params) as Record<string, unknown>),
  owner: row.owner,
  shared: row.shared === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The caller's saved queries first, then everyone's shared ones, by name. */
export async function listSavedQueries(store: AccountStore, owner: string): Promise<SavedQuery[]> {
  const rows = store.db
    .prepare('SELECT * FROM saved_queries WHERE owner = ? OR shared = 1 ORDER BY CASE WHEN owner = ? THEN 0 ELSE 1 END, lower(name), owner, id')
    .all(owner, owner) as SavedQueryRow[];
  return rows.map(fromRow);
}

export interface SaveInput {
  name: string;
  query: string;
  params?: unknown;
  shared?: boolean | null;
}

/**
 * Saves a query under a name (replacing the caller's query of that name) after the same safety
 * check the console runs before executing: a query that would be refused cannot be saved.
 */
export async function saveQuery(runner: QueryRunner, store: AccountStore, input: SaveInput, actor: { user: string; address: string | null }): Promise<SavedQuery> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name: 1 to 100 characters', { argument: 'name' });
  await checkConsoleQuery(runner, store, { query: input.query, params: input.params }, actor, 'saveQuery');
  const params = input.params === undefined || input.params === null ? null : JSON.stringify(input.params);
  const at = new Date().toISOString();
  // A name the owner already used is replaced (same id, same createdAt); the (owner, name) key makes it safe to race.
  const row = store.db
    .prepare(
      `INSERT INTO saved_queries (id, owner, name, query, params, shared, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (owner, name) DO UPDATE SET query = excluded.query, params = excluded.params, shared = excluded.shared, updated_at = excluded.updated_at
       RETURNING *`,
    )
    .get(randomUUID(), actor.user, name, input.query, params, input.shared ? 1 : 0, at, at) as SavedQueryRow;
  const saved = fromRow(row);
  await recordAudit(store, { user: actor.user, action: 'console.save', target: saved.id, detail: { name, shared: saved.shared }, address: actor.address });
  return saved;
}

/**
 * Deletes a saved query: its owner or an admin may. Someone else's private query answers false
 * like a missing one (its existence is not revealed); someone else's shared query is FORBIDDEN.
 */
export async function deleteSavedQuery(store: AccountStore, id: string, actor: { user: string; admin: boolean; address: string | null }): Promise<boolean> {
  const row = store.transaction(() => {
    const found = store.db.prepare('SELECT owner, shared FROM saved_queries WHERE id = ?').get(id) as { owner: string; shared: number } | undefined;
    if (!found) return null;
    const allowed = found.owner === actor.user || actor.admin;
    if (allowed) store.db.prepare('DELETE FROM saved_queries WHERE id = ?').run(id);
    return { deleted: allowed, shared: found.shared === 1 };
  });
  if (!row) return false;
  if (!row.deleted) {
    if (!row.shared) return false;
    throw new AppError('FORBIDDEN', `saved query ${id} belongs to someone else; only its owner or an admin may delete it`);
  }
  await recordAudit(store, { user: actor.user, action: 'console.delete', target: id, address: actor.address });
  return true;
}
