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

interface Reference {
  state: TableState;
  row: number;
  column: string;
  id: string;
}

/**
 * The checks that need the whole workbook and the database: references resolve (in the workbook
 * or the database), a segment's parent is in its chain, the segment and region trees have no
 * cycle, nobody supplies itself and no segment feeds itself. Returns the problems found.
 */
export async function checkWorkbook(collector: WorkbookCollector, runner: QueryRunner): Promise<ImportIssue[]> {
  const msg = collector.msg;
  const issues: ImportIssue[] = [];
  const defined = new Map<RefKind, Map<string, Record<string, unknown>>>();
  for (const kind of Object.keys(DEFINING_TABLE) as RefKind[]) {
    const state = collector.tables.get(DEFINING_TABLE[kind]);
    const ids = new Map<string, Record<string, unknown>>();
    const keyColumn = kind === 'region' ? 'code' : 'id';
    for (const r of state?.rows ?? []) {
      const id = r.values[keyColumn];
      if (typeof id === 'string' && !ids.has(id)) ids.set(id, r.values);
    }
    defined.set(kind, ids);
  }

  const references = new Map<RefKind, Reference[]>();
  const wanted = new Map<RefKind, Set<string>>();
  for (const state of collector.tables.values()) {
    for (const column of state.spec.columns) {
      if (column.type.type !== 'ref') continue;
      const kind = column.type.kind;
      const list = references.get(kind) ?? [];
      const missing = wanted.get(kind) ?? new Set<string>();
      for (const r of state.rows) {
        const id = r.values[column.name];
        if (typeof id !== 'string') continue;
        list.push({ state, row: r.row, column: column.name, id });
        if (!defined.get(kind)!.has(id)) missing.add(id);
      }
      references.set(kind, list);
      wanted.set(kind, missing);
    }
  }

  const existing = new Map<RefKind, Map<string, Existing>>();
  for (const kind of Object.keys(DEFINING_TABLE) as RefKind[]) {
    const ids = [...(wanted.get(kind) ?? [])];
    existing.set(kind, ids.length ? await findExisting(runner, kind, ids) : new Map());
  }

  for (const [kind, list] of references) {
    for (const ref of list) {
      if (!defined.get(kind)!.has(ref.id) && !existing.get(kind)!.has(ref.id)) {
        issues.push({ table: ref.state.spec.name, row: ref.row, column: ref.column, message: msg.unresolved(kind, ref.id) });
      }
    }
  }

  const segments = collector.tables.get('segments');
  if (segments) {
    const dbSegments = existing.get('segment')!;
    for (const r of segments.rows) {
      const parent = r.values.parent_id;
      const chain = r.values.chain_id;
      if (typeof parent !== 'string' || typeof chain !== 'string' || parent === r.values.id) continue;
      const parentChain = defined.get('segment')!.get(parent)?.chain_id ?? dbSegments.get(parent)?.chainId;
      if (typeof parentChain === 'string' && parentChain !== chain) {
        issues.push({ table: 'segments', row: r.row, column: 'parent_id', message: msg.parentOtherChain(parent, parentChain, chain) });
      }
    }
    issues.push(...findCycles(segments, 'id', 'parent_id', existing.get('segment')!, (p) => msg.cycle('segment', p)));
  }
  const regions = collector.tables.get('regions');
  if (regions) issues.push(...findCycles(regions, 'code', 'parent_code', existing.get('region')!, (p) => msg.cycle('region', p)));

  selfLinks(collector.tables.get('supplies'), 'supplier_id', 'customer_id', msg.selfSupply, issues);
  selfLinks(collector.tables.get('flows'), 'from_segment_id', 'to_segment_id', msg.selfFlow, issues);
  return issues;
}

function selfLinks(state: TableState | undefined, from: string, to: string, message: string, issues: ImportIssue[]): void {
  for (const r of state?.rows ?? []) {
    if (r.values[from] !== undefined && r.values[from] === r.values[to]) issues.push({ table: state!.spec.name, row: r.row, column: to, message });
  }
}

/**
 * Finds cycles in a parent tree made of the workbook's rows (which win) and, for the parents it
 * names that only the database holds, the database's ancestors. Reports every workbook row on a
 * cycle, on its parent column.
 */
function findCycles(state: TableState, keyColumn: string, parentColumn: string, db: Map<string, Existing>, message: (path: string[]) => string): ImportIssue[] {
  const rowOf = new Map<string, number>();
  const parentInWorkbook = new Map<string, string | undefined>();
  for (const r of state.rows) {
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

