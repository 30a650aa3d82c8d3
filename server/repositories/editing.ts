import { randomBytes } from 'node:crypto';
import type { QueryRunner, TxRunner } from '../db/runner.js';
import { AppError, badInput, notFound } from '../errors.js';
import { importWorkbook, type ImportResult } from '../import/index.js';
import { shanghaiDate } from '../import/write.js';
import { getEnterprise, getSegment } from './entities.js';
import { lockCountWrites, maintainCounts } from './local-counts.js';
import { getProject } from './projects.js';

type Row = Record<string, unknown>;

/**
 * Single-record edits go through the workbook import, so a form and a spreadsheet meet exactly the
 * same validation (enums, dates, USCC check characters, references) and the same writes.
 */
export type Lang = 'zh' | 'en';

export async function writeRows(runner: QueryRunner, tables: Record<string, Row[]>, lang: Lang = 'zh', user: string | null = null): Promise<ImportResult> {
  const data = Buffer.from(JSON.stringify(tables));
  const result = await importWorkbook(runner, { filename: 'edit.json', data }, { lang, actor: { user, via: 'EDIT' } });
  if (!result.ok) {
    const first = result.errors[0];
    const where = first ? `${first.column ?? first.table}: ${first.message}` : 'rejected';
    throw badInput(result.errors.length > 1 ? `${where} (and ${result.errors.length - 1} more)` : where, { issues: result.errors });
  }
  return result;
}

const blankToNull = (value: unknown) => (value === undefined || value === '' ? null : value);

export interface EnterpriseInput {
  id: string;
  name: string;
  regionCode: string;
  nameEn?: string | null;
  uscc?: string | null;
  scale?: string | null;
  listed?: boolean | null;
  founded?: string | null;
  tags?: string[] | null;
  /** Where the record's facts come from and their date; left out (undefined) keeps what is stored. */
  source?: string | null;
  asOf?: string | null;
}

/** The source and as-of date to write: the input's when it gives them, else what is stored. */
async function provenance(runner: QueryRunner, label: 'Enterprise' | 'Project', id: string, input: { source?: string | null; asOf?: string | null }) {
  const [stored] = input.source === undefined || input.asOf === undefined ? await runner.read<{ source: string | null; asOf: string | null }>('editing/get-provenance', { label, id }) : [];
  return {
    source: input.source === undefined ? (stored?.source ?? null) : blankToNull(input.source),
    as_of: input.asOf === undefined ? (stored?.asOf ?? null) : blankToNull(input.asOf),
  };
}

export async function upsertEnterprise(runner: QueryRunner, input: EnterpriseInput, lang: Lang = 'zh') {
  if ((input.tags ?? []).some((t) => t.includes(';'))) throw badInput('tags: a tag cannot contain ";"', { argument: 'tags' });
  await writeRows(
    runner,
    {
      enterprises: [
        {
          id: input.id,
          name: input.name,
          region_code: input.regionCode,
          name_en: blankToNull(input.nameEn),
          uscc: blankToNull(input.uscc),
          scale: blankToNull(input.scale),
          listed: input.listed ?? null,
          founded: blankToNull(input.founded),
          tags: (input.tags ?? []).join(';') || null,
          ...(await provenance(runner, 'Enterprise', input.id, input)),
        },
      ],
    },
    lang,
  );
  return (await getEnterprise(runner, input.id))!;
}

export interface SegmentInput {
  id: string;
  chainId: string;
  name: string;
  stage: string;
  parentId?: string | null;
  nameEn?: string | null;
  order?: number | null;
}

export async function upsertSegment(runner: QueryRunner, input: SegmentInput, lang: Lang = 'zh') {
  await writeRows(
    runner,
    {
      segments: [
        { id: input.id, chain_id: input.chainId, name: input.name, stage: input.stage, parent_id: blankToNull(input.parentId), name_en: blankToNull(input.nameEn), order: input.order ?? null },
      ],
    },
    lang,
  );
  return (await getSegment(runner, input.id))!;
}

export async function addFlow(runner: QueryRunner, from: string, to: string): Promise<boolean> {
  if (from === to) throw badInput('a segment cannot feed itself', { argument: 'to' });
  const rows = await runner.write('editing/merge-flow', { from, to }, { bumpsDataVersion: true });
  if (!rows.length) throw notFound('segment', `${from} or ${to}`);
  return true;
}

export interface EnterpriseSegmentInput {
  enterpriseId: string;
  segmentId: string;
  role?: string | null;
  products?: string | null;
  evidence?: string | null;
  source?: string | null;
}

export async function setEnterpriseSegment(runner: QueryRunner, input: EnterpriseSegmentInput, lang: Lang = 'zh'): Promise<boolean> {
  await writeRows(
    runner,
    {
      enterprise_segments: [
        {
          enterprise_id: input.enterpriseId,
          segment_id: input.segmentId,
          role: blankToNull(input.role),
          products: blankToNull(input.products),
          evidence: blankToNull(input.evidence),
          source: blankToNull(input.source),
        },
      ],
    },
    lang,
  );
  return true;
}

export interface SupplyInput {
  supplierId: string;
  customerId: string;
  products?: string | null;
  since?: string | null;
  evidence?: string | null;
  source?: string | null;
}

export async function setSupply(runner: QueryRunner, input: SupplyInput, lang: Lang = 'zh'): Promise<boolean> {
  await writeRows(
    runner,
    {
      supplies: [
        {
          supplier_id: input.supplierId,
          customer_id: input.customerId,
          products: blankToNull(input.products),
          since: blankToNull(input.since),
          evidence: blankToNull(input.evidence),
          source: blankToNull(input.source),
        },
      ],
    },
    lang,
  );
  return true;
}

export interface ProjectInput {
  id: string;
  name: string;
  regionCode: string;
  stage: string;
  enterpriseId?: string | null;
  segmentId?: string | null;
  parkId?: string | null;
  investmentYi?: number | null;
  signedOn?: string | null;
  plannedProductionOn?: string | null;
  confidential?: boolean | null;
  source?: string | null;
  asOf?: string | null;
  responsibleUnitId?: string | null;
  responsiblePerson?: string | null;
  championOfficialId?: string | null;
  key?: boolean | null;
  landNeedMu?: number | null;
  floorSpaceNeedSqm?: number | null;
  parcelId?: string | null;
}

export async function upsertProject(runner: QueryRunner, input: ProjectInput, lang: Lang = 'zh', user: string | null = null) {
  await writeRows(
    runner,
    {
      projects: [
        {
          id: input.id,
          name: input.name,
          region_code: input.regionCode,
          stage: input.stage,
          enterprise_id: blankToNull(input.enterpriseId),
          segment_id: blankToNull(input.segmentId),
          park_id: blankToNull(input.parkId),
          investment_yi: input.investmentYi ?? null,
          signed_on: blankToNull(input.signedOn),
          planned_production_on: blankToNull(input.plannedProductionOn),
          confidential: input.confidential ?? false,
          ...(await provenance(runner, 'Project', input.id, input)),
          responsible_unit_id: blankToNull(input.responsibleUnitId),
          responsible_person: blankToNull(input.responsiblePerson),
          champion_official_id: blankToNull(input.championOfficialId),
          key: input.key ?? null,
          land_need_mu: input.landNeedMu ?? null,
          floor_space_need_sqm: input.floorSpaceNeedSqm ?? null,
          parcel_id: blankToNull(input.parcelId),
        },
      ],
    },
    lang,
    user,
  );
  return (await getProject(runner, input.id))!;
}

/** Runs a delete-style query whose single row says how many things it removed. */
async function removed(runner: QueryRunner, name: string, params: Row): Promise<boolean> {
  const [row] = await runner.write<{ deleted: number }>(name, params, { bumpsDataVersion: true });
  return (row?.deleted ?? 0) > 0;
}

/**
 * A delete that changes what some enterprises contribute to the local counts: the counts are
 * maintained around it in the same transaction (`touched` names those enterprises).
 */
async function removedCounted(runner: QueryRunner, name: string, params: Row, touched: (tx: TxRunner) => Promise<string[]>): Promise<boolean> {
  return runner.writeTransaction(
    async (tx) => {
      await lockCountWrites(tx); // before `touched` reads, so that they see every committed write
      const [row] = await maintainCounts(tx, await touched(tx), () => tx.run<{ deleted: number }>(name, params));
      return (row?.deleted ?? 0) > 0;
    },
    { bumpsDataVersion: true },
  );
}

export const deleteEnterprise = (runner: QueryRunner, id: string) => removedCounted(runner, 'editing/delete-enterprise', { id }, async () => [id]);
export const deleteProject = (runner: QueryRunner, id: string) => removed(runner, 'editing/delete-project', { id });
export const removeFlow = (runner: QueryRunner, from: string, to: string) => removed(runner, 'editing/delete-flow', { from, to });
export const removeEnterpriseSegment = (runner: QueryRunner, enterpriseId: string, segmentId: string) =>
  removedCounted(runner, 'editing/delete-enterprise-segment', { enterpriseId, segmentId }, async () => [enterpriseId]);
export const removeSupply = (runner: QueryRunner, supplierId: string, customerId: string) => removed(runner, 'editing/delete-supply', { supplierId, customerId });

export async function deleteSegment(runner: QueryRunner, id: string): Promise<boolean> {
  const [row] = await runner.writeTransaction(
    async (tx) => {
      await lockCountWrites(tx); // before the list, so that it holds every placement committed so far
      const placed = (await tx.run<{ id: string }>('counts/list-enterprises-of-segment', { id })).map((r) => r.id);
      return maintainCounts(tx, placed, () => tx.run<{ found: boolean; children: number; deleted: number }>('editing/delete-segment', { id }));
    },
    { bumpsDataVersion: true },
  );
  if (row?.found && row.children > 0) throw new AppError('CONFLICT', `segment ${id} has ${row.children} sub-segment(s); delete or move them first`);
  return (row?.deleted ?? 0) > 0;
}

export async function moveProject(runner: QueryRunner, id: string, stage: string, user: string | null = null) {
  const now = new Date();
  const [row] = await runner.write<{ previous: string }>('editing/set-project-stage', { id, stage, at: now.toISOString(), on: shanghaiDate(now), user }, { bumpsDataVersion: true });
  if (!row) throw notFound('project', id);
  return { previous: row.previous, project: (await getProject(runner, id))! };
}

/** A LEAD project for a recommended target, unless that target is already in the scope's pipeline. */
export async function createProjectFromTarget(runner: QueryRunner, segmentId: string, enterpriseId: string, scope: string) {
  const [names] = await runner.read<{ enterprise: string; segment: string }>('editing/get-target-names', { enterpriseId, segmentId });
  if (!names) throw notFound('enterprise or segment', `${enterpriseId} / ${segmentId}`);
  const [existing] = await runner.read<{ id: string; name: string; stage: string }>('editing/find-pipeline-project', { enterpriseId, segmentId, scope });
  if (existing)
    throw new AppError('CONFLICT', `${names.enterprise} is already in the pipeline for ${names.segment}: project ${existing.id} (${existing.stage})`, {
      projectId: existing.id,
      projectName: existing.name,
      stage: existing.stage,
      enterpriseName: names.enterprise,
      segmentName: names.segment,
    });
  const id = `lead-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
  // the name says what the project is about; its stage is the stage field's business
  return upsertProject(runner, { id, name: `${names.enterprise} · ${names.segment}`, regionCode: scope, stage: 'LEAD', enterpriseId, segmentId });
}

export async function importUploaded(runner: QueryRunner, filename: string, contentBase64: string, dryRun: boolean, lang: 'zh' | 'en', user: string | null = null) {
  if (!/^[^/\\]{1,200}\.(xlsx|json|csv)$/i.test(filename)) throw badInput(`filename "${filename}": expected a .xlsx, .json or .csv file name`, { argument: 'filename' });
  const data = Buffer.from(contentBase64, 'base64');
  if (data.length === 0) throw badInput('the uploaded file is empty', { argument: 'contentBase64' });
  const result = await importWorkbook(runner, { filename, data }, { dryRun, lang, fileNames: true, actor: { user, via: 'IMPORT' } });
  return { ...result, counts: Object.entries(result.counts).map(([table, c]) => ({ table, ...c })) };
}
