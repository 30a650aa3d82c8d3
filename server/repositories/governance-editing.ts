import type { QueryRunner } from '../db/runner.js';
import { notFound } from '../errors.js';
import { writeRows, type Lang } from './editing.js';

/**
 * Single-record writes of the 链长制 and 工作链 tables. Each is a one-row workbook through the
 * import, so a form meets exactly the validation of a spreadsheet (enums, dates, periods,
 * numbers, references) and the same writes.
 */
const blank = (value: unknown) => (value === undefined || value === '' ? null : value);

export interface Who {
  lang: Lang;
  user: string | null;
}

async function one(runner: QueryRunner, table: string, row: Record<string, unknown>, who: Who): Promise<boolean> {
  const clean = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, blank(v)]));
  await writeRows(runner, { [table]: [clean] }, who.lang, who.user);
  return true;
}

export interface MilestoneInput {
  id: string;
  projectId: string;
  name: string;
  plannedOn: string;
  doneOn?: string | null;
  kind?: string | null;
}

export const upsertMilestone = (runner: QueryRunner, i: MilestoneInput, who: Who) =>
  one(runner, 'milestones', { id: i.id, project_id: i.projectId, name: i.name, planned_on: i.plannedOn, done_on: i.doneOn, kind: i.kind }, who);

export async function markMilestoneDone(runner: QueryRunner, id: string, doneOn: string, who: Who): Promise<boolean> {
  const [found] = await runner.read<{ row: Record<string, unknown> }>('governance/get-milestone', { id });
  if (!found) throw notFound('milestone', id);
  return one(runner, 'milestones', { ...found.row, done_on: doneOn }, who);
}

export interface GapTaskInput {
  id: string;
  segmentId: string;
  unitId: string;
  title: string;
  owner?: string | null;
  dueOn?: string | null;
  status?: string | null;
  note?: string | null;
}

export const upsertGapTask = (runner: QueryRunner, i: GapTaskInput, who: Who) =>
  one(runner, 'gap_tasks', { id: i.id, segment_id: i.segmentId, unit_id: i.unitId, title: i.title, owner: i.owner, due_on: i.dueOn, status: i.status, note: i.note }, who);

export interface TargetInput {
  chainId: string;
  year: number;
  indicator: string;
  value: number;
  unit?: string | null;
  kind?: string | null;
  name?: string | null;
}

export const upsertTarget = (runner: QueryRunner, i: TargetInput, who: Who) =>
  one(runner, 'targets', { chain_id: i.chainId, year: i.year, indicator: i.indicator, value: i.value, unit: i.unit, kind: i.kind, name: i.name }, who);

export interface ActualInput {
  chainId: string;
  indicator: string;
  period: string;
  value: number;
  source?: string | null;
}

export const upsertActual = (runner: QueryRunner, i: ActualInput, who: Who) =>
  one(runner, 'actuals', { chain_id: i.chainId, indicator: i.indicator, period: i.period, value: i.value, source: i.source }, who);

export interface PolicyInput {
  id: string;
  chainId: string;
  title: string;
  docNumber?: string | null;
  issuedOn?: string | null;
  url?: string | null;
  summary?: string | null;
}

export const upsertPolicy = (runner: QueryRunner, i: PolicyInput, who: Who) =>
  one(runner, 'policies', { id: i.id, chain_id: i.chainId, title: i.title, doc_number: i.docNumber, issued_on: i.issuedOn, url: i.url, summary: i.summary }, who);

export const upsertUnit = (runner: QueryRunner, i: { id: string; name: string; kind?: string | null }, who: Who) => one(runner, 'units', { id: i.id, name: i.name, kind: i.kind }, who);

export const upsertOfficial = (runner: QueryRunner, i: { id: string; name: string; post: string }, who: Who) => one(runner, 'officials', { id: i.id, name: i.name, post: i.post }, who);

export const setChainChief = (runner: QueryRunner, chainId: string, officialId: string, role: string, who: Who) =>
  one(runner, 'chain_chiefs', { chain_id: chainId, official_id: officialId, role }, who);

export const setChainTeamMember = (runner: QueryRunner, chainId: string, unitId: string, role: string, who: Who) => one(runner, 'chain_team', { chain_id: chainId, unit_id: unitId, role }, who);
