import type { Params, QueryRunner, Row } from '../db/runner.js';

/**
 * Maintained local counts (docs/rules.md, "Maintained local counts").
 *
 * local(S) in scope R — the distinct enterprises LOCATED_IN R or a region WITHIN it and IN_SEGMENT
 * S or a segment below it — is kept per (chain, segment, region) in a LocalCount node, for both
 * evidence modes (`all`, `confirmed`), plus one chain-level node per (chain, region). Every write
 * that can change what an enterprise contributes runs, in its own transaction:
 *   1. the set of touched enterprises (rows it writes, or those under a segment or region it
 *      re-hangs or deletes);
 *   1b. the lock that serialises these writes (lock-count-writes), so that no other write
 *      changes the touched enterprises between the two reads below;
 *   2. their contribution before the write (list-enterprise-pairs: region ancestors × segment
 *      ancestors, each segment flagged when a CONFIRMED placement reaches it);
 *   3. the write;
 *   4. their contribution after it, and the per-key difference applied (apply-count-deltas).
 * An enterprise contributes 1 to a pair or nothing, so the difference keeps "distinct" exact
 * however many placements or regions lead to the same pair.
 */

/** Bumped whenever what LocalCount holds changes meaning: an older store is rebuilt at start. */
export const LOCAL_COUNT_FORMAT = 1;

/** Anything that runs named queries: a write transaction of the import, of an edit, or the runner. */
export interface Runs {
  run<T = Row>(name: string, params?: Params): Promise<T[]>;
}

interface PairRow {
  id: string;
  regions: string[];
  segments: Array<{ s: string; c: string; k: boolean }>;
}

export interface CountKey {
  key: string;
  chainId: string;
  segmentId: string | null;
  region: string;
}

/** What one enterprise contributes: key → confirmed (true when a CONFIRMED placement reaches it). */
type Contribution = Map<string, boolean>;

export const countKey = (chainId: string, segmentId: string | null, region: string) => `${chainId}|${segmentId ?? '*'}|${region}`;

function contributions(rows: PairRow[], keys: Map<string, CountKey>): Map<string, Contribution> {
  const out = new Map<string, Contribution>();
  for (const row of rows) {
    const c: Contribution = out.get(row.id) ?? new Map();
    out.set(row.id, c);
    const regions = [...new Set(row.regions)];
    const chains = new Map<string, boolean>();
    for (const seg of row.segments) chains.set(seg.c, (chains.get(seg.c) ?? false) || seg.k);
    const items: Array<[string, string | null, boolean]> = [
      ...row.segments.map((s): [string, string | null, boolean] => [s.c, s.s, s.k]),
      ...[...chains].map(([chainId, k]): [string, string | null, boolean] => [chainId, null, k]),
    ];
    for (const region of regions) {
      for (const [chainId, segmentId, confirmed] of items) {
        const key = countKey(chainId, segmentId, region);
        if (!keys.has(key)) keys.set(key, { key, chainId, segmentId, region });
        c.set(key, (c.get(key) ?? false) || confirmed);
      }
    }
  }
  return out;
}

/** Reads and remembers the contribution of some enterprises; in slices, so a batch of any size fits one query. */
async function readContributions(tx: Runs, ids: readonly string[], keys: Map<string, CountKey>): Promise<Map<string, Contribution>> {
  const out = new Map<string, Contribution>();
  for (let i = 0; i < ids.length; i += 10_000) {
    const rows = await tx.run<PairRow>('counts/list-enterprise-pairs', { ids: ids.slice(i, i + 10_000) });
    for (const [id, c] of contributions(rows, keys)) out.set(id, c);
  }
  return out;
}

/**
 * Takes the lock that serialises the writes maintaining the local counts, held to the end of the
 * transaction. A transaction that will maintain counts takes it as its first statement; taking it
 * again later costs nothing.
 */
export async function lockCountWrites(tx: Runs): Promise<void> {
  await tx.run('counts/lock-count-writes');
}

/**
 * Maintains the local counts around `write`, in the same transaction: reads what `touched`
 * enterprises contribute, runs the write, reads it again and applies the difference. `touched`
 * must name every enterprise whose contribution the write can change.
 */
export async function maintainCounts<T>(tx: Runs, touched: readonly string[], write: () => Promise<T>): Promise<T> {
  const ids = [...new Set(touched)];
  if (!ids.length) return write();
  // Wait for any other write that maintains counts to end (see lock-count-writes.cypher).
  await lockCountWrites(tx);
  const keys = new Map<string, CountKey>();
  const before = await readContributions(tx, ids, keys);
  const result = await write();
  const after = await readContributions(tx, ids, keys);
  const delta = new Map<string, { all: number; confirmed: number }>();
  const add = (key: string, all: number, confirmed: number) => {
    const d = delta.get(key) ?? { all: 0, confirmed: 0 };
    d.all += all;
    d.confirmed += confirmed;
    delta.set(key, d);
  };
  const empty: Contribution = new Map();
  for (const id of ids) {
    const b = before.get(id) ?? empty;
    const a = after.get(id) ?? empty;
    for (const [key, confirmed] of b) {
      const now = a.get(key);
      if (now === undefined) add(key, -1, confirmed ? -1 : 0);
      else if (now !== confirmed) add(key, 0, now ? 1 : -1);
    }
    for (const [key, confirmed] of a) if (!b.has(key)) add(key, 1, confirmed ? 1 : 0);
  }
  const deltas = [...delta]
    .filter(([, d]) => d.all !== 0 || d.confirmed !== 0)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([key, d]) => ({ ...keys.get(key)!, all: d.all, confirmed: d.confirmed }));
  for (let i = 0; i < deltas.length; i += 10_000) await tx.run('counts/apply-count-deltas', { deltas: deltas.slice(i, i + 10_000) });
  return result;
}

export interface LocalCountRow extends CountKey {
  all: number;
  confirmed: number;
}

/** Ancestors-or-self up to 8 levels (as the queries' *0..8) of every node of a tree given as child → parents. */
function ancestorsOf(parents: Map<string, string[]>): (id: string) => string[] {
  const memo = new Map<string, string[]>();
  return (id) => {
    let out = memo.get(id);
    if (!out) {
      const seen = new Set([id]);
      let level = [id];
      for (let depth = 0; depth < 8 && level.length; depth += 1) {
        const next: string[] = [];
        for (const n of level) {
          for (const p of parents.get(n) ?? []) {
            if (seen.has(p)) continue;
            seen.add(p);
            next.push(p);
          }
        }
        level = next;
      }
      out = [...seen];
      memo.set(id, out);
    }
    return out;
  };
}

/**
 * The local counts recomputed from the graph: every enterprise once (pages of 50,000 in id order,
 * with its direct region and placements), expanded to ancestors in memory from the trees, added up
 * per key, in key order. What rebuildLocalCounts writes, and what the tests and the benchmark
 * compare the maintained counts with; the same contribution as list-enterprise-pairs (a test
 * compares the two after every step).
 */
export async function computeLocalCounts(runner: QueryRunner): Promise<LocalCountRow[]> {
  const trees = await runner.read<{ kind: 'region' | 'segment'; child: string; parent: string | null; chainId: string | null }>('counts/list-count-trees');
  const regionParents = new Map<string, string[]>();
  const segmentParents = new Map<string, string[]>();
  const chainOf = new Map<string, string>();
  for (const t of trees) {
    const map = t.kind === 'region' ? regionParents : segmentParents;
    if (t.kind === 'segment' && t.chainId !== null) chainOf.set(t.child, t.chainId);
    if (t.parent !== null) map.set(t.child, [...(map.get(t.child) ?? []), t.parent]);
  }
  const regionsUp = ancestorsOf(regionParents);
  const segmentsUp = ancestorsOf(segmentParents);
  const keys = new Map<string, CountKey>();
  const totals = new Map<string, { all: number; confirmed: number }>();
  let after = '';
  for (;;) {
    const page = await runner.read<{ id: string; regions: string[]; placements: Array<{ s: string; k: boolean }> }>(
      'counts/list-enterprise-links-page',
      { after, limit: 50_000 },
      { timeoutMs: 600_000 },
    );
    if (!page.length) break;
    after = page[page.length - 1]!.id;
    const rows: PairRow[] = [];
    for (const e of page) {
      const regions = [...new Set(e.regions.flatMap(regionsUp))];
      const segments = new Map<string, boolean>();
      for (const p of e.placements) for (const s of segmentsUp(p.s)) segments.set(s, (segments.get(s) ?? false) || p.k);
      // a segment without a chain property is not counted, as in list-enterprise-pairs (null chainId)
      if (regions.length && segments.size) rows.push({ id: e.id, regions, segments: [...segments].map(([s, k]) => ({ s, c: chainOf.get(s) ?? null!, k })) });
    }
    for (const c of contributions(rows, keys).values()) {
      for (const [key, confirmed] of c) {
        const t = totals.get(key) ?? { all: 0, confirmed: 0 };
        t.all += 1;
        if (confirmed) t.confirmed += 1;
        totals.set(key, t);
      }
    }
  }
  return [...totals].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([key, t]) => ({ ...keys.get(key)!, all: t.all, confirmed: t.confirmed }));
}

/** Every maintained local count, in key order. */
export function readLocalCounts(runner: QueryRunner): Promise<LocalCountRow[]> {
  return runner.read<LocalCountRow>('counts/list-local-counts', {}, { timeoutMs: 600_000 });
}

/**
 * Recomputes every local count from the graph and replaces the stored ones, then marks them
 * complete in the current format. For a database that has none (made by an older version or by
 * the offline bulk importer, which writes only the domain graph): the app runs it at start when
 * the marker is absent or older; call it after a bulk load. The reads run first; the replacement
 * is one transaction, so readers see the old counts or the new ones. Run it while nothing else
 * writes chain data (a write between the reads and the replacement would be lost from the counts).
 */
export async function rebuildLocalCounts(runner: QueryRunner): Promise<{ counts: number; ms: number }> {
  const started = Date.now();
  const rows = await computeLocalCounts(runner);
  await runner.writeTransaction(async (tx) => {
    for (;;) {
      const [row] = await tx.run<{ deleted: number }>('counts/delete-local-counts', { limit: 50_000 });
      if (!row || row.deleted === 0) break;
    }
    for (let i = 0; i < rows.length; i += 10_000) await tx.run('counts/create-local-counts', { rows: rows.slice(i, i + 10_000) });
    await tx.run('counts/set-count-state', { format: LOCAL_COUNT_FORMAT });
  });
  return { counts: rows.length, ms: Date.now() - started };
}

/** True when the stored counts are complete and of the current format. */
export async function localCountsReady(runner: QueryRunner): Promise<boolean> {
  const [state] = await runner.read<{ format: number }>('counts/get-count-state');
  return state?.format === LOCAL_COUNT_FORMAT;
}

/** At start: rebuilds the counts when the marker says they are absent or older; says how long it took. */
export async function ensureLocalCounts(runner: QueryRunner, log: (line: string) => void): Promise<void> {
  if (await localCountsReady(runner)) return;
  log('local counts absent or of an older format: rebuilding them from the graph');
  const { counts, ms } = await rebuildLocalCounts(runner);
  log(`local counts rebuilt: ${counts} counts in ${(ms / 1000).toFixed(1)} s`);
}
