import type { QueryRunner } from '../db/runner.js';
import type { ImportIssue, TableState, WorkbookCollector } from './collector.js';
import { DEFINING_TABLE, type RefKind } from './tables.js';

/** What the database holds of an id the workbook references but does not define. */
export interface Existing {
  /** Segments: the chain; regions and segments: the ancestors, nearest first. */
  chainId?: string | null;
  ancestors?: string[];
}

const LOOKUP_BATCH = 10_000;

const FIND_QUERY: Record<RefKind, string> = {
  region: 'import/find-regions',
  chain: 'import/find-chains',
  segment: 'import/find-segments',
  enterprise: 'import/find-enterprises',
  park: 'import/find-parks',
  parcel: 'import/find-parcels',
  project: 'import/find-projects',
  fund: 'import/find-funds',
  platform: 'import/find-platforms',
  unit: 'import/find-units',
  official: 'import/find-officials',
};

/** Looks up, one query per kind (in batches of 10,000 ids), which ids the database holds. */
async function findExisting(runner: QueryRunner, kind: RefKind, ids: string[]): Promise<Map<string, Existing>> {
  const found = new Map<string, Existing>();
  for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
    const rows = await runner.read<{ id: string; chainId?: string | null; ancestors?: string[] | null }>(FIND_QUERY[kind], { ids: ids.slice(i, i + LOOKUP_BATCH) });
    for (const row of rows) found.set(row.id, { chainId: row.chainId ?? null, ancestors: row.ancestors ?? [] });
  }
  return found;
}

/**
 * The checks that need the whole workbook and the database: references resolve (in the workbook
 * or the database), a segment's parent is in its chain, the segment and region trees have no
 * cycle, nobody supplies itself and no segment feeds itself. Returns the problems found.
 *
 * Rows are read twice, as a stream (large tables live on disk): once to gather the ids the
 * workbook references but does not define (looked up in the database, 10,000 at a time), once to
 * report the references that resolve nowhere. What stays in memory is ids, not rows. A null
 * runner stands for a database known to be empty (a bulk load into a store never created): no
 * lookups, every reference must resolve in the workbook.
 */
export async function checkWorkbook(collector: WorkbookCollector, runner: QueryRunner | null): Promise<ImportIssue[]> {
  const msg = collector.msg;
  const issues: ImportIssue[] = [];
  /** Ids each kind's defining table holds (its duplicate-key index has them all). */
  const defined = new Map<RefKind, ReadonlyMap<string, number>>();
  for (const kind of Object.keys(DEFINING_TABLE) as RefKind[]) {
    defined.set(kind, collector.tables.get(DEFINING_TABLE[kind])?.keys ?? new Map());
  }
  /** The chain of each segment the workbook defines (the first row of an id wins). */
  const segmentChain = new Map<string, string>();
  const segments = collector.tables.get('segments');
  if (segments) {
    for await (const r of segments.rows) {
      const id = r.values.id;
      if (typeof id === 'string' && typeof r.values.chain_id === 'string' && !segmentChain.has(id)) segmentChain.set(id, r.values.chain_id);
    }
  }

  const refColumns = (state: TableState) => state.spec.columns.flatMap((c) => (c.type.type === 'ref' ? [{ name: c.name, kind: c.type.kind }] : []));
  const wanted = new Map<RefKind, Set<string>>();
  for (const state of collector.tables.values()) {
    const columns = refColumns(state);
    if (!columns.length) continue;
    for await (const r of state.rows) {
      for (const column of columns) {
        const id = r.values[column.name];
        if (typeof id !== 'string' || defined.get(column.kind)!.has(id)) continue;
        const set = wanted.get(column.kind) ?? new Set<string>();
        set.add(id);
        wanted.set(column.kind, set);
      }
    }
  }

  const existing = new Map<RefKind, Map<string, Existing>>();
  for (const kind of Object.keys(DEFINING_TABLE) as RefKind[]) {
    const ids = [...(wanted.get(kind) ?? [])];
    existing.set(kind, ids.length && runner ? await findExisting(runner, kind, ids) : new Map());
  }

  for (const state of collector.tables.values()) {
    const columns = refColumns(state).filter((c) => wanted.get(c.kind)?.size);
    if (!columns.length) continue;
    for await (const r of state.rows) {
      for (const column of columns) {
        const id = r.values[column.name];
        if (typeof id !== 'string' || defined.get(column.kind)!.has(id) || existing.get(column.kind)!.has(id)) continue;
        issues.push({ table: state.spec.name, row: r.row, column: column.name, message: msg.unresolved(column.kind, id) });
      }
    }
  }

  if (segments) {
    const dbSegments = existing.get('segment')!;
    for await (const r of segments.rows) {
      const parent = r.values.parent_id;
      const chain = r.values.chain_id;
      if (typeof parent !== 'string' || typeof chain !== 'string' || parent === r.values.id) continue;
      const parentChain = segmentChain.get(parent) ?? dbSegments.get(parent)?.chainId;
      if (typeof parentChain === 'string' && parentChain !== chain) {
        issues.push({ table: 'segments', row: r.row, column: 'parent_id', message: msg.parentOtherChain(parent, parentChain, chain) });
      }
    }
    issues.push(...(await findCycles(segments, 'id', 'parent_id', existing.get('segment')!, (p) => msg.cycle('segment', p))));
  }
  const regions = collector.tables.get('regions');
  if (regions) issues.push(...(await findCycles(regions, 'code', 'parent_code', existing.get('region')!, (p) => msg.cycle('region', p))));

  await selfLinks(collector.tables.get('supplies'), 'supplier_id', 'customer_id', msg.selfSupply, issues);
  await selfLinks(collector.tables.get('flows'), 'from_segment_id', 'to_segment_id', msg.selfFlow, issues);
  return issues;
}

async function selfLinks(state: TableState | undefined, from: string, to: string, message: string, issues: ImportIssue[]): Promise<void> {
  if (!state) return;
  for await (const r of state.rows) {
    if (r.values[from] !== undefined && r.values[from] === r.values[to]) issues.push({ table: state.spec.name, row: r.row, column: to, message });
  }
}

/**
 * Finds cycles in a parent tree made of the workbook's rows (which win) and, for the parents it
 * names that only the database holds, the database's ancestors. Reports every workbook row on a
 * cycle, on its parent column.
 */
async function findCycles(state: TableState, keyColumn: string, parentColumn: string, db: Map<string, Existing>, message: (path: string[]) => string): Promise<ImportIssue[]> {
  const rowOf = new Map<string, number>();
  const parentInWorkbook = new Map<string, string | undefined>();
  for await (const r of state.rows) {
    const id = r.values[keyColumn];
    if (typeof id !== 'string' || parentInWorkbook.has(id)) continue;
    const parent = r.values[parentColumn];
    parentInWorkbook.set(id, typeof parent === 'string' ? parent : undefined);
    rowOf.set(id, r.row);
  }
  const parentInDb = new Map<string, string>();
  for (const [id, info] of db) {
    let child = id;
    for (const ancestor of info.ancestors ?? []) {
      if (!parentInDb.has(child)) parentInDb.set(child, ancestor);
      child = ancestor;
    }
  }
  const parentOf = (id: string) => (parentInWorkbook.has(id) ? parentInWorkbook.get(id) : parentInDb.get(id));

  const issues: ImportIssue[] = [];
  const done = new Set<string>();
  for (const start of parentInWorkbook.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current) && !onPath.has(current)) {
      path.push(current);
      onPath.add(current);
      current = parentOf(current);
    }
    if (current !== undefined && onPath.has(current)) {
      const cycle = path.slice(path.indexOf(current));
      const text = message([...cycle, current]);
      for (const id of cycle) {
        const row = rowOf.get(id);
        if (row !== undefined) issues.push({ table: state.spec.name, row, column: parentColumn, message: text });
      }
    }
    for (const id of path) done.add(id);
  }
  return issues;
}
