import { isStrongAt, STRONG_AT } from '../../shared/defaults.js';
import type { QueryRunner } from '../db/runner.js';
import { badInput, notFound } from '../errors.js';
import { getChain, type ChainRow } from './chains.js';
import type { EvidenceMode } from './evidence.js';
import { getEnterprise, getSegment, type EnterpriseRow, type ProjectRow, type RegionRow, type SegmentRow, type Stage } from './entities.js';
import { ACTIVE_STAGES } from './projects.js';

export type { Stage };
export type GapStatus = 'STRONG' | 'WEAK' | 'MISSING';

/** A project in a status row: the shared projection plus the id of its enterprise, for counting. */
type StatusProjectRow = ProjectRow & { enterpriseId: string | null };

/**
 * An active project as the gap picture knows it: its id and its enterprise (what the projected
 * count and `filling` need). Its details are read when a query asks for them (listStatusProjects).
 */
export interface StatusProjectRef {
  id: string;
  enterpriseId: string | null;
}

export interface Flow {
  from: string;
  to: string;
}

const STAGE_ORDER: Record<Stage, number> = { UPSTREAM: 0, MIDSTREAM: 1, DOWNSTREAM: 2 };
/** How many local enterprises a status row lists; localCount always counts them all. */
export const LOCAL_LIST_CAP = 100;
export const PER_SEGMENT_CAP = 50;

/** Segments in map order: by stage, then depth-first through the tree by (order, id). */
export function sortSegments(segments: SegmentRow[]): SegmentRow[] {
  const children = new Map<string | null, SegmentRow[]>();
  const ids = new Set(segments.map((s) => s.id));
  for (const s of segments) {
    const parent = s.parentId && ids.has(s.parentId) ? s.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(s);
    children.set(parent, list);
  }
  const byOrder = (a: SegmentRow, b: SegmentRow) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const out: SegmentRow[] = [];
  const visit = (parent: string | null) => {
    const list = [...(children.get(parent) ?? [])].sort(parent === null ? (a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || byOrder(a, b) : byOrder);
    for (const s of list) {
      out.push(s);
      visit(s.id);
    }
  };
  visit(null);
  return out;
}

export async function listChainSegments(runner: QueryRunner, chainIds: readonly string[]): Promise<Map<string, SegmentRow[]>> {
  const rows = await runner.read<{ segment: SegmentRow }>('chains/list-chain-segments', { chainIds: [...chainIds] });
  const out = new Map<string, SegmentRow[]>(chainIds.map((id) => [id, []]));
  for (const { segment } of rows) out.get(segment.chainId)?.push(segment);
  for (const [id, list] of out) out.set(id, sortSegments(list));
  return out;
}

export async function listChainMasters(runner: QueryRunner, chainIds: readonly string[]): Promise<Map<string, EnterpriseRow[]>> {
  const rows = await runner.read<{ chainId: string; enterprise: EnterpriseRow }>('chains/list-chain-masters', { chainIds: [...chainIds] });
  const out = new Map<string, EnterpriseRow[]>(chainIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.chainId)?.push(row.enterprise);
  return out;
}

export async function requireChain(runner: QueryRunner, chainId: string): Promise<ChainRow> {
  const chain = await getChain(runner, chainId);
  if (!chain) throw notFound('chain', chainId);
  return chain;
}

export async function getPanorama(runner: QueryRunner, chainId: string, perSegment: number, evidence: EvidenceMode = 'ALL') {
  if (!Number.isInteger(perSegment) || perSegment < 0) throw badInput(`perSegment must be a whole number ≥ 0 (got ${perSegment})`, { argument: 'perSegment' });
  const chain = await requireChain(runner, chainId);
  const [segments, rows, flows] = await Promise.all([
    listChainSegments(runner, [chainId]),
    runner.read<{ segmentId: string; enterpriseCount: number; enterprises: EnterpriseRow[] }>('chains/get-panorama', { chainId, perSegment: Math.min(perSegment, PER_SEGMENT_CAP), evidence }),
    runner.read<Flow>('chains/list-chain-flows', { chainId }),
  ]);
  const bySegment = new Map(rows.map((r) => [r.segmentId, r]));
  return {
    chain,
    segments: (segments.get(chainId) ?? []).map((segment) => ({
      segment,
      enterprises: bySegment.get(segment.id)?.enterprises ?? [],
      enterpriseCount: bySegment.get(segment.id)?.enterpriseCount ?? 0,
    })),
    flows,
  };
}

export interface StatusRow {
  segmentId: string;
  /** local(S): the distinct local enterprises in S or below (the maintained count). */
  localCount: number;
  /** The first LOCAL_LIST_CAP of them, largest first. */
  locals: EnterpriseRow[];
  /** Active local projects aimed at S or below (by id; the scan's rows carry their details too). */
  projects: StatusProjectRef[];
  /** The enterprises of those projects that are already local in S (a projected count adds them nothing). */
  localProjectEnterprises: string[];
}

export interface StatusInput {
  segments: SegmentRow[];
  flows: Flow[];
  rows: StatusRow[];
  strongAt: number;
  projected: boolean;
}

export function classify(localCount: number, strongAt: number): GapStatus {
  if (localCount === 0) return 'MISSING';
  return localCount < strongAt ? 'WEAK' : 'STRONG';
}

/**
 * The gap rules, word for word: local(S) counts distinct local enterprises of S and its
 * descendants; MISSING at 0, WEAK below strongAt, STRONG from strongAt; FILLING when a MISSING or
 * WEAK segment has an active local project aimed at it or below; a FEEDS edge A → B is broken when
 * local(B) > 0 and local(A) = 0. Projected: each active local project adds its enterprise (or
 * itself when it names none) to the local set, counted distinct; status, filling and broken links
 * are then judged on the projected counts.
 */
export function computeStatus({ segments, flows, rows, strongAt, projected }: StatusInput) {
  const byId = new Map(rows.map((r) => [r.segmentId, r]));
  const localCount = new Map<string, number>();
  const statuses = segments.map((segment) => {
    const row: Omit<StatusRow, 'segmentId'> = byId.get(segment.id) ?? { localCount: 0, locals: [], projects: [], localProjectEnterprises: [] };
    let count = row.localCount;
    if (projected) {
      const already = new Set(row.localProjectEnterprises);
      const added = new Set(row.projects.map((p) => p.enterpriseId ?? `project:${p.id}`).filter((key) => !already.has(key)));
      count += added.size;
    }
    localCount.set(segment.id, count);
    const status = classify(count, strongAt);
    return {
      segment,
      localCount: count,
      status,
      filling: status !== 'STRONG' && row.projects.length > 0,
      localEnterprises: row.locals,
      activeProjects: row.projects,
    };
  });
  const segmentById = new Map(segments.map((s) => [s.id, s]));
  const brokenLinks = flows
    .filter((f) => (localCount.get(f.to) ?? 0) > 0 && (localCount.get(f.from) ?? 0) === 0)
    .map((f) => ({ from: segmentById.get(f.from)!, to: segmentById.get(f.to)! }))
    .filter((l) => l.from && l.to);
  const count = (status: GapStatus) => statuses.filter((s) => s.status === status).length;
  return {
    segments: statuses,
    brokenLinks,
    summary: { strong: count('STRONG'), weak: count('WEAK'), missing: count('MISSING'), filling: statuses.filter((s) => s.filling).length, broken: brokenLinks.length },
  };
}

/** Scales in list order; an enterprise of any other scale (or none) comes after them. */
const SCALES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
/**
 * How the lists of local enterprises are read. A scope whose chain has at most `byScopeMax`
 * local enterprises (the maintained chain-level count) is read from the scope's side; a larger one
 * by the ordered walk through the (scale, id) index, `page` enterprises a query, at most `budget`
 * in all; a segment still short after it is read from the segment's side.
 */
export interface ListPlan {
  byScopeMax: number;
  page: number;
  budget: number;
}
export const LIST_PLAN: ListPlan = { byScopeMax: 3_000, page: 10_000, budget: 100_000 };

/** The first LOCAL_LIST_CAP local enterprise ids of every segment with local enterprises, in list order. */
async function readLocalLists(
  runner: QueryRunner,
  args: { chainId: string; scope: string; evidence: EvidenceMode },
  counts: Map<string, number>,
  chainTotal: number,
  plan: ListPlan,
): Promise<Map<string, string[]>> {
  const { chainId, evidence } = args;
  const lists = new Map<string, string[]>();
  if (!counts.size) return lists;
  const regions = (await runner.read<{ code: string }>('chains/list-scope-regions', { scope: args.scope })).map((r) => r.code);
  if (chainTotal <= plan.byScopeMax) {
    const rows = await runner.read<{ segmentId: string; ids: string[] }>('chains/list-scope-locals', { chainId, regions, listCap: LOCAL_LIST_CAP, evidence });
    for (const row of rows) lists.set(row.segmentId, row.ids);
    return lists;
  }
  const need = (id: string) => Math.min(counts.get(id) ?? 0, LOCAL_LIST_CAP);
  const open = new Set([...counts.keys()].filter((id) => need(id) > 0));
  for (const id of open) lists.set(id, []);
  let scanned = 0;
  walk: for (const scale of SCALES) {
    let after = '';
    while (open.size) {
      if (scanned >= plan.budget) break walk;
      const [page] = await runner.read<{ scanned: number; last: string | null; hits: Array<{ id: string; segments: string[] }> }>('chains/scan-locals-by-scale', {
        scale,
        after,
        limit: Math.min(plan.page, plan.budget - scanned),
        chainId,
        regions,
        evidence,
      });
      if (!page || page.last === null) break;
      scanned += page.scanned;
      after = page.last;
      for (const hit of page.hits) {
        for (const segmentId of new Set(hit.segments)) {
          if (!open.has(segmentId)) continue;
          const list = lists.get(segmentId)!;
          list.push(hit.id);
          if (list.length >= need(segmentId)) open.delete(segmentId);
        }
      }
      if (page.scanned < plan.page) break;
    }
  }
  // Segments the walk did not fill (few local enterprises, or ones of no known scale): from their side.
  for (const segmentId of open) {
    const rows = await runner.read<{ id: string }>('chains/list-segment-locals', { segmentId, regions, listCap: LOCAL_LIST_CAP, evidence });
    lists.set(
      segmentId,
      rows.map((r) => r.id),
    );
  }
  return lists;
}

/** What the 现状图 lists of local enterprises depend on: not strongAt, projected or the caller's rights. */
export interface ListsKey {
  chainId: string;
  scope: string;
  evidence: EvidenceMode;
}

/** The counts of readStatusRowsWithTotal: local(S) per segment with local enterprises, and the chain's total. */
function splitCounts(countRows: Array<{ segmentId: string | null; localCount: number }>) {
  const counts = new Map<string, number>();
  let chainTotal = 0;
  for (const row of countRows) {
    if (row.segmentId === null) chainTotal = row.localCount;
    else counts.set(row.segmentId, row.localCount);
  }
  return { counts, chainTotal };
}

/** The lists of the given counts: per segment, its first LOCAL_LIST_CAP local enterprise rows in list order. */
async function listsFromCounts(runner: QueryRunner, key: ListsKey, counts: Map<string, number>, chainTotal: number, plan: ListPlan): Promise<Map<string, EnterpriseRow[]>> {
  const lists = await readLocalLists(runner, key, counts, chainTotal, plan);
  const ids = [...new Set([...lists.values()].flat())];
  const enterprises = new Map((ids.length ? await runner.read<{ enterprise: EnterpriseRow }>('chains/list-local-enterprises', { ids }) : []).map((r) => [r.enterprise.id, r.enterprise]));
  return new Map([...lists].map(([segmentId, list]) => [segmentId, list.map((id) => enterprises.get(id)!).filter(Boolean)]));
}

/**
 * The 现状图 lists alone, for every segment of the chain with local enterprises: its first
 * LOCAL_LIST_CAP local enterprises (in it or below), largest first, then by id — the same rows in
 * the same order as readStatusRowsWithTotal's `locals`. Read on demand: the gap picture (counts,
 * status, filling, broken links) needs none of it.
 */
export async function readLocalEnterpriseLists(runner: QueryRunner, key: ListsKey, plan: ListPlan = LIST_PLAN): Promise<Map<string, EnterpriseRow[]>> {
  const { counts, chainTotal } = splitCounts(
    await runner.read<{ segmentId: string | null; localCount: number }>('chains/get-chain-status', { chainId: key.chainId, scope: key.scope, evidence: key.evidence }),
  );
  return listsFromCounts(runner, key, counts, chainTotal, plan);
}

/** The most local enterprises one page of segmentLocals gives. */
export const SEGMENT_LOCALS_MAX_PAGE = 500;

/**
 * One page of a segment's local enterprises in a scope, in the list order of the 现状图 (largest
 * first, then by id), after the enterprise `after` (the last one of the page before): the first
 * page of 100 is the segment's list on the map; the pages after it go on to the last local
 * enterprise. `totalCount` is local(S), the maintained count.
 */
export async function pageSegmentLocals(
  runner: QueryRunner,
  args: { chainId: string; segmentId: string; scope: string; evidence: EvidenceMode; first: number; after: string | null },
): Promise<{ totalCount: number; enterprises: EnterpriseRow[]; endCursor: string | null; hasNextPage: boolean }> {
  const { chainId, segmentId, scope, evidence, first, after } = args;
  if (!Number.isInteger(first) || first < 1 || first > SEGMENT_LOCALS_MAX_PAGE)
    throw badInput(`first must be a whole number from 1 to ${SEGMENT_LOCALS_MAX_PAGE} (got ${first})`, { argument: 'first' });
  const [segment, , afterRow, regionRows, countRows] = await Promise.all([
    getSegment(runner, segmentId),
    requireScope(runner, scope),
    after === null ? null : getEnterprise(runner, after),
    runner.read<{ code: string }>('chains/list-scope-regions', { scope }),
    runner.read<{ segmentId: string | null; localCount: number }>('chains/get-chain-status', { chainId, scope, evidence }),
  ]);
  if (!segment || segment.chainId !== chainId) throw notFound('segment', segmentId);
  if (after !== null && !afterRow) throw badInput(`after: there is no enterprise ${after} (pass the id of the last enterprise of the page before)`, { argument: 'after' });
  const ids = (await runner.read<{ id: string }>('chains/page-segment-locals', { segmentId, regions: regionRows.map((r) => r.code), after, limit: first + 1, evidence })).map((r) => r.id);
  const page = ids.slice(0, first);
  const rows = new Map((page.length ? await runner.read<{ enterprise: EnterpriseRow }>('chains/list-local-enterprises', { ids: page }) : []).map((r) => [r.enterprise.id, r.enterprise]));
  return {
    totalCount: countRows.find((r) => r.segmentId === segmentId)?.localCount ?? 0,
    enterprises: page.map((id) => rows.get(id)!).filter(Boolean),
    endCursor: page.at(-1) ?? null,
    hasNextPage: ids.length > first,
  };
}

/**
 * The one reading of local(S): per segment of the chain, its local count (maintained, see
 * local-counts.ts), its first LOCAL_LIST_CAP local enterprises and the active local projects aimed
 * at it. The status map, 对标, the what-if and the 链长制 indicators all start from these rows.
 * Also the chain's distinct local enterprises over all its segments (`chainTotal`). With
 * `lists: false` every row's `locals` is empty and no enterprise is read (the gap picture; the
 * lists come from readLocalEnterpriseLists when asked for).
 */
export async function readStatusRowsWithTotal(
  runner: QueryRunner,
  args: { chainId: string; scope: string; includeConfidential: boolean; evidence: EvidenceMode; lists?: boolean },
  plan: ListPlan = LIST_PLAN,
): Promise<{ rows: StatusRow[]; chainTotal: number }> {
  const { chainId, scope, includeConfidential, evidence } = args;
  const [countRows, projectRows] = await Promise.all([
    runner.read<{ segmentId: string | null; localCount: number }>('chains/get-chain-status', { chainId, scope, evidence }),
    runner.read<{ id: string; enterpriseId: string | null; segmentIds: string[]; localIn: string[] }>('chains/list-scope-projects', {
      chainId,
      scope,
      includeConfidential,
      evidence,
      activeStages: ACTIVE_STAGES,
    }),
  ]);
  const { counts, chainTotal } = splitCounts(countRows);
  const lists = args.lists === false ? new Map<string, EnterpriseRow[]>() : await listsFromCounts(runner, { chainId, scope, evidence }, counts, chainTotal, plan);
  const projectsBySegment = projectsPerSegment(projectRows);
  const segmentIds = new Set([...counts.keys(), ...projectsBySegment.keys()]);
  const rows = [...segmentIds].map((segmentId) => ({
    segmentId,
    localCount: counts.get(segmentId) ?? 0,
    locals: lists.get(segmentId) ?? [],
    projects: projectsBySegment.get(segmentId)?.projects ?? [],
    localProjectEnterprises: projectsBySegment.get(segmentId)?.localEnterpriseIds ?? [],
  }));
  return { rows, chainTotal };
}

/**
 * The rows of list-scope-projects (one per project, by id) per segment: the projects counting in
 * it (by id) and, in the same order, the enterprises of those that are local in it already.
 */
function projectsPerSegment(rows: Array<{ id: string; enterpriseId: string | null; segmentIds: string[]; localIn: string[] }>) {
  const out = new Map<string, { projects: StatusProjectRef[]; localEnterpriseIds: string[] }>();
  for (const { id, enterpriseId, segmentIds, localIn } of rows) {
    const project: StatusProjectRef = { id, enterpriseId };
    const local = new Set(localIn);
    for (const segmentId of new Set(segmentIds)) {
      let entry = out.get(segmentId);
      if (!entry) out.set(segmentId, (entry = { projects: [], localEnterpriseIds: [] }));
      entry.projects.push(project);
      if (project.enterpriseId !== null && local.has(segmentId)) entry.localEnterpriseIds.push(project.enterpriseId);
    }
  }
  return out;
}

/** The details of the status map's active projects (SegmentStatus.activeProjects), by id. */
export async function listStatusProjects(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, StatusProjectRow>> {
  const rows = await runner.read<{ project: StatusProjectRow }>('chains/list-status-projects', { ids: [...ids] });
  return new Map(rows.map((r) => [r.project.id, r.project]));
}

export async function readStatusRows(runner: QueryRunner, args: { chainId: string; scope: string; includeConfidential: boolean; evidence: EvidenceMode }): Promise<StatusRow[]> {
  return (await readStatusRowsWithTotal(runner, args)).rows;
}

/**
 * The status rows computed by scanning the scope's enterprises (get-chain-status-scan.cypher), as
 * before the counts were maintained: the benchmark's baseline, and the tests' second opinion.
 */
export async function readStatusRowsScan(runner: QueryRunner, args: { chainId: string; scope: string; includeConfidential: boolean; evidence: EvidenceMode }): Promise<StatusRow[]> {
  const rows = await runner.read<{ segmentId: string; localIds: string[]; locals: EnterpriseRow[]; projects: StatusProjectRow[] }>('chains/get-chain-status-scan', {
    ...args,
    activeStages: ACTIVE_STAGES,
    listCap: LOCAL_LIST_CAP,
  });
  return rows.map((r) => {
    const local = new Set(r.localIds);
    return {
      segmentId: r.segmentId,
      localCount: r.localIds.length,
      locals: r.locals,
      projects: r.projects,
      localProjectEnterprises: r.projects.map((p) => p.enterpriseId).filter((id): id is string => id !== null && local.has(id)),
    };
  });
}

/** Throws BAD_USER_INPUT unless strongAt is in the shared range (shared/defaults.ts). */
export function checkStrongAt(strongAt: number): void {
  if (!isStrongAt(strongAt)) throw badInput(`strongAt must be a whole number from ${STRONG_AT.min} to ${STRONG_AT.max} (got ${strongAt})`, { argument: 'strongAt' });
}

/** The scope's region row; NOT_FOUND when there is none. */
export async function requireScope(runner: QueryRunner, scope: string): Promise<RegionRow> {
  const [row] = await runner.read<{ region: RegionRow }>('chains/get-scope-region', { code: scope });
  if (!row) throw notFound('region', scope);
  return row.region;
}

/**
 * What the 现状图 is computed from: the chain, the scope's region, the segments in map order, the
 * flows, the per-segment rows (readStatusRowsWithTotal) and the chain's distinct local enterprises.
 * Shared by the status map and the 链长制 indicators, so both count local enterprises the same way.
 */
export async function readStatusInputs(runner: QueryRunner, args: { chainId: string; scope: string; includeConfidential: boolean; evidence?: EvidenceMode; lists?: boolean }) {
  const { chainId, scope, includeConfidential } = args;
  const evidence = args.evidence ?? 'ALL';
  const [chain, regionRows, segments, flows, rows] = await Promise.all([
    requireChain(runner, chainId),
    runner.read<{ region: RegionRow }>('chains/get-scope-region', { code: scope }),
    listChainSegments(runner, [chainId]),
    runner.read<Flow>('chains/list-chain-flows', { chainId }),
    readStatusRowsWithTotal(runner, { chainId, scope, includeConfidential, evidence, lists: args.lists }),
  ]);
  const region = regionRows[0]?.region;
  if (!region) throw notFound('region', scope);
  return { chain, region, segments: segments.get(chainId) ?? [], flows, rows: rows.rows, chainTotal: rows.chainTotal };
}

/**
 * A segment of the status map as the chainStatus answer holds it: the gap picture (its active
 * projects by id), and where its list of local enterprises comes from when a query asks for it
 * (SegmentStatus.localEnterprises).
 */
export type SegmentStatusRow = Omit<ReturnType<typeof computeStatus>['segments'][number], 'localEnterprises'> & { lists: ListsKey };

/**
 * The status map (现状图) without its lists: counts, status, filling, broken links, summary and the
 * active projects. Each segment names its ListsKey; the lists are read on demand.
 */
export async function getChainStatus(runner: QueryRunner, args: { chainId: string; scope: string; strongAt: number; projected: boolean; includeConfidential: boolean; evidence?: EvidenceMode }) {
  const { strongAt, projected } = args;
  const evidence = args.evidence ?? 'ALL';
  checkStrongAt(strongAt);
  const { chain, region, segments, flows, rows } = await readStatusInputs(runner, { ...args, lists: false });
  const computed = computeStatus({ segments, flows, rows, strongAt, projected });
  const lists: ListsKey = { chainId: args.chainId, scope: region.code, evidence };
  const withoutLists = computed.segments.map((s): SegmentStatusRow => ({
    segment: s.segment,
    localCount: s.localCount,
    status: s.status,
    filling: s.filling,
    activeProjects: s.activeProjects,
    lists,
  }));
  return { chain, scope: region, strongAt, projected, evidence, ...computed, segments: withoutLists };
}
