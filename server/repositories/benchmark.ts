import type { QueryRunner } from '../db/runner.js';
import { badInput, notFound } from '../errors.js';
import { checkStrongAt, computeStatus, listChainMasters, listChainSegments, readStatusRows, requireChain, requireScope, type Flow, type GapStatus, type StatusRow } from './chain-status.js';
import type { EnterpriseRow, RegionRow, SegmentRow } from './entities.js';
import type { EvidenceMode } from './evidence.js';

/** 对标 compares the home scope with at most six peers. */
export const MAX_BENCHMARK_SCOPES = 7;
/** A what-if takes away or adds at most this many enterprises each. */
export const MAX_WHAT_IF_PICKS = 200;

export interface BenchmarkScope {
  region: RegionRow;
  strong: number;
  weak: number;
  missing: number;
  leaves: number;
  /** Leaf segments with local > 0 ÷ leaf segments; null for a chain without segments. */
  coverage: number | null;
}

export interface BenchmarkCell {
  scope: string;
  localCount: number;
  status: GapStatus;
}

export interface BenchmarkGap {
  segment: SegmentRow;
  peer: RegionRow;
  enterprises: EnterpriseRow[];
  /** The listed enterprises with a project LOCATED_IN the home scope at any stage but DROPPED. */
  pipelineEnterprises: EnterpriseRow[];
  inPipeline: boolean;
}

/** Segments that have no sub-segment in the chain. */
export function leafSegments(segments: readonly SegmentRow[]): SegmentRow[] {
  const parents = new Set(segments.map((s) => s.parentId).filter((id): id is string => id !== null));
  return segments.filter((s) => !parents.has(s.id));
}

function checkScopes(scopes: readonly string[]): void {
  if (scopes.length < 1 || scopes.length > MAX_BENCHMARK_SCOPES)
    throw badInput(`scopes must hold 1 to ${MAX_BENCHMARK_SCOPES} regions, the home scope first (got ${scopes.length})`, { argument: 'scopes' });
  const seen = new Set<string>();
  for (const code of scopes) {
    if (seen.has(code)) throw badInput(`scopes names region ${code} twice`, { argument: 'scopes', region: code });
    seen.add(code);
  }
}

/**
 * 对标 (PRODUCT.md "对标"): the 现状图 of one chain in each scope (home first), by the same local(S)
 * as chainStatus. Per scope the leaf segments by status and the coverage; per segment (map order)
 * one cell per scope; the gap rows: each leaf MISSING at home and WEAK or STRONG at a peer, in map
 * order then scope order, with the peer's local enterprises in it (by id; the status map's first
 * 100, largest first, when there are more) and which of them already have a project at home.
 */
export async function getBenchmark(runner: QueryRunner, args: { chainId: string; scopes: string[]; strongAt: number; evidence: EvidenceMode; includeConfidential: boolean }) {
  const { chainId, scopes, strongAt, evidence, includeConfidential } = args;
  checkScopes(scopes);
  checkStrongAt(strongAt);
  const [chain, regions, segmentMap, ...rowsByScope] = await Promise.all([
    requireChain(runner, chainId),
    Promise.all(scopes.map((code) => requireScope(runner, code))),
    listChainSegments(runner, [chainId]),
    ...scopes.map((scope) => readStatusRows(runner, { chainId, scope, includeConfidential, evidence })),
  ]);
  const segments = segmentMap.get(chainId) ?? [];
  const leaves = leafSegments(segments);
  const statuses = rowsByScope.map((rows) => computeStatus({ segments, flows: [], rows, strongAt, projected: false }));
  const bySegment = statuses.map((st) => new Map(st.segments.map((s) => [s.segment.id, s])));

  const scopeRows: BenchmarkScope[] = regions.map((region, i) => {
    const cells = leaves.map((leaf) => bySegment[i]!.get(leaf.id)!);
    const count = (status: GapStatus) => cells.filter((c) => c.status === status).length;
    return {
      region,
      strong: count('STRONG'),
      weak: count('WEAK'),
      missing: count('MISSING'),
      leaves: leaves.length,
      coverage: leaves.length === 0 ? null : cells.filter((c) => c.localCount > 0).length / leaves.length,
    };
  });

  const segmentRows = segments.map((segment) => ({
    segment,
    cells: regions.map((region, i): BenchmarkCell => {
      const s = bySegment[i]!.get(segment.id)!;
      return { scope: region.code, localCount: s.localCount, status: s.status };
    }),
  }));

  const draft: Array<{ segment: SegmentRow; peer: RegionRow; enterprises: EnterpriseRow[] }> = [];
  for (const leaf of leaves) {
    if (bySegment[0]!.get(leaf.id)!.status !== 'MISSING') continue;
    for (let i = 1; i < regions.length; i += 1) {
      const cell = bySegment[i]!.get(leaf.id)!;
      if (cell.status === 'MISSING') continue;
      draft.push({ segment: leaf, peer: regions[i]!, enterprises: [...cell.localEnterprises].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) });
    }
  }
  const candidates = [...new Set(draft.flatMap((g) => g.enterprises.map((e) => e.id)))];
  const busy = new Set(
    candidates.length
      ? (await runner.read<{ enterpriseId: string }>('chains/list-pipeline-enterprises', { scope: scopes[0], enterpriseIds: candidates, includeConfidential })).map((r) => r.enterpriseId)
      : [],
  );
  const gaps: BenchmarkGap[] = draft.map((g) => {
    const pipelineEnterprises = g.enterprises.filter((e) => busy.has(e.id));
    return { ...g, pipelineEnterprises, inPipeline: pipelineEnterprises.length > 0 };
  });
  return { chain, strongAt, evidence, scopes: scopeRows, segments: segmentRows, gaps };
}

/** A 链主's tier-1 suppliers as counts (network/count-tier1-suppliers). */
export interface Tier1Counts {
  enterpriseId: string;
  local: boolean;
  total: number;
  localCount: number;
}

export interface MasterRate {
  master: EnterpriseRow;
  before: number | null;
  after: number | null;
  beforeLocal: number;
  beforeTotal: number;
  afterLocal: number;
  afterTotal: number;
}

const ratio = (local: number, total: number) => (total === 0 ? null : local / total);

/**
 * The 链主 whose tier-1 本地配套率 a what-if reports: among the chain's 链主 located in the scope
 * (all of them when none is), the one with the lowest rate before the change — a 链主 without
 * suppliers only when no other has any —, ties by id. The same "lowest local 链主" the 链长制
 * indicator CHAIN_MASTER_LOCAL_RATE takes. `after` gives each candidate's (local, total) after the
 * change; a 链主 taken away has no supply left to rate.
 */
function pickMasterRate(
  masters: EnterpriseRow[],
  counts: Tier1Counts[],
  removed: ReadonlySet<string>,
  after: (master: EnterpriseRow, before: Tier1Counts) => { local: number; total: number },
): MasterRate | null {
  const byId = new Map(counts.map((r) => [r.enterpriseId, r]));
  const candidates = masters.filter((m) => byId.has(m.id));
  const local = candidates.filter((m) => byId.get(m.id)!.local);
  const pool = (local.length ? local : candidates).map((master) => {
    const row = byId.get(master.id)!;
    const a = removed.has(master.id) ? { local: 0, total: 0 } : after(master, row);
    return {
      master,
      beforeLocal: row.localCount,
      beforeTotal: row.total,
      afterLocal: a.local,
      afterTotal: a.total,
      before: ratio(row.localCount, row.total),
      after: removed.has(master.id) ? null : ratio(a.local, a.total),
    };
  });
  pool.sort((a, b) => (a.before === null ? 1 : 0) - (b.before === null ? 1 : 0) || (a.before ?? 0) - (b.before ?? 0) || (a.master.id < b.master.id ? -1 : a.master.id > b.master.id ? 1 : 0));
  return pool[0] ?? null;
}

export interface WhatIfArgs {
  chainId: string;
  scope: string;
  remove: string[];
  add: string[];
  strongAt: number;
  evidence: EvidenceMode;
  includeConfidential: boolean;
}

/** Checks a what-if's arguments and reads what both ways of computing it share. */
async function whatIfBasis(runner: QueryRunner, args: WhatIfArgs) {
  const { chainId, scope, strongAt } = args;
  checkStrongAt(strongAt);
  const remove = [...new Set(args.remove)];
  const add = [...new Set(args.add)];
  for (const [name, list] of [
    ['remove', remove],
    ['add', add],
  ] as const)
    if (list.length > MAX_WHAT_IF_PICKS) throw badInput(`${name} takes at most ${MAX_WHAT_IF_PICKS} enterprises (got ${list.length})`, { argument: name });
  const both = remove.filter((id) => add.includes(id));
  if (both.length) throw badInput(`enterprise ${both[0]} is both in remove and in add`, { argument: 'add', id: both[0] });
  const picks = [...remove, ...add];
  const [chain, region, segmentMap, flows, known, masterMap] = await Promise.all([
    requireChain(runner, chainId),
    requireScope(runner, scope),
    listChainSegments(runner, [chainId]),
    runner.read<Flow>('chains/list-chain-flows', { chainId }),
    picks.length ? runner.read<{ id: string }>('entities/list-enterprise-ids', { ids: picks }) : Promise.resolve([]),
    listChainMasters(runner, [chainId]),
  ]);
  const knownIds = new Set(known.map((r) => r.id));
  const unknown = picks.find((id) => !knownIds.has(id));
  if (unknown) throw notFound('Enterprise', unknown);
  return { chain, region, segments: segmentMap.get(chainId) ?? [], flows, masters: masterMap.get(chainId) ?? [], remove, add, picks };
}

/** Counts only: the what-if judges counts, statuses and broken links, never the lists of enterprises. */
const countRow = (segmentId: string, localCount: number): StatusRow => ({ segmentId, localCount, locals: [], projects: [], localProjectEnterprises: [] });

function whatIfAnswer(args: WhatIfArgs, basis: Awaited<ReturnType<typeof whatIfBasis>>, beforeRows: StatusRow[], afterRows: StatusRow[], masterRate: MasterRate | null) {
  const { strongAt, evidence } = args;
  const { chain, region, segments, flows } = basis;
  const before = computeStatus({ segments, flows, rows: beforeRows, strongAt, projected: false });
  const after = computeStatus({ segments, flows, rows: afterRows, strongAt, projected: false });
  const afterById = new Map(after.segments.map((s) => [s.segment.id, s]));
  const changes = before.segments
    .map((b) => ({ b, a: afterById.get(b.segment.id)! }))
    .filter(({ b, a }) => b.localCount !== a.localCount || b.status !== a.status)
    .map(({ b, a }) => ({ segment: b.segment, beforeCount: b.localCount, afterCount: a.localCount, before: b.status, after: a.status }));
  return { chain, scope: region, strongAt, evidence, changes, brokenBefore: before.brokenLinks, brokenAfter: after.brokenLinks, masterRate };
}

/**
 * Where the 链主's supplier counts before a what-if come from: `compute()`, or a result kept for the
 * same arguments while the data has not changed (the app passes its result cache: the counts cost
 * one expand per supplier, about a second for a 链主 with 140,000 suppliers).
 */
export type CountsMemo = (args: { enterpriseIds: string[]; scope: string; evidence: EvidenceMode }, compute: () => Promise<Tier1Counts[]>) => Promise<Tier1Counts[]>;

/**
 * The 现状图 recomputed as if the enterprises in `remove` were gone (no placements, no supply) and
 * those in `add` were local (PRODUCT.md "韧性", whatIf; docs/rules.md "推演 from the maintained
 * counts"). Reads only; never writes, and reads no enterprise but the picked ones and the 链主's
 * supplier counts:
 * - local(S) after = the maintained count, less the removed enterprises that are local and placed
 *   in S or below, plus the added ones placed in S or below that are not local already (each
 *   enterprise once per segment, however many of its placements lie below S);
 * - the 链主's tier-1 rate before = its supplier counts; after = those counts less the removed
 *   picks that supply it (and, when local, its local count), plus the added picks that supply it
 *   and were not local.
 */
export async function getWhatIf(runner: QueryRunner, args: WhatIfArgs, options: { memo?: CountsMemo } = {}) {
  const { chainId, scope, evidence } = args;
  const memo: CountsMemo = options.memo ?? ((_, compute) => compute());
  const basis = await whatIfBasis(runner, args);
  const { segments, masters, remove, add, picks } = basis;
  const masterIds = masters.map((m) => m.id);
  const [countRows, placements, localPicks, masterCounts, pickSupplies] = await Promise.all([
    runner.read<{ segmentId: string | null; localCount: number }>('chains/get-chain-status', { chainId, scope, evidence }),
    picks.length ? runner.read<{ segmentId: string; enterpriseIds: string[] }>('chains/list-enterprise-placements', { chainId, enterpriseIds: picks, evidence }) : Promise.resolve([]),
    picks.length ? runner.read<{ id: string }>('chains/list-local-enterprise-ids', { ids: picks, scope }) : Promise.resolve([]),
    masterIds.length
      ? memo({ enterpriseIds: masterIds, scope, evidence }, () => runner.read<Tier1Counts>('network/count-tier1-suppliers', { enterpriseIds: masterIds, scope, evidence }))
      : Promise.resolve([]),
    picks.length && masterIds.length ? runner.read<{ supplierId: string; customerId: string }>('network/list-pick-supplies', { ids: picks, customerIds: masterIds, evidence }) : Promise.resolve([]),
  ]);
  const removed = new Set(remove);
  const added = new Set(add);
  const local = new Set(localPicks.map((r) => r.id));
  const counts = new Map(countRows.filter((r) => r.segmentId !== null).map((r) => [r.segmentId!, r.localCount]));
  const placedBySegment = new Map(placements.map((p) => [p.segmentId, p.enterpriseIds]));
  const beforeRows = segments.map((s) => countRow(s.id, counts.get(s.id) ?? 0));
  const afterRows = segments.map((s) => {
    const placed = placedBySegment.get(s.id) ?? [];
    const leaving = placed.filter((id) => removed.has(id) && local.has(id)).length;
    const joining = placed.filter((id) => added.has(id) && !local.has(id)).length;
    return countRow(s.id, (counts.get(s.id) ?? 0) - leaving + joining);
  });
  const suppliersOf = new Map<string, string[]>();
  for (const { supplierId, customerId } of pickSupplies) suppliersOf.set(customerId, [...(suppliersOf.get(customerId) ?? []), supplierId]);
  const masterRate = pickMasterRate(masters, masterCounts, removed, (master, before) => {
    const picked = suppliersOf.get(master.id) ?? [];
    const leaving = picked.filter((id) => removed.has(id));
    const joining = picked.filter((id) => added.has(id) && !local.has(id)).length;
    return { total: before.total - leaving.length, local: before.localCount - leaving.filter((id) => local.has(id)).length + joining };
  });
  return whatIfAnswer(args, basis, beforeRows, afterRows, masterRate);
}

/**
 * The same what-if recomputed from scratch, without the maintained counts and without adjusting
 * anything: every segment's local(S) counted by scanning the chain's placements with the picks
 * taken away or made local (chains/list-what-if-counts-scan), and every 链主 supplier listed and
 * judged (network/list-tier1-suppliers). Not the app's path: the reference the tests compare
 * getWhatIf with, and the benchmark's baseline.
 */
export async function getWhatIfByScan(runner: QueryRunner, args: WhatIfArgs) {
  const { chainId, scope, evidence } = args;
  const basis = await whatIfBasis(runner, args);
  const { masters, remove, add } = basis;
  const read = (r: string[], a: string[]) => runner.read<{ segmentId: string; localCount: number }>('chains/list-what-if-counts-scan', { chainId, scope, remove: r, add: a, evidence });
  const [beforeCounts, afterCounts, tier1] = await Promise.all([
    read([], []),
    read(remove, add),
    masters.length
      ? runner.read<{ enterpriseId: string; local: boolean; suppliers: Array<{ id: string; local: boolean }> }>('network/list-tier1-suppliers', {
          enterpriseIds: masters.map((m) => m.id),
          scope,
          evidence,
        })
      : Promise.resolve([]),
  ]);
  const removed = new Set(remove);
  const added = new Set(add);
  const suppliers = new Map(tier1.map((r) => [r.enterpriseId, r.suppliers]));
  const counts = tier1.map((r) => ({ enterpriseId: r.enterpriseId, local: r.local, total: r.suppliers.length, localCount: r.suppliers.filter((s) => s.local).length }));
  const masterRate = pickMasterRate(masters, counts, removed, (master) => {
    const remaining = suppliers.get(master.id)!.filter((s) => !removed.has(s.id));
    return { total: remaining.length, local: remaining.filter((s) => s.local || added.has(s.id)).length };
  });
  const rows = (list: Array<{ segmentId: string; localCount: number }>) => list.map((r) => countRow(r.segmentId, r.localCount));
  return whatIfAnswer(args, basis, rows(beforeCounts), rows(afterCounts), masterRate);
}
