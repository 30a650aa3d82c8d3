import type { QueryRunner } from '../db/runner.js';
import { badInput } from '../errors.js';
import { writeRows, type Lang } from './editing.js';

/**
 * Single-record edits of the 要素链 go through the workbook import like every other edit (same
 * validation, same writes). A list of segments given with an element replaces its links: the
 * import adds the named ones, then the links it no longer names are removed.
 */

const blank = (v: string | null | undefined) => (v === undefined || v === null || v === '' ? null : v);
const n = (v: number | null | undefined) => (v === undefined ? null : v);

type LinkSpec = { table: string; column: string; label: string; type: string };
const LINKS = {
  park: { table: 'park_themes', column: 'park_id', label: 'Park', type: 'THEMED' },
  parcel: { table: 'parcel_segments', column: 'parcel_id', label: 'Parcel', type: 'SUITS' },
  fund: { table: 'fund_focus', column: 'fund_id', label: 'Fund', type: 'FOCUSES_ON' },
  platform: { table: 'platform_segments', column: 'platform_id', label: 'Platform', type: 'SERVES' },
} satisfies Record<string, LinkSpec>;

async function writeWithLinks(runner: QueryRunner, table: string, row: Record<string, unknown>, link: LinkSpec, segmentIds: string[] | null | undefined, lang: Lang) {
  const tables: Record<string, Array<Record<string, unknown>>> = { [table]: [row] };
  if (segmentIds) tables[link.table] = segmentIds.map((segment_id) => ({ [link.column]: row.id, segment_id }));
  await writeRows(runner, tables, lang);
  if (segmentIds) await runner.write('editing/prune-element-segments', { id: row.id, keep: segmentIds, label: link.label, type: link.type }, { bumpsDataVersion: true });
}

export interface ParkInput {
  id: string;
  name: string;
  regionCode: string;
  kind?: string | null;
  operator?: string | null;
  areaMu?: number | null;
  floorSpaceSqm?: number | null;
  vacantSqm?: number | null;
  rentYuanSqmMonth?: number | null;
  description?: string | null;
  themeSegmentIds?: string[] | null;
}

export async function upsertPark(runner: QueryRunner, input: ParkInput, lang: Lang = 'zh'): Promise<string> {
  const row = {
    id: input.id,
    name: input.name,
    region_code: input.regionCode,
    kind: blank(input.kind),
    operator: blank(input.operator),
    area_mu: n(input.areaMu),
    floor_space_sqm: n(input.floorSpaceSqm),
    vacant_sqm: n(input.vacantSqm),
    rent_yuan_sqm_month: n(input.rentYuanSqmMonth),
    description: blank(input.description),
  };
  await writeWithLinks(runner, 'parks', row, LINKS.park, input.themeSegmentIds, lang);
  return input.id;
}

export interface ParcelInput {
  id: string;
  name: string;
  regionCode: string;
  parkId?: string | null;
  areaMu: number;
  use?: string | null;
  status: string;
  availableFrom?: string | null;
  minInvestmentWanPerMu?: number | null;
  minTaxWanPerMu?: number | null;
  segmentIds?: string[] | null;
}

export async function upsertParcel(runner: QueryRunner, input: ParcelInput, lang: Lang = 'zh'): Promise<string> {
  const row = {
    id: input.id,
    name: input.name,
    region_code: input.regionCode,
    park_id: blank(input.parkId),
    area_mu: input.areaMu,
    use: blank(input.use),
    status: input.status,
    available_from: blank(input.availableFrom),
    min_investment_wan_per_mu: n(input.minInvestmentWanPerMu),
    min_tax_wan_per_mu: n(input.minTaxWanPerMu),
  };
  await writeWithLinks(runner, 'parcels', row, LINKS.parcel, input.segmentIds, lang);
  return input.id;
}

export interface FundInput {
  id: string;
  name: string;
  sizeYi: number;
  manager?: string | null;
  kind?: string | null;
  regionCode?: string | null;
  focusSegmentIds?: string[] | null;
}

export async function upsertFund(runner: QueryRunner, input: FundInput, lang: Lang = 'zh'): Promise<string> {
  const row = { id: input.id, name: input.name, size_yi: input.sizeYi, manager: blank(input.manager), kind: blank(input.kind), region_code: blank(input.regionCode) };
  await writeWithLinks(runner, 'funds', row, LINKS.fund, input.focusSegmentIds, lang);
  return input.id;
}

export interface PlatformInput {
  id: string;
  name: string;
  kind?: string | null;
  level?: string | null;
  regionCode: string;
  hostEnterpriseId?: string | null;
  segmentIds?: string[] | null;
}

export async function upsertPlatform(runner: QueryRunner, input: PlatformInput, lang: Lang = 'zh'): Promise<string> {
  const row = { id: input.id, name: input.name, kind: blank(input.kind), level: blank(input.level), region_code: input.regionCode, host_enterprise_id: blank(input.hostEnterpriseId) };
  await writeWithLinks(runner, 'platforms', row, LINKS.platform, input.segmentIds, lang);
  return input.id;
}

export interface EnterpriseYearInput {
  enterpriseId: string;
  year: number;
  outputWan?: number | null;
  revenueWan?: number | null;
  taxWan?: number | null;
  landMu?: number | null;
  energyTce?: number | null;
  employees?: number | null;
  rdStaff?: number | null;
}

export async function setEnterpriseYear(runner: QueryRunner, input: EnterpriseYearInput, lang: Lang = 'zh'): Promise<boolean> {
  await writeRows(
    runner,
    {
      enterprise_years: [
        {
          enterprise_id: input.enterpriseId,
          year: input.year,
          output_wan: n(input.outputWan),
          revenue_wan: n(input.revenueWan),
          tax_wan: n(input.taxWan),
          land_mu: n(input.landMu),
          energy_tce: n(input.energyTce),
          employees: n(input.employees),
          rd_staff: n(input.rdStaff),
        },
      ],
    },
    lang,
  );
  return true;
}

const DELETE_QUERY: Record<string, string> = { PARK: 'editing/delete-park', PARCEL: 'editing/delete-parcel', FUND: 'editing/delete-fund', PLATFORM: 'editing/delete-platform' };

export async function deleteElement(runner: QueryRunner, kind: string, id: string): Promise<boolean> {
  const query = DELETE_QUERY[kind];
  if (!query) throw badInput(`kind must be PARK, PARCEL, FUND or PLATFORM (got ${kind})`, { argument: 'kind' });
  const [row] = await runner.write<{ deleted: number }>(query, { id }, { bumpsDataVersion: true });
  return (row?.deleted ?? 0) > 0;
}
