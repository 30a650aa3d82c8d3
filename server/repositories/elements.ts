import { DEFAULT_LAND_GRADES, type LandGradeThresholds } from '../config.js';
import type { QueryRunner } from '../db/runner.js';
import { badInput, notFound } from '../errors.js';
import { getChain } from './chains.js';
import { listChainSegments } from './chain-status.js';
import type { FundKind, LandGrade, ParcelStatus, ParcelUse, ParkKind, PlatformKind, PlatformLevel } from '../generated/schema-types.js';
import { getSegment, type EnterpriseRow, type ProjectRow, type RegionRow, type SegmentRow } from './entities.js';

/**
 * 要素链 (PRODUCT.md Part 2): which parks, parcels, funds and platforms cover a segment, how they
 * match a project's needs, the element layer of a chain map, and 亩均论英雄. The queries fetch the
 * elements linked to a chain's segments; covering through ancestors, ordering and the reasons in
 * words are decided here, in one place, so the panel, the map layer and the API cannot disagree.
 */

/** A park's own columns, as the park queries return them. */
export interface ParkFields {
  id: string;
  name: string;
  kind: ParkKind | null;
  operator: string | null;
  areaMu: number | null;
  floorSpaceSqm: number | null;
  vacantSqm: number | null;
  rentYuanSqmMonth: number | null;
  description: string | null;
}

export interface ParkElement extends ParkFields {
  segmentIds: string[];
}
export interface ParcelElement {
  id: string;
  name: string;
  areaMu: number;
  use: ParcelUse | null;
  status: ParcelStatus;
  availableFrom: string | null;
  minInvestmentWanPerMu: number | null;
  minTaxWanPerMu: number | null;
  parkId: string | null;
  segmentIds: string[];
  anySegment: boolean;
}
export interface FundElement {
  id: string;
  name: string;
  sizeYi: number;
  manager: string | null;
  kind: FundKind | null;
  segmentIds: string[];
}
export interface PlatformElement {
  id: string;
  name: string;
  kind: PlatformKind | null;
  level: PlatformLevel | null;
  segmentIds: string[];
}
export interface ChainElements {
  parks: ParkElement[];
  parcels: ParcelElement[];
  funds: FundElement[];
  platforms: PlatformElement[];
}

/** What a project asks for; a need it does not state is null. */
export interface ProjectNeeds {
  investmentYi: number | null;
  landNeedMu: number | null;
  floorSpaceNeedSqm: number | null;
}

/** Which link makes an element cover a segment: the nearest of the segment itself and its ancestors. */
export interface Cover {
  /** The segment the element is linked to; null for a parcel linked to no segment at all. */
  segment: SegmentRow | null;
  /** 0 = the segment itself, 1 = its parent, …; null for a parcel linked to no segment. */
  depth: number | null;
}

/** Segment → itself and its ancestors, nearest first (within one chain). */
export function lineages(segments: SegmentRow[]): Map<string, SegmentRow[]> {
  const byId = new Map(segments.map((s) => [s.id, s]));
  const out = new Map<string, SegmentRow[]>();
  for (const s of segments) {
    const line: SegmentRow[] = [];
    const seen = new Set<string>();
    for (let cur: SegmentRow | undefined = s; cur && !seen.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
      line.push(cur);
      seen.add(cur.id);
    }
    out.set(s.id, line);
  }
  return out;
}

/**
 * The covering rule, word for word: an element covers S when it is linked to S or to an ancestor
 * of S; a parcel linked to no segment covers every segment. Null when it does not cover S.
 */
export function cover(element: { segmentIds: string[]; anySegment?: boolean }, lineage: SegmentRow[]): Cover | null {
  if (element.anySegment) return { segment: null, depth: null };
  const linked = new Set(element.segmentIds);
  const depth = lineage.findIndex((s) => linked.has(s.id));
  return depth < 0 ? null : { segment: lineage[depth]!, depth };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Compares at a millionth, so that 1.5 亿 × 10000 / 30 亩 is exactly the standard 500, not 499.99…. */
const settle = (n: number) => Math.round(n * 1e6) / 1e6;
/** A number as people write it: at most `digits` decimals, no trailing zeros. */
export const num = (n: number, digits = 2) => String(Number(n.toFixed(digits)));
/** ㎡ in 万㎡; four decimals keep every whole ㎡, so 14,999 never reads as 1.5. */
const wanSqm = (sqm: number) => num(sqm / 10000, 4);

export const PARK_KIND_ZH: Record<string, string> = { THEME_PARK: '主题园区', INDUSTRIAL_PARK: '产业园区', INCUBATOR: '孵化器' };
export const FUND_KIND_ZH: Record<string, string> = { GUIDANCE: '引导基金', INDUSTRY: '产业基金', VENTURE: '创投基金' };
export const PLATFORM_KIND_ZH: Record<string, string> = {
  KEY_LAB: '重点实验室',
  ENGINEERING_CENTER: '工程技术研究中心',
  ENTERPRISE_TECH_CENTER: '企业技术中心',
  UNIVERSITY: '高校',
  INSTITUTE: '研究院',
  PILOT_BASE: '中试基地',
  OTHER: '创新平台',
};
export const PLATFORM_LEVEL_ZH: Record<string, string> = { NATIONAL: '国家级', PROVINCIAL: '省级', CITY: '市级' };
const LEVEL_ORDER: Record<string, number> = { NATIONAL: 0, PROVINCIAL: 1, CITY: 2 };

/** "主题园区·光电显示（上级环节）": what links the element to S, and whether through an ancestor. */
function coverReason(prefix: string, c: Cover): string {
  if (!c.segment) return `${prefix}·不限环节`;
  return `${prefix}·${c.segment.name}${c.depth! > 0 ? '（上级环节）' : ''}`;
}

export interface ParkMatch {
  park: ParkElement;
  reasons: string[];
  fits: boolean;
  ownSegment: boolean;
}
export interface ParcelMatch {
  parcel: ParcelElement;
  reasons: string[];
  fits: boolean;
  tooSmall: boolean;
  intensityWanPerMu: number | null;
}
export interface FundMatch {
  fund: FundElement;
  reasons: string[];
}
export interface PlatformMatch {
  platform: PlatformElement;
  reasons: string[];
}

/** Investment intensity 投资强度 = investment_yi × 10000 / land_need_mu (万元/亩); null without both. */
export function intensity(needs: ProjectNeeds | null): number | null {
  if (!needs || needs.investmentYi === null || needs.landNeedMu === null || needs.landNeedMu <= 0) return null;
  return settle((needs.investmentYi * 10000) / needs.landNeedMu);
}

/** Parks covering S: own-segment links before ancestors, then vacant_sqm descending (unknown last), then id. */
export function matchParks(parks: ParkElement[], lineage: SegmentRow[], needs: ProjectNeeds | null): ParkMatch[] {
  const need = needs?.floorSpaceNeedSqm ?? null;
  const matches: Array<ParkMatch & { depth: number }> = [];
  for (const park of parks) {
    const c = cover(park, lineage);
    if (!c) continue;
    const reasons = [coverReason(PARK_KIND_ZH[park.kind ?? ''] ?? '园区', c)];
    let fits = true;
    if (need !== null) {
      if (park.vacantSqm === null) {
        reasons.push(`空置面积未知，需求 ${wanSqm(need)} 万㎡`);
        fits = false;
      } else {
        fits = park.vacantSqm >= need;
        reasons.push(`空置 ${wanSqm(park.vacantSqm)} 万㎡ ${fits ? '≥' : '<'} 需求 ${wanSqm(need)} 万㎡`);
      }
    } else if (park.vacantSqm !== null) {
      reasons.push(`空置 ${wanSqm(park.vacantSqm)} 万㎡`);
    }
    matches.push({ park, reasons, fits, ownSegment: c.depth === 0, depth: c.depth! });
  }
  const vacant = (p: ParkElement) => p.vacantSqm ?? -Infinity;
  matches.sort((a, b) => Number(!a.ownSegment) - Number(!b.ownSegment) || vacant(b.park) - vacant(a.park) || byId(a.park, b.park));
  return matches.map(({ depth: _depth, ...m }) => m);
}

/**
 * AVAILABLE parcels covering S, by area ascending among those with area ≥ the project's land
 * need, the too-small ones after them (marked, also by area ascending), ties by id.
 */
export function matchParcels(parcels: ParcelElement[], lineage: SegmentRow[], needs: ProjectNeeds | null): ParcelMatch[] {
  const need = needs?.landNeedMu ?? null;
  const strength = intensity(needs);
  const matches: ParcelMatch[] = [];
  for (const parcel of parcels) {
    if (parcel.status !== 'AVAILABLE') continue;
    const c = cover(parcel, lineage);
    if (!c) continue;
    const reasons = [c.segment ? coverReason('适宜环节', c) : '未限定环节（覆盖所有环节）'];
    let fits = true;
    let tooSmall = false;
    if (need !== null) {
      tooSmall = parcel.areaMu < need;
      if (tooSmall) fits = false;
      reasons.push(`面积 ${num(parcel.areaMu)} 亩 ${tooSmall ? '<' : '≥'} 需求 ${num(need)} 亩`);
    } else {
      reasons.push(`面积 ${num(parcel.areaMu)} 亩`);
    }
    if (parcel.minInvestmentWanPerMu !== null) {
      if (strength !== null) {
        const enough = strength >= parcel.minInvestmentWanPerMu;
        if (!enough) fits = false;
        reasons.push(`投资强度 ${num(strength)} 万元/亩 ${enough ? '≥' : '<'} 标准 ${num(parcel.minInvestmentWanPerMu)}`);
      } else {
        reasons.push(`投资强度标准 ${num(parcel.minInvestmentWanPerMu)} 万元/亩`);
      }
    }
    if (parcel.minTaxWanPerMu !== null) reasons.push(`亩均税收标准 ${num(parcel.minTaxWanPerMu)} 万元/亩`);
    if (parcel.availableFrom) reasons.push(`${parcel.availableFrom} 起可供`);
    matches.push({ parcel, reasons, fits, tooSmall, intensityWanPerMu: strength });
  }
  matches.sort((a, b) => Number(a.tooSmall) - Number(b.tooSmall) || a.parcel.areaMu - b.parcel.areaMu || byId(a.parcel, b.parcel));
  return matches;
}

/** Funds covering S (any region), by size_yi descending, ties by id. */
export function matchFunds(funds: FundElement[], lineage: SegmentRow[]): FundMatch[] {
  const matches: FundMatch[] = [];
  for (const fund of funds) {
    const c = cover(fund, lineage);
    if (!c) continue;
    const reasons = [coverReason(FUND_KIND_ZH[fund.kind ?? ''] ?? '基金', c), `规模 ${num(fund.sizeYi)} 亿元`];
    if (fund.manager) reasons.push(`管理人 ${fund.manager}`);
    matches.push({ fund, reasons });
  }
  matches.sort((a, b) => b.fund.sizeYi - a.fund.sizeYi || byId(a.fund, b.fund));
  return matches;
}

/** Platforms covering S, NATIONAL before PROVINCIAL before CITY (no level last), ties by id. */
export function matchPlatforms(platforms: PlatformElement[], lineage: SegmentRow[]): PlatformMatch[] {
  const matches: PlatformMatch[] = [];
  for (const platform of platforms) {
    const c = cover(platform, lineage);
    if (!c) continue;
    const label = `${PLATFORM_LEVEL_ZH[platform.level ?? ''] ?? ''}${PLATFORM_KIND_ZH[platform.kind ?? ''] ?? '创新平台'}`;
    matches.push({ platform, reasons: [coverReason(label, c)] });
  }
  const rank = (p: PlatformElement) => LEVEL_ORDER[p.level ?? ''] ?? 3;
  matches.sort((a, b) => rank(a.platform) - rank(b.platform) || byId(a.platform, b.platform));
  return matches;
}

async function scopeRegion(runner: QueryRunner, scope: string): Promise<RegionRow> {
  const [row] = await runner.read<{ region: RegionRow }>('chains/get-scope-region', { code: scope });
  if (!row) throw notFound('region', scope);
  return row.region;
}

export async function listChainElements(runner: QueryRunner, chainId: string, scope: string): Promise<ChainElements> {
  const [row] = await runner.read<ChainElements>('elements/list-chain-elements', { chainId, scope });
  return row ?? { parks: [], parcels: [], funds: [], platforms: [] };
}

interface ProjectNeedsRow extends ProjectNeeds {
  id: string;
  segmentId: string | null;
  confidential: boolean;
}

/**
 * Matching for segment S (and optionally a project P) in scope Z. A project that is confidential
 * and not visible to the caller is NOT_FOUND, like an unknown one.
 */
export async function getElementMatch(runner: QueryRunner, args: { segmentId: string; projectId: string | null; scope: string; includeConfidential: boolean }) {
  const segment = await getSegment(runner, args.segmentId);
  if (!segment) throw notFound('segment', args.segmentId);
  let needs: ProjectNeedsRow | null = null;
  if (args.projectId) {
    const [row] = await runner.read<ProjectNeedsRow>('elements/get-project-needs', { id: args.projectId });
    if (!row || (row.confidential && !args.includeConfidential)) throw notFound('project', args.projectId);
    needs = row;
  }
  const [region, segments, elements] = await Promise.all([scopeRegion(runner, args.scope), listChainSegments(runner, [segment.chainId]), listChainElements(runner, segment.chainId, args.scope)]);
  const lineage = lineages(segments.get(segment.chainId) ?? []).get(segment.id) ?? [];
  return {
    segment,
    projectId: needs?.id ?? null,
    scope: region,
    needs: needs ? { investmentYi: needs.investmentYi, landNeedMu: needs.landNeedMu, floorSpaceNeedSqm: needs.floorSpaceNeedSqm, intensityWanPerMu: intensity(needs) } : null,
    parks: matchParks(elements.parks, lineage, needs),
    parcels: matchParcels(elements.parcels, lineage, needs),
    funds: matchFunds(elements.funds, lineage),
    platforms: matchPlatforms(elements.platforms, lineage),
  };
}

/**
 * The element layer: per segment of the chain in map order, what covers it in scope Z, each list
 * in the order matching gives it without a project.
 */
export async function getElementLayer(runner: QueryRunner, chainId: string, scope: string) {
  const [region, segmentMap, elements] = await Promise.all([scopeRegion(runner, scope), listChainSegments(runner, [chainId]), listChainElements(runner, chainId, scope)]);
  const segments = segmentMap.get(chainId) ?? [];
  const chain = await getChain(runner, chainId);
  if (!chain) throw notFound('chain', chainId);
  const lines = lineages(segments);
  return {
    chain,
    scope: region,
    segments: segments.map((segment) => {
      const line = lines.get(segment.id)!;
      const parks = matchParks(elements.parks, line, null).map((m) => m.park);
      const parcels = matchParcels(elements.parcels, line, null).map((m) => m.parcel);
      return {
        segment,
        parks,
        vacantSqm: parks.reduce((sum, p) => sum + (p.vacantSqm ?? 0), 0),
        parcels,
        availableMu: settle(parcels.reduce((sum, p) => sum + p.areaMu, 0)),
        funds: matchFunds(elements.funds, line).map((m) => m.fund),
        platforms: matchPlatforms(elements.platforms, line).map((m) => m.platform),
      };
    }),
  };
}

export type { LandGrade };

/** 亩均税收 (万元/亩) → grade: A ≥ a, B ≥ b, C ≥ c, else D. */
export function gradeOf(taxPerMu: number, t: LandGradeThresholds = DEFAULT_LAND_GRADES): LandGrade {
  if (taxPerMu >= t.a) return 'A';
  if (taxPerMu >= t.b) return 'B';
  if (taxPerMu >= t.c) return 'C';
  return 'D';
}

interface LandRow {
  enterprise: EnterpriseRow;
  taxWan: number;
  outputWan: number | null;
  landMu: number;
  chainIds: string[];
  parkIds: string[];
}

export interface LandEfficiencyRow {
  enterprise: LandRow['enterprise'];
  year: number;
  taxWan: number;
  outputWan: number | null;
  landMu: number;
  taxPerMu: number;
  outputPerMu: number | null;
  grade: LandGrade;
  rank: number;
  chainIds: string[];
  parkIds: string[];
}

/**
 * 亩均论英雄 for year Y in a scope, optionally only the enterprises of a chain (IN_SEGMENT one of
 * its segments) or of a park (SETTLED_IN it). Ordered by 亩均税收 descending, ties by enterprise
 * id; enterprises with equal 亩均税收 share a rank (1, 2, 2, 4).
 */
export async function getLandEfficiency(
  runner: QueryRunner,
  args: { year: number; scope: string; chainId: string | null; parkId: string | null; thresholds: LandGradeThresholds },
): Promise<LandEfficiencyRow[]> {
  if (!Number.isInteger(args.year) || args.year < 1949 || args.year > 2100) throw badInput(`year must be from 1949 to 2100 (got ${args.year})`, { argument: 'year' });
  await scopeRegion(runner, args.scope);
  const rows = await runner.read<LandRow>('elements/list-land-efficiency', { year: args.year, scope: args.scope });
  const picked = rows.filter((r) => (!args.chainId || r.chainIds.includes(args.chainId)) && (!args.parkId || r.parkIds.includes(args.parkId)));
  const scored = picked.map((r) => {
    const taxPerMu = settle(r.taxWan / r.landMu);
    return {
      ...r,
      year: args.year,
      taxPerMu,
      outputPerMu: r.outputWan === null ? null : settle(r.outputWan / r.landMu),
      grade: gradeOf(taxPerMu, args.thresholds),
      rank: 0,
    };
  });
  scored.sort((a, b) => b.taxPerMu - a.taxPerMu || byId(a.enterprise, b.enterprise));
  scored.forEach((r, i) => {
    r.rank = i > 0 && scored[i - 1]!.taxPerMu === r.taxPerMu ? scored[i - 1]!.rank : i + 1;
  });
  return scored;
}

/** How many enterprise-years fall in each grade, per chain and per park (for the distribution chart). */
export function gradeDistribution(rows: LandEfficiencyRow[]) {
  const count = (pick: (r: LandEfficiencyRow) => string[]) => {
    const out = new Map<string, Record<LandGrade, number>>();
    for (const r of rows) {
      for (const id of pick(r)) {
        const c = out.get(id) ?? { A: 0, B: 0, C: 0, D: 0 };
        c[r.grade] += 1;
        out.set(id, c);
      }
    }
    return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, c]) => ({ id, a: c.A, b: c.B, c: c.C, d: c.D }));
  };
  return { chains: count((r) => r.chainIds), parks: count((r) => r.parkIds) };
}

export interface ParkRowFull extends ParkFields {
  regionCode: string | null;
}

/**
 * A park as the GraphQL field resolvers receive it: from the park queries (every column, the
 * region by code) or as another row's park (id, name and region only); a column it lacks is read
 * from the park's details.
 */
export type ParkParent = Pick<ParkFields, 'id' | 'name'> & Partial<Omit<ParkFields, 'id' | 'name'>> & { regionCode?: string | null; region?: RegionRow | null };
/** A parcel as the field resolvers receive it: from the parcel list or from a segment's match. */
export type ParcelParent = Omit<ParcelElement, 'anySegment'> & { regionCode?: string | null };
/** A fund as the field resolvers receive it: from the fund list (with its investments) or from a match. */
export type FundParent = FundElement & { regionCode?: string | null; investments?: FundRow['investments'] };
/** A platform as the field resolvers receive it: from the platform list or from a match. */
export type PlatformParent = PlatformElement & { regionCode?: string | null; hostId?: string | null };

export async function listParks(runner: QueryRunner, scope: string | null): Promise<ParkRowFull[]> {
  const rows = await runner.read<{ park: ParkRowFull }>('elements/list-parks', { scope });
  return rows.map((r) => r.park);
}

export interface ParkDetails {
  park: ParkRowFull;
  themeIds: string[];
  enterpriseIds: string[];
  projectIds: string[];
  parcelIds: string[];
}

export async function listParkDetails(runner: QueryRunner, ids: readonly string[], includeConfidential: boolean): Promise<Map<string, ParkDetails>> {
  const rows = await runner.read<ParkDetails & { id: string }>('elements/list-park-details', { ids: [...ids], includeConfidential });
  return new Map(rows.map((r) => [r.id, r]));
}

export interface ParcelFilter {
  scope?: string | null;
  parkId?: string | null;
  status?: string | null;
  segmentId?: string | null;
  ids?: string[] | null;
}

export interface ParcelRow extends Omit<ParcelElement, 'anySegment'> {
  regionCode: string | null;
}

export async function listParcels(runner: QueryRunner, filter: ParcelFilter): Promise<ParcelRow[]> {
  const rows = await runner.read<{ parcel: ParcelRow }>('elements/list-parcels', {
    scope: filter.scope ?? null,
    parkId: filter.parkId ?? null,
    status: filter.status ?? null,
    segmentId: filter.segmentId ?? null,
    ids: filter.ids ?? null,
  });
  return rows.map((r) => r.parcel);
}

export interface FundRow extends FundElement {
  regionCode: string | null;
  investments: Array<{ enterpriseId: string | null; projectId: string | null; amountYi: number | null; on: string | null }>;
}

export async function listFunds(runner: QueryRunner, ids: string[] | null = null): Promise<FundRow[]> {
  const rows = await runner.read<{ fund: FundRow }>('elements/list-funds', { ids });
  return rows.map((r) => r.fund);
}

export interface PlatformRow extends PlatformElement {
  regionCode: string | null;
  hostId: string | null;
}

export async function listPlatforms(runner: QueryRunner, scope: string | null): Promise<PlatformRow[]> {
  const rows = await runner.read<{ platform: PlatformRow }>('elements/list-platforms', { scope });
  return rows.map((r) => r.platform);
}

export async function listProjectElements(runner: QueryRunner, ids: readonly string[]) {
  const rows = await runner.read<{ id: string; landNeedMu: number | null; floorSpaceNeedSqm: number | null; parcelId: string | null }>('elements/list-project-elements', { ids: [...ids] });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Enterprises, segments, projects and regions by key, each list in the order of the keys given. */
export async function listNodesById(runner: QueryRunner, keys: { enterpriseIds?: string[]; segmentIds?: string[]; projectIds?: string[]; regionCodes?: string[] }) {
  const [row] = await runner.read<{ enterprises: EnterpriseRow[]; segments: SegmentRow[]; projects: ProjectRow[]; regions: RegionRow[] }>('elements/list-nodes-by-id', {
    enterpriseIds: keys.enterpriseIds ?? [],
    segmentIds: keys.segmentIds ?? [],
    projectIds: keys.projectIds ?? [],
    regionCodes: keys.regionCodes ?? [],
  });
  const inOrder = <R>(rows: R[], wanted: string[] | undefined, key: (row: R) => string) => {
    const map = new Map(rows.map((r) => [key(r), r]));
    return (wanted ?? []).flatMap((id) => (map.has(id) ? [map.get(id)!] : []));
  };
  return {
    enterprises: inOrder(row?.enterprises ?? [], keys.enterpriseIds, (e) => e.id),
    segments: inOrder(row?.segments ?? [], keys.segmentIds, (s) => s.id),
    projects: inOrder(row?.projects ?? [], keys.projectIds, (p) => p.id),
    regions: inOrder(row?.regions ?? [], keys.regionCodes, (r) => r.code),
  };
}

/** The years with figures in a scope, latest first. */
export async function listLandYears(runner: QueryRunner, scope: string): Promise<number[]> {
  const rows = await runner.read<{ year: number }>('elements/list-land-years', { scope });
  return rows.map((r) => r.year);
}
