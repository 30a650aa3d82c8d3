import type { QueryRunner } from '../db/runner.js';
import { notFound } from '../errors.js';
import type { Evidence, SegmentRole } from '../generated/schema-types.js';
import type { ChainRow } from './chains.js';

/** The shared Region projection (every query that returns a region returns this). */
export interface RegionRow {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export type Stage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';

/** The shared Segment projection (every query that returns a segment returns this). */
export interface SegmentRow {
  id: string;
  chainId: string;
  name: string;
  nameEn: string | null;
  stage: Stage;
  order: number | null;
  parentId: string | null;
  depth: number;
}

/** The shared Enterprise projection (every query that returns an enterprise returns this). */
export interface EnterpriseRow {
  id: string;
  name: string;
  nameEn: string | null;
  uscc: string | null;
  scale: string | null;
  listed: boolean | null;
  founded: string | null;
  tags: string[];
  region: RegionRow | null;
}

/** The shared Project projection. */
export interface ProjectRow {
  id: string;
  name: string;
  stage: string;
  investmentYi: number | null;
  signedOn: string | null;
  plannedProductionOn: string | null;
  confidential: boolean;
  enterprise: EnterpriseRow | null;
  segment: SegmentRow | null;
  region: RegionRow | null;
  /** Columns only some project queries return; the field resolvers read them otherwise. */
  landNeedMu?: number | null;
  floorSpaceNeedSqm?: number | null;
  key?: boolean | null;
}

export interface ParkRow {
  id: string;
  name: string;
  region: RegionRow | null;
}

export interface EnterpriseSegmentRow {
  segment: SegmentRow;
  role: SegmentRole;
  products: string | null;
  evidence: Evidence | null;
  source: string | null;
}

export interface SupplyLinkRow {
  enterprise: EnterpriseRow;
  products: string | null;
  since: string | null;
  evidence: Evidence | null;
  source: string | null;
}

export interface EnterpriseParkRow {
  park: ParkRow;
  since: string | null;
}

export interface SegmentFlowsRow {
  feedsTo: SegmentRow[];
  fedBy: SegmentRow[];
}

/** Most enterprises `Segment.enterprises` returns per segment. */
export const MAX_SEGMENT_ENTERPRISES = 200;

export async function listRegions(runner: QueryRunner, parent?: string | null): Promise<RegionRow[]> {
  if (parent === undefined || parent === null) {
    const rows = await runner.read<{ region: RegionRow }>('entities/list-regions');
    return rows.map((r) => r.region);
  }
  const rows = await runner.read<{ regions: RegionRow[] }>('entities/list-child-regions', { parent });
  if (!rows[0]) throw notFound('Region', parent);
  return rows[0].regions;
}

export async function getRegion(runner: QueryRunner, code: string): Promise<RegionRow | null> {
  const rows = await runner.read<{ region: RegionRow }>('entities/get-region', { code });
  return rows[0]?.region ?? null;
}

/** The scope region of a query: the given code or the home region; NOT_FOUND when unknown. */
export async function getScope(runner: QueryRunner, code: string): Promise<RegionRow> {
  const region = await getRegion(runner, code);
  if (!region) throw notFound('Region', code);
  return region;
}

export async function getSegment(runner: QueryRunner, id: string): Promise<SegmentRow | null> {
  const rows = await runner.read<{ segment: SegmentRow }>('entities/get-segment', { id });
  return rows[0]?.segment ?? null;
}

export async function getEnterprise(runner: QueryRunner, id: string): Promise<EnterpriseRow | null> {
  const rows = await runner.read<{ enterprise: EnterpriseRow }>('entities/get-enterprise', { id });
  return rows[0]?.enterprise ?? null;
}

/**
 * Runs a batched query (`UNWIND $ids AS id … RETURN id, <field>`) and returns its field by id;
 * ids the query returned no row for are absent (the caller supplies the empty value).
 */
async function batch<V>(runner: QueryRunner, name: string, ids: readonly string[], field: string, params: Record<string, unknown> = {}): Promise<Map<string, V>> {
  const rows = await runner.read<Record<string, unknown>>(name, { ...params, ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id as string, r[field] as V]));
}

export function listSegmentChildren(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, SegmentRow[]>> {
  return batch(runner, 'entities/list-segment-children', ids, 'children');
}

export async function listSegmentFlows(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, SegmentFlowsRow>> {
  const rows = await runner.read<{ id: string } & SegmentFlowsRow>('entities/list-segment-flows', { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, { feedsTo: r.feedsTo, fedBy: r.fedBy }]));
}

export function listSegmentEnterprises(runner: QueryRunner, ids: readonly string[], options: { limit: number; includeDescendants: boolean }): Promise<Map<string, EnterpriseRow[]>> {
  return batch(runner, 'entities/list-segment-enterprises', ids, 'enterprises', options);
}

export function listEnterpriseSegments(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, EnterpriseSegmentRow[]>> {
  return batch(runner, 'entities/list-enterprise-segments', ids, 'links');
}

export function listEnterpriseSuppliers(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, SupplyLinkRow[]>> {
  return batch(runner, 'entities/list-enterprise-suppliers', ids, 'links');
}

export function listEnterpriseCustomers(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, SupplyLinkRow[]>> {
  return batch(runner, 'entities/list-enterprise-customers', ids, 'links');
}

export function listEnterpriseParks(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, EnterpriseParkRow[]>> {
  return batch(runner, 'entities/list-enterprise-parks', ids, 'parks');
}

export function listEnterpriseLeads(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, ChainRow[]>> {
  return batch(runner, 'entities/list-enterprise-leads', ids, 'chains');
}

export function listEnterpriseProjects(runner: QueryRunner, ids: readonly string[], includeConfidential: boolean): Promise<Map<string, ProjectRow[]>> {
  return batch(runner, 'entities/list-enterprise-projects', ids, 'projects', { includeConfidential });
}

/** The park of each project that has one, batched for Project.park. */
export function listProjectParks(runner: QueryRunner, ids: readonly string[]): Promise<Map<string, ParkRow>> {
  return batch(runner, 'projects/list-project-parks', ids, 'park');
}
