import type { QueryRunner } from '../db/runner.js';
import type { ChiefRole, GapStatus, GapTaskStatus, MilestoneKind, Policy, ProjectStage, TeamRole, UnitKind } from '../generated/schema-types.js';
import { badInput, notFound } from '../errors.js';
import { validIsoDate } from '../import/cells.js';
import { shanghaiDate } from '../import/write.js';
import {
  actualFor,
  daysBetween,
  DEFAULT_DUE_SOON_DAYS,
  effectiveKind,
  expectedAt,
  isComputed,
  milestoneHealth,
  paceOf,
  PROJECT_HEALTH_ORDER,
  projectHealth,
  type IndicatorKind,
  type MilestoneHealth,
  type Pace,
  type ProjectHealth,
} from '../governance/rules.js';
import { computeStatus, readStatusInputs } from './chain-status.js';
import type { ProjectRow, SegmentRow } from './entities.js';
import { listChains, type ChainRow } from './chains.js';
import { getSupportingRate } from './network.js';
import { PROJECT_LISTS, type ProjectList } from './projects.js';

/** The strongAt of every 链长制 computation (PRODUCT.md: STRONG/MISSING_SEGMENTS at strongAt 3). */
export const GOVERNANCE_STRONG_AT = 3;

/** asOf as given, or today in China time; a malformed one is refused. */
export function resolveAsOf(asOf: string | null | undefined): string {
  if (asOf === null || asOf === undefined || asOf === '') return shanghaiDate();
  if (!validIsoDate(asOf)) throw badInput(`asOf must be a date YYYY-MM-DD (got "${asOf}")`, { argument: 'asOf' });
  return asOf;
}

function checkDueSoonDays(days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > 366) throw badInput(`dueSoonDays must be a whole number from 0 to 366 (got ${days})`, { argument: 'dueSoonDays' });
  return days;
}

interface Unit {
  id: string;
  name: string;
  kind: UnitKind | null;
}
interface Official {
  id: string;
  name: string;
  post: string;
}

export interface TargetProgress {
  indicator: string;
  name: string | null;
  value: number;
  unit: string | null;
  kind: IndicatorKind;
  computed: boolean;
  actual: number | null;
  /** actual / value; null without an actual or for a value of 0. */
  progress: number | null;
  expected: number;
  pace: Pace;
}

interface GovernanceRow {
  chiefs: Array<{ official: Official; role: ChiefRole }>;
  team: Array<{ unit: Unit; role: TeamRole }>;
  policies: Array<Omit<Policy, '__typename'>>;
  targets: Array<{ indicator: string; name: string | null; value: number; unit: string | null; kind: IndicatorKind | null }>;
  actuals: Array<{ indicator: string; period: string; value: number; source: string | null }>;
  gapTasks: Array<{ id: string; segmentId: string; unit: Unit | null; title: string; owner: string | null; dueOn: string | null; status: GapTaskStatus; note: string | null }>;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The status map of a chain in a scope at strongAt 3, with the distinct local enterprises of the whole chain. */
async function chainPicture(runner: QueryRunner, chainId: string, scope: string) {
  const inputs = await readStatusInputs(runner, { chainId, scope, includeConfidential: true, lists: false });
  const status = computeStatus({ segments: inputs.segments, flows: inputs.flows, rows: inputs.rows, strongAt: GOVERNANCE_STRONG_AT, projected: false });
  const parents = new Set(inputs.segments.map((s) => s.parentId).filter((id): id is string => id !== null));
  const leaves = status.segments.filter((s) => !parents.has(s.segment.id));
  const localEnterprises = inputs.chainTotal;
  return { ...inputs, status, leaves, localEnterprises };
}

/** CHAIN_MASTER_LOCAL_RATE: the tier-1 本地配套率 of the chain's local 链主, the lowest when several; null when none has a supplier. */
async function chainMasterLocalRate(runner: QueryRunner, chainId: string, scope: string): Promise<number | null> {
  const masters = await runner.read<{ id: string }>('governance/list-local-chain-masters', { chainId, scope });
  const rates: number[] = [];
  for (const { id } of masters) {
    const rate = (await getSupportingRate(runner, id, scope)).tier1.rate;
    if (rate !== null) rates.push(rate);
  }
  return rates.length ? Math.min(...rates) : null;
}

/** The 链长制 page of a chain: who, what policy, this year's targets with pace, gap tasks, unassigned gaps. */
export async function getChainGovernance(runner: QueryRunner, args: { chainId: string; year: number; asOf?: string | null; scope: string }) {
  const { chainId, year, scope } = args;
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw badInput(`year must be a 4-digit year (got ${year})`, { argument: 'year' });
  const asOf = resolveAsOf(args.asOf);
  const [row] = await runner.read<GovernanceRow>('governance/get-chain-governance', { chainId, year });
  if (!row) throw notFound('chain', chainId);
  const picture = await chainPicture(runner, chainId, scope);

  const computedValue = new Map<string, () => Promise<number | null>>([
    ['SIGNED_PROJECTS', async () => (await signed()).projects],
    ['SIGNED_INVESTMENT_YI', async () => (await signed()).investmentYi],
    ['LOCAL_ENTERPRISES', async () => picture.localEnterprises],
    ['STRONG_SEGMENTS', async () => picture.leaves.filter((s) => s.status === 'STRONG').length],
    ['MISSING_SEGMENTS', async () => picture.leaves.filter((s) => s.status === 'MISSING').length],
    ['CHAIN_MASTER_LOCAL_RATE', () => chainMasterLocalRate(runner, chainId, scope)],
  ]);
  let signedRow: { projects: number; investmentYi: number } | null = null;
  async function signed() {
    if (!signedRow) {
      const yearEnd = `${year}-12-31`;
      [signedRow] = (await runner.read<{ projects: number; investmentYi: number }>('governance/count-signed-projects', {
        chainId,
        scope,
        yearStart: `${year}-01-01`,
        asOf: asOf < yearEnd ? asOf : yearEnd,
      })) as [{ projects: number; investmentYi: number }];
    }
    return signedRow;
  }

  const targets: TargetProgress[] = [];
  for (const t of [...row.targets].sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0))) {
    const kind = effectiveKind(t.indicator, t.kind);
    const computed = isComputed(t.indicator);
    const actual = computed
      ? await computedValue.get(t.indicator)!()
      : actualFor(
          kind,
          year,
          row.actuals.filter((a) => a.indicator === t.indicator),
        );
    const expected = expectedAt(t.value, kind, year, asOf);
    targets.push({
      indicator: t.indicator,
      name: t.name,
      value: t.value,
      unit: t.unit,
      kind,
      computed,
      actual,
      progress: actual === null || t.value === 0 ? null : actual / t.value,
      expected,
      pace: paceOf(actual, expected),
    });
  }

  const segmentById = new Map(picture.segments.map((s) => [s.id, s]));
  const openTaskSegments = new Set(row.gapTasks.filter((t) => t.status === 'OPEN').map((t) => t.segmentId));
  const unassignedGaps = picture.leaves.filter((s) => s.status !== 'STRONG' && !openTaskSegments.has(s.segment.id)).map((s) => ({ ...s.segment, status: s.status }));
  const roleRank = (role: string) => (role === 'CHIEF' || role === 'LEAD' ? 0 : 1);
  return {
    chain: picture.chain,
    year,
    asOf,
    scope: picture.region,
    chiefs: [...row.chiefs].sort((a, b) => roleRank(a.role) - roleRank(b.role) || byId(a.official, b.official)),
    team: [...row.team].sort((a, b) => roleRank(a.role) - roleRank(b.role) || byId(a.unit, b.unit)),
    policies: [...row.policies].sort((a, b) => String(b.issuedOn ?? '').localeCompare(String(a.issuedOn ?? '')) || byId(a, b)),
    targets,
    gapTasks: row.gapTasks
      // a gap task names a segment of its chain (the importer checks the reference)
      .map((t) => ({ ...t, segment: segmentById.get(t.segmentId) ?? ({ id: t.segmentId } as SegmentRow) }))
      .sort((a, b) => (a.status === 'OPEN' ? 0 : 1) - (b.status === 'OPEN' ? 0 : 1) || String(a.dueOn ?? '9999').localeCompare(String(b.dueOn ?? '9999')) || byId(a, b)),
    unassignedGaps,
  };
}

export interface WorkFilter {
  chainId?: string | null;
  unitId?: string | null;
  health?: ProjectHealth | null;
  list?: ProjectList | null;
  region?: string | null;
  key?: boolean | null;
}

interface WorkRow {
  /** The shared Project projection and what the lists and filters need. */
  project: Omit<ProjectRow, 'stage'> & { stage: ProjectStage; responsiblePerson: string | null; key: boolean; chainIds: string[]; parcelId: string | null };
  milestones: Array<{ id: string; name: string; plannedOn: string; doneOn: string | null; kind: MilestoneKind | null }>;
  unit: Unit | null;
  champion: Official | null;
}

export interface WorkItem {
  project: WorkRow['project'];
  health: ProjectHealth;
  daysOverdue: number;
  milestones: Array<WorkRow['milestones'][number] & { health: MilestoneHealth; daysOverdue: number }>;
  responsibleUnit: Unit | null;
  responsiblePerson: string | null;
  champion: Official | null;
}

function inList(project: WorkRow['project'], list: ProjectList): boolean {
  const spec = PROJECT_LISTS[list];
  return (spec.stages as string[]).includes(project.stage) && (spec.minInvestment === null || (project.investmentYi ?? 0) > spec.minInvestment);
}

/** Every project but DROPPED ones with its milestones' and its own health at asOf, worst first. */
export async function getWorkChain(runner: QueryRunner, args: { asOf?: string | null; dueSoonDays?: number; filter?: WorkFilter | null; includeConfidential: boolean }): Promise<WorkItem[]> {
  const asOf = resolveAsOf(args.asOf);
  const dueSoonDays = checkDueSoonDays(args.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  const filter = args.filter ?? {};
  const rows = await runner.read<WorkRow>('governance/list-work-projects', {
    chainId: filter.chainId ?? null,
    unitId: filter.unitId ?? null,
    region: filter.region ?? null,
    key: filter.key ?? null,
    includeConfidential: args.includeConfidential,
  });
  const items = rows
    .filter((r) => !filter.list || inList(r.project, filter.list))
    .map((r): WorkItem => {
      const milestones = r.milestones
        .map((m) => {
          const health = milestoneHealth(m, asOf, dueSoonDays);
          return { ...m, health, daysOverdue: health === 'OVERDUE' ? daysBetween(m.plannedOn, asOf) : 0 };
        })
        .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || byId(a, b));
      const { health, daysOverdue } = projectHealth(milestones, asOf);
      return { project: r.project, health, daysOverdue, milestones, responsibleUnit: r.unit, responsiblePerson: r.project.responsiblePerson, champion: r.champion };
    })
    .filter((item) => !filter.health || item.health === filter.health);
  const nextOpen = (item: WorkItem) => item.milestones.find((m) => m.health === 'DUE_SOON' || m.health === 'ON_TRACK' || m.health === 'OVERDUE')?.plannedOn ?? '9999-12-31';
  return items.sort(
    (a, b) => PROJECT_HEALTH_ORDER.indexOf(a.health) - PROJECT_HEALTH_ORDER.indexOf(b.health) || b.daysOverdue - a.daysOverdue || nextOpen(a).localeCompare(nextOpen(b)) || byId(a.project, b.project),
  );
}

export interface UnitScore {
  unit: Unit;
  overdue: number;
  dueSoon: number;
  onTrack: number;
  done: number;
  doneLate: number;
  projects: number;
  byHealth: Record<'overdue' | 'dueSoon' | 'onTrack' | 'complete' | 'noPlan', number>;
}

const HEALTH_KEY: Record<ProjectHealth, keyof UnitScore['byHealth']> = { OVERDUE: 'overdue', DUE_SOON: 'dueSoon', ON_TRACK: 'onTrack', COMPLETE: 'complete', NO_PLAN: 'noPlan' };
const MILESTONE_KEY: Record<MilestoneHealth, 'overdue' | 'dueSoon' | 'onTrack' | 'done' | 'doneLate'> = {
  OVERDUE: 'overdue',
  DUE_SOON: 'dueSoon',
  ON_TRACK: 'onTrack',
  DONE: 'done',
  DONE_LATE: 'doneLate',
};

/** Per responsible unit, over its projects' milestones (DROPPED projects left out); most overdue first. */
export function scoreUnits(items: WorkItem[]): UnitScore[] {
  const scores = new Map<string, UnitScore>();
  for (const item of items) {
    const unit = item.responsibleUnit;
    if (!unit) continue;
    const score = scores.get(unit.id) ?? { unit, overdue: 0, dueSoon: 0, onTrack: 0, done: 0, doneLate: 0, projects: 0, byHealth: { overdue: 0, dueSoon: 0, onTrack: 0, complete: 0, noPlan: 0 } };
    score.projects += 1;
    score.byHealth[HEALTH_KEY[item.health]] += 1;
    for (const m of item.milestones) score[MILESTONE_KEY[m.health]] += 1;
    scores.set(unit.id, score);
  }
  return [...scores.values()].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || byId(a.unit, b.unit));
}

export async function getUnitScorecard(runner: QueryRunner, args: { asOf?: string | null; dueSoonDays?: number; chainId?: string | null }): Promise<UnitScore[]> {
  // Counts only, so confidential projects count too: the scorecard names no project.
  const items = await getWorkChain(runner, { asOf: args.asOf, dueSoonDays: args.dueSoonDays, filter: { chainId: args.chainId ?? null }, includeConfidential: true });
  return scoreUnits(items);
}

export interface StageChange {
  id: string;
  projectId: string;
  projectName: string;
  from: ProjectStage | null;
  to: ProjectStage;
  on: string;
  at: string;
  user: string | null;
  via: string;
  confidential: boolean;
}

export async function getStageHistory(runner: QueryRunner, args: { projectId?: string | null; from?: string | null; to?: string | null; includeConfidential: boolean }): Promise<StageChange[]> {
  const rows = await runner.read<StageChange>('governance/list-stage-changes', { projectId: args.projectId ?? null, from: args.from ?? null, to: args.to ?? null });
  return rows.filter((r) => args.includeConfidential || !r.confidential);
}

/**
 * The 督查通报 of a period [from, to] at asOf, as data: its number and date, totals by health and by
 * list, every OVERDUE milestone grouped by responsible unit, milestones done in the period, stage
 * changes in the period and each chain's unassigned gaps in the home scope.
 */
export async function getBulletin(runner: QueryRunner, args: { from: string; to: string; asOf?: string | null; homeRegion: string; includeConfidential: boolean }) {
  const { from, to } = args;
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!validIsoDate(value)) throw badInput(`${name} must be a date YYYY-MM-DD (got "${value}")`, { argument: name });
  }
  if (from > to) throw badInput(`from (${from}) is after to (${to})`, { argument: 'from' });
  const asOf = resolveAsOf(args.asOf);
  const items = await getWorkChain(runner, { asOf, filter: {}, includeConfidential: args.includeConfidential });

  const byHealth = PROJECT_HEALTH_ORDER.map((health) => ({ health, count: items.filter((i) => i.health === health).length }));
  const byList = (Object.keys(PROJECT_LISTS) as ProjectList[]).map((list) => {
    const members = items.filter((i) => inList(i.project, list));
    return { list, count: members.length, overdue: members.filter((i) => i.health === 'OVERDUE').length };
  });

  type OverdueLine = { project: WorkItem['project']; milestone: WorkItem['milestones'][number]; plannedOn: string; daysOverdue: number; responsiblePerson: string | null; champion: Official | null };
  const groups = new Map<string, { unit: Unit | null; items: OverdueLine[] }>();
  for (const item of items) {
    for (const m of item.milestones.filter((x) => x.health === 'OVERDUE')) {
      const key = item.responsibleUnit?.id ?? '';
      const group = groups.get(key) ?? { unit: item.responsibleUnit, items: [] };
      group.items.push({ project: item.project, milestone: m, plannedOn: m.plannedOn, daysOverdue: m.daysOverdue, responsiblePerson: item.responsiblePerson, champion: item.champion });
      groups.set(key, group);
    }
  }
  const overdueByUnit = [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort((a, b) => b.daysOverdue - a.daysOverdue || byId(a.project, b.project) || byId(a.milestone, b.milestone)) }))
    .sort((a, b) => b.items.length - a.items.length || (a.unit?.id ?? '\uffff').localeCompare(b.unit?.id ?? '\uffff'));

  const doneInPeriod = items
    .flatMap((item) =>
      item.milestones
        .filter((m) => m.doneOn !== null && m.doneOn >= from && m.doneOn <= to && m.doneOn <= asOf)
        .map((m) => ({ project: item.project, milestone: m, plannedOn: m.plannedOn, doneOn: m.doneOn!, late: m.doneOn! > m.plannedOn, responsibleUnit: item.responsibleUnit })),
    )
    .sort((a, b) => a.doneOn.localeCompare(b.doneOn) || byId(a.milestone, b.milestone));

  const stageChanges = await getStageHistory(runner, { from, to, includeConfidential: args.includeConfidential });

  const chains = await listChains(runner);
  const unassignedGaps: Array<{ chain: ChainRow; segments: Array<SegmentRow & { status: GapStatus }> }> = [];
  for (const chain of chains) {
    const picture = await chainPicture(runner, chain.id, args.homeRegion);
    const open = new Set(
      (await runner.read<GovernanceRow>('governance/get-chain-governance', { chainId: chain.id, year: Number(asOf.slice(0, 4)) }))[0]?.gapTasks
        .filter((t) => t.status === 'OPEN')
        .map((t) => t.segmentId) ?? [],
    );
    const segments = picture.leaves.filter((s) => s.status !== 'STRONG' && !open.has(s.segment.id)).map((s) => ({ ...s.segment, status: s.status }));
    unassignedGaps.push({ chain, segments });
  }

  return {
    number: `〔${to.slice(0, 4)}〕${to.slice(5, 7)}${to.slice(8, 10)}号`,
    title: '产业链项目推进督查通报',
    from,
    to,
    asOf,
    projects: items.length,
    byHealth,
    byList,
    overdueByUnit,
    doneInPeriod,
    stageChanges,
    unassignedGaps,
  };
}

/** The gap tasks on a chain's segments, optionally of one status. */
export async function listGapTasks(runner: QueryRunner, chainId: string, status: string | null) {
  const rows = await runner.read<{ task: Record<string, unknown> }>('governance/list-gap-tasks', { chainId, status });
  return rows.map((r) => r.task);
}
