import { randomUUID } from 'node:crypto';
import { recordAudit } from '../auth/service.js';
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

interface SavedQueryRow extends Omit<SavedQuery, 'params'> {
  params: string | null;
}

const fromRow = (row: SavedQueryRow): SavedQuery => ({ ...row, params: row.params === null ? null : (JSON.parse(row.params) as Record<string, unknown>) });

/** The caller's saved queries first, then everyone's shared ones, by name. */
export async function listSavedQueries(runner: QueryRunner, owner: string): Promise<SavedQuery[]> {
  return (await runner.read<{ query: SavedQueryRow }>('console/list-saved-queries', { owner })).map((r) => fromRow(r.query));
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
export async function saveQuery(runner: QueryRunner, input: SaveInput, actor: { user: string; address: string | null }): Promise<SavedQuery> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('name: 1 to 100 characters', { argument: 'name' });
  await checkConsoleQuery(runner, { query: input.query, params: input.params }, actor, 'saveQuery');
  const params = input.params === undefined || input.params === null ? null : JSON.stringify(input.params);
  const [row] = await runner.write<{ query: SavedQueryRow }>('console/save-saved-query', {
    owner: actor.user,
    name,
    id: randomUUID(),
    query: input.query,
    params,
    shared: input.shared ?? false,
    at: new Date().toISOString(),
  });
  const saved = fromRow(row!.query);
  await recordAudit(runner, { user: actor.user, action: 'console.save', target: saved.id, detail: { name, shared: saved.shared }, address: actor.address });
  return saved;
}

/**
 * Deletes a saved query: its owner or an admin may. Someone else's private query answers false
 * like a missing one (its existence is not revealed); someone else's shared query is FORBIDDEN.
 */
export async function deleteSavedQuery(runner: QueryRunner, id: string, actor: { user: string; admin: boolean; address: string | null }): Promise<boolean> {
  const [row] = await runner.write<{ deleted: boolean; shared: boolean }>('console/delete-saved-query', { id, user: actor.user, admin: actor.admin });
  if (!row) return false;
  if (!row.deleted) {
    if (!row.shared) return false;
    throw new AppError('FORBIDDEN', `saved query ${id} belongs to someone else; only its owner or an admin may delete it`);
  }
  await recordAudit(runner, { user: actor.user, action: 'console.delete', target: id, address: actor.address });
  return true;
}
