/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChiefRole =
  /** 链长 */
  | 'CHIEF'
  /** 副链长 */
  | 'DEPUTY';

/** How concentrated a group of suppliers is, by its HHI. */
export type Concentration =
  /** HHI ≥ 0.25. */
  | 'HIGH'
  /** HHI < 0.15. */
  | 'LOW'
  /** 0.15 ≤ HHI < 0.25. */
  | 'MODERATE';

/**
 * How a console query ended: every row (COMPLETE), stopped at the row cap or the size budget
 * (TRUNCATED), or stopped by the timeout (TIMED_OUT, with the rows read until then).
 */
export type CypherStatus =
  | 'COMPLETE'
  | 'TIMED_OUT'
  | 'TRUNCATED';

/** An enterprise to create or replace (every field is written; omitted optional fields are cleared). */
export type EnterpriseInput = {
  /** YYYY-MM-DD */
  founded?: string | null | undefined;
  id: string;
  listed?: boolean | null | undefined;
  name: string;
  nameEn?: string | null | undefined;
  /** The region code it is located in. */
  regionCode: string;
  scale?: Scale | null | undefined;
  tags?: Array<string> | null | undefined;
  /** 统一社会信用代码, checked against its GB 32100-2015 check character. */
  uscc?: string | null | undefined;
};

/** What an enterprise makes in a segment. */
export type EnterpriseSegmentInput = {
  enterpriseId: string;
  evidence?: Evidence | null | undefined;
  products?: string | null | undefined;
  role?: string | null | undefined;
  segmentId: string;
  source?: string | null | undefined;
};

/** How well a link is supported: CONFIRMED needs a named public source. */
export type Evidence =
  | 'CONFIRMED'
  | 'INFERRED'
  | 'UNCERTAIN';

/** Which links an analysis trusts (仅已证实 switch). */
export type EvidenceMode =
  /** Every IN_SEGMENT and SUPPLIES link, whatever its evidence. */
  | 'ALL'
  /** Only links whose evidence is CONFIRMED place an enterprise in a segment or count as supply. */
  | 'CONFIRMED';

/** How a neighbour relates to the node it was found from. */
export type ExploreRelation =
  /** Its chain (from a segment). */
  | 'CHAIN'
  /** A direct sub-segment (from a segment). */
  | 'CHILD'
  /** An enterprise it SUPPLIES (from an enterprise). */
  | 'CUSTOMER'
  /** An enterprise IN_SEGMENT it (from a segment). */
  | 'ENTERPRISE'
  /** A segment that FEEDS it (from a segment). */
  | 'FED_BY'
  /** A segment it FEEDS (from a segment). */
  | 'FEEDS_TO'
  /** A chain it is 链主 of (from an enterprise). */
  | 'LEADS'
  /** The chain's 链主 (from a chain). */
  | 'MASTER'
  /** The segment it is a sub-segment of (from a segment). */
  | 'PARENT'
  /** A segment it is IN_SEGMENT (from an enterprise), or a top-level segment (from a chain). */
  | 'SEGMENT'
  /** An enterprise that SUPPLIES it (from an enterprise). */
  | 'SUPPLIER';

/** Status of a segment in a scope: STRONG (local ≥ strongAt), WEAK (0 < local < strongAt), MISSING (local = 0). */
export type GapStatus =
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

export type GapTaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

export type IndicatorKind =
  /** accumulates over the year (签约项目数, 投资额 …) */
  | 'FLOW'
  /** a level at a moment (企业数, 配套率 …) */
  | 'STOCK';

/** 亩均论英雄 grade by 亩均税收 (thresholds per deployment; default A ≥ 30, B ≥ 15, C ≥ 5 万元/亩). */
export type LandGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type MilestoneHealth =
  | 'DONE'
  | 'DONE_LATE'
  | 'DUE_SOON'
  | 'ON_TRACK'
  | 'OVERDUE';

export type Pace =
  /** actual ≥ expected × 1.05 */
  | 'AHEAD'
  /** actual < expected × 0.95 */
  | 'BEHIND'
  /** no actual yet */
  | 'NO_DATA'
  /** expected × 0.95 ≤ actual < expected × 1.05 */
  | 'ON_PACE';

export type ParcelStatus =
  | 'AVAILABLE'
  | 'RESERVED'
  | 'TRANSFERRED';

export type ParcelUse =
  | 'INDUSTRIAL'
  | 'MIXED'
  | 'RESEARCH'
  | 'WAREHOUSE';

/** 要素链: what a park offers. */
export type ParkKind =
  | 'INCUBATOR'
  | 'INDUSTRIAL_PARK'
  | 'THEME_PARK';

/** Which projects to list; every condition given must hold. */
export type ProjectFilter = {
  /** Only projects that TARGET a segment of this chain. Unknown: NOT_FOUND. */
  chainId?: string | null | undefined;
  /** Include confidential projects (only honoured for callers allowed to see them). */
  includeConfidential?: boolean | null | undefined;
  /** Only the projects of one list. */
  list?: ProjectList | null | undefined;
  /** Only projects LOCATED_IN this region or a region within it. Unknown: NOT_FOUND. */
  region?: string | null | undefined;
  /** Only projects that TARGET this segment or a segment below it. Unknown: NOT_FOUND. */
  segmentId?: string | null | undefined;
  /** Only these stages. Given together with `list`, a project must satisfy both. */
  stages?: Array<ProjectStage> | null | undefined;
};

export type ProjectHealth =
  | 'COMPLETE'
  | 'DUE_SOON'
  | 'NO_PLAN'
  | 'ON_TRACK'
  | 'OVERDUE';

/** A pipeline project to create or replace. */
export type ProjectInput = {
  /** The leader who pushes the project personally (顶格推进的包挂领导). */
  championOfficialId?: string | null | undefined;
  confidential?: boolean | null | undefined;
  enterpriseId?: string | null | undefined;
  /** Floor space the project needs, ㎡. */
  floorSpaceNeedSqm?: number | null | undefined;
  id: string;
  investmentYi?: number | null | undefined;
  /** A key project (重点项目). */
  key?: boolean | null | undefined;
  /** Land the project needs, 亩. */
  landNeedMu?: number | null | undefined;
  name: string;
  /** The parcel (地块) it is to land on. */
  parcelId?: string | null | undefined;
  parkId?: string | null | undefined;
  /** YYYY-MM-DD */
  plannedProductionOn?: string | null | undefined;
  regionCode: string;
  /** The person responsible (责任人), as the zone writes it (often a post). */
  responsiblePerson?: string | null | undefined;
  /** The unit responsible for the project (责任单位). */
  responsibleUnitId?: string | null | undefined;
  segmentId?: string | null | undefined;
  /** YYYY-MM-DD */
  signedOn?: string | null | undefined;
  stage: ProjectStage;
};

/** The five project lists of the pipeline (项目清单). */
export type ProjectList =
  /**
   * 固投支撑 (fixed-asset investment support): stage UNDER_CONSTRUCTION or IN_PRODUCTION with a
   * recorded investment greater than 0 亿元.
   */
  | 'INVESTMENT_SUPPORT'
  /** 在谈: stage NEGOTIATING. */
  | 'NEGOTIATING_LIST'
  /** 新拿地: stage LAND_ACQUIRED. */
  | 'NEW_LAND'
  /** 签约注册: stage SIGNED or REGISTERED. */
  | 'SIGNED_REGISTERED'
  /** 在建: stage UNDER_CONSTRUCTION. */
  | 'UNDER_CONSTRUCTION';

/** Pipeline stage of a project, in order; DROPPED ends a project without production. */
export type ProjectStage =
  | 'DROPPED'
  | 'IN_PRODUCTION'
  | 'LAND_ACQUIRED'
  | 'LEAD'
  | 'NEGOTIATING'
  | 'REGISTERED'
  | 'SIGNED'
  | 'UNDER_CONSTRUCTION';

/** Administrative level of a region. */
export type RegionLevel =
  | 'CITY'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'ZONE';

/**
 * A person's role: viewer (maps, lists, exports), analyst (+ console, confidential projects),
 * editor (+ every write and import), admin (+ users).
 */
export type Role =
  | 'admin'
  | 'analyst'
  | 'editor'
  | 'viewer';

/** Enterprise size class (大型/中型/小型/微型). */
export type Scale =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

/** Why a target scores what it does: one kind of reason. */
export type ScoreCode =
  /** One of its IN_SEGMENT links to the segment or a segment below it is CONFIRMED. */
  | 'CONFIRMED'
  /** It lies in the scope's province (outside the scope itself). */
  | 'IN_PROVINCE'
  /** It is listed. */
  | 'LISTED'
  /** Its size class. */
  | 'SCALE'
  /** It supplies a local enterprise that is not a 链主 of the segment's chain (once per enterprise). */
  | 'SUPPLIES_LOCAL'
  /** It supplies a local 链主 of the segment's chain (once per 链主). */
  | 'SUPPLIES_MASTER';

/** What a search hit is. */
export type SearchKind =
  | 'CHAIN'
  | 'ENTERPRISE'
  | 'SEGMENT';

/** A segment to create or replace. */
export type SegmentInput = {
  chainId: string;
  id: string;
  name: string;
  nameEn?: string | null | undefined;
  order?: number | null | undefined;
  /** The parent segment; null for a top-level segment of the chain. */
  parentId?: string | null | undefined;
  stage: Stage;
};

/** What an enterprise does in a segment (角色): makes it, researches it, serves it or trades it. */
export type SegmentRole =
  | 'PRODUCER'
  | 'RESEARCH'
  | 'SERVICE'
  | 'TRADER';

/** Value-chain position of a segment: columns of the chain map, left to right. */
export type Stage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

/** A supplier link: `supplierId` supplies `customerId`. */
export type SupplyInput = {
  customerId: string;
  evidence?: Evidence | null | undefined;
  products?: string | null | undefined;
  /** YYYY-MM-DD */
  since?: string | null | undefined;
  source?: string | null | undefined;
  supplierId: string;
};

export type TeamRole =
  /** 牵头单位 */
  | 'LEAD'
  /** 成员单位 */
  | 'MEMBER';

export type WorkChainFilter = {
  chainId?: string | null | undefined;
  health?: ProjectHealth | null | undefined;
  /** only key projects (true) or only the others (false) */
  key?: boolean | null | undefined;
  list?: ProjectList | null | undefined;
  region?: string | null | undefined;
  unitId?: string | null | undefined;
};

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ name: string, role: Role, createdAt: string, tokens: Array<{ id: string, label: string | null, createdAt: string }> }> };

export type AuditQueryVariables = Exact<{
  user?: string | null | undefined;
  action?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type AuditQuery = { auditLog: Array<{ id: string, at: string, user: string, action: string, target: string | null, detail: string | null, address: string | null }> };

export type CreateUserMutationVariables = Exact<{
  name: string;
  role: Role;
}>;


export type CreateUserMutation = { createUser: { password: string, user: { name: string } } };

export type SetRoleMutationVariables = Exact<{
  name: string;
  role: Role;
}>;


export type SetRoleMutation = { setUserRole: { name: string, role: Role } };

export type RevokeMutationVariables = Exact<{
  id: string;
}>;


export type RevokeMutation = { revokeApiToken: boolean };

export type RemoveMutationVariables = Exact<{
  name: string;
}>;


export type RemoveMutation = { removeUser: boolean };

export type ChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainsQuery = { chains: Array<{ id: string, name: string, nameEn: string | null, description: string | null, masters: Array<{ id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null }>, segments: Array<{ id: string }> }> };

export type PipelineChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineChainsQuery = { chains: Array<{ id: string, name: string, nameEn: string | null }> };

export type CardStatusQueryVariables = Exact<{
  chainId: string;
  evidence?: EvidenceMode | null | undefined;
}>;


export type CardStatusQuery = { chainStatus: { scope: { name: string }, summary: { strong: number, weak: number, missing: number, filling: number, broken: number }, segments: Array<{ activeProjectIds: Array<string>, segment: { id: string, depth: number } }> } };

export type PanoramaQueryVariables = Exact<{
  chainId: string;
  perSegment?: number | null | undefined;
  evidence?: EvidenceMode | null | undefined;
}>;


export type PanoramaQuery = { panorama: { chain: { id: string, name: string, nameEn: string | null, description: string | null, masters: Array<{ id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null }> }, segments: Array<{ enterpriseCount: number, segment: { id: string, chainId: string, name: string, nameEn: string | null, stage: Stage, order: number | null, parentId: string | null, depth: number }, enterprises: Array<{ id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null }> }>, flows: Array<{ from: string, to: string }> } };

export type ChainStatusQueryVariables = Exact<{
  chainId: string;
  scope?: string | null | undefined;
  strongAt?: number | null | undefined;
  projected?: boolean | null | undefined;
  evidence?: EvidenceMode | null | undefined;
}>;


export type ChainStatusQuery = { chainStatus: { strongAt: number, projected: boolean, scope: { code: string, name: string, level: RegionLevel, parentCode: string | null }, segments: Array<{ localCount: number, status: GapStatus, filling: boolean, activeProjectIds: Array<string>, segment: { id: string } }>, brokenLinks: Array<{ from: { id: string }, to: { id: string } }>, summary: { strong: number, weak: number, missing: number, filling: number, broken: number } } };

export type ChainStatusListsQueryVariables = Exact<{
  chainId: string;
  scope?: string | null | undefined;
  evidence?: EvidenceMode | null | undefined;
}>;


export type ChainStatusListsQuery = { chainStatus: { segments: Array<{ segment: { id: string }, localEnterprises: Array<{ id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null }>, activeProjects: Array<{ id: string, name: string, stage: ProjectStage, investmentYi: number | null, signedOn: string | null, plannedProductionOn: string | null, confidential: boolean, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null } | null, segment: { id: string, name: string, nameEn: string | null, chainId: string } | null, region: { code: string, name: string } | null }> }> } };

export type SegmentLocalsQueryVariables = Exact<{
  chainId: string;
  segmentId: string;
  scope?: string | null | undefined;
  evidence?: EvidenceMode | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SegmentLocalsQuery = { segmentLocals: { totalCount: number, endCursor: string | null, hasNextPage: boolean, enterprises: Array<{ id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null }> } };

export type HomeQueryVariables = Exact<{
  chainId: string;
}>;


export type HomeQuery = { chainStatus: { scope: { code: string, name: string, level: RegionLevel, parentCode: string | null } } };

export type WhatIfQueryVariables = Exact<{
  chainId: string;
  scope?: string | null | undefined;
  strongAt?: number | null | undefined;
  evidence?: EvidenceMode | null | undefined;
  remove?: Array<string> | string | null | undefined;
  add?: Array<string> | string | null | undefined;
}>;


export type WhatIfQuery = { whatIf: { changes: Array<{ beforeCount: number, afterCount: number, before: GapStatus, after: GapStatus, segment: { id: string } }>, brokenBefore: Array<{ from: { id: string }, to: { id: string } }>, brokenAfter: Array<{ from: { id: string }, to: { id: string } }>, masterRate: { before: number | null, after: number | null, master: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null } } | null } };

export type OpenTasksQueryVariables = Exact<{
  chainId: string;
}>;


export type OpenTasksQuery = { gapTasks: Array<{ segment: { id: string }, unit: { name: string } | null }> };

export type BenchmarkQueryVariables = Exact<{
  chainId: string;
  scopes: Array<string> | string;
  strongAt?: number | null | undefined;
  evidence?: EvidenceMode | null | undefined;
}>;


export type BenchmarkQuery = { benchmark: { chain: { id: string, name: string, nameEn: string | null }, scopes: Array<{ strong: number, weak: number, missing: number, leaves: number, coverage: number | null, region: { code: string, name: string } }>, segments: Array<{ segment: { id: string, name: string, nameEn: string | null, stage: Stage, depth: number, parentId: string | null }, cells: Array<{ scope: string, localCount: number, status: GapStatus }> }>, gaps: Array<{ inPipeline: boolean, segment: { id: string, name: string, nameEn: string | null }, peer: { code: string, name: string }, enterprises: Array<{ id: string, name: string, nameEn: string | null, region: { name: string } | null }>, pipelineEnterprises: Array<{ id: string }> }> } };

export type ConsoleQueryVariables = Exact<{
  query: string;
  params?: unknown;
}>;


export type ConsoleQuery = { cypher: { columns: Array<string>, rows: Array<Array<unknown> | null>, rowCount: number, truncated: boolean, timedOut: boolean, status: CypherStatus, elapsedMs: number, graph: { nodes: Array<{ id: string, key: string | null, labels: Array<string>, properties: unknown }>, edges: Array<{ id: string, type: string, from: string, to: string }> } | null } };

export type ConsoleListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleListsQuery = { exampleQueries: Array<{ id: string, title: string, titleEn: string, description: string, descriptionEn: string, query: string, params: unknown }>, savedQueries: Array<{ id: string, name: string, query: string, params: unknown, mine: boolean, shared: boolean }> };

export type SaveMutationVariables = Exact<{
  name: string;
  query: string;
  params?: unknown;
  shared?: boolean | null | undefined;
}>;


export type SaveMutation = { saveQuery: { id: string } };

export type DeleteSavedQueryMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSavedQueryMutation = { deleteSavedQuery: boolean };

export type ElementMatchQueryVariables = Exact<{
  segmentId: string;
  projectId?: string | null | undefined;
  scope?: string | null | undefined;
}>;


export type ElementMatchQuery = { elementMatch: { needs: { investmentYi: number | null, landNeedMu: number | null, floorSpaceNeedSqm: number | null, intensityWanPerMu: number | null } | null, parks: Array<{ reasons: Array<string>, fits: boolean, ownSegment: boolean, park: { id: string, name: string } }>, parcels: Array<{ reasons: Array<string>, fits: boolean, tooSmall: boolean, parcel: { id: string, name: string, areaMu: number } }>, funds: Array<{ reasons: Array<string>, fund: { id: string, name: string, sizeYi: number } }>, platforms: Array<{ reasons: Array<string>, platform: { id: string, name: string } }> } };

export type ElementLayerQueryVariables = Exact<{
  chainId: string;
  scope?: string | null | undefined;
}>;


export type ElementLayerQuery = { elementLayer: Array<{ vacantSqm: number, availableMu: number, segment: { id: string }, parks: Array<{ id: string }>, parcels: Array<{ id: string }>, funds: Array<{ id: string }>, platforms: Array<{ id: string }> }> };

export type ParkCardFieldsFragment = { id: string, name: string, kind: ParkKind | null, operator: string | null, areaMu: number | null, floorSpaceSqm: number | null, vacantSqm: number | null, rentYuanSqmMonth: number | null, description: string | null, enterpriseCount: number, themes: Array<{ id: string, name: string, nameEn: string | null }>, projects: Array<{ id: string, name: string, stage: ProjectStage }> };

export type ParksQueryVariables = Exact<{
  scope?: string | null | undefined;
}>;


export type ParksQuery = { parks: Array<{ id: string, name: string, kind: ParkKind | null, operator: string | null, areaMu: number | null, floorSpaceSqm: number | null, vacantSqm: number | null, rentYuanSqmMonth: number | null, description: string | null, enterpriseCount: number, themes: Array<{ id: string, name: string, nameEn: string | null }>, projects: Array<{ id: string, name: string, stage: ProjectStage }> }> };

export type ParkQueryVariables = Exact<{
  id: string;
}>;


export type ParkQuery = { park: { id: string, name: string, kind: ParkKind | null, operator: string | null, areaMu: number | null, floorSpaceSqm: number | null, vacantSqm: number | null, rentYuanSqmMonth: number | null, description: string | null, enterpriseCount: number, region: { code: string, name: string } | null, enterprises: Array<{ id: string, name: string, nameEn: string | null }>, parcels: Array<{ id: string, name: string, areaMu: number, status: ParcelStatus, use: ParcelUse | null, minInvestmentWanPerMu: number | null, minTaxWanPerMu: number | null, availableFrom: string | null }>, themes: Array<{ id: string, name: string, nameEn: string | null }>, projects: Array<{ id: string, name: string, stage: ProjectStage }> } | null };

export type LandQueryVariables = Exact<{
  year: number;
  scope?: string | null | undefined;
  chainId?: string | null | undefined;
  parkId?: string | null | undefined;
}>;


export type LandQuery = { landEfficiency: Array<{ year: number, taxWan: number, outputWan: number | null, landMu: number, taxPerMu: number, outputPerMu: number | null, grade: LandGrade, rank: number, enterprise: { id: string, name: string, nameEn: string | null } }> };

export type LandYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type LandYearsQuery = { landEfficiencyYears: Array<number> };

export type LandDistQueryVariables = Exact<{
  year: number;
  scope?: string | null | undefined;
}>;


export type LandDistQuery = { landGradeDistribution: { thresholdA: number, thresholdB: number, thresholdC: number, chains: Array<{ id: string, name: string, a: number, b: number, c: number, d: number }>, parks: Array<{ id: string, name: string, a: number, b: number, c: number, d: number }> } };

export type EnterpriseQueryVariables = Exact<{
  id: string;
}>;


export type EnterpriseQuery = { enterprise: { uscc: string | null, founded: string | null, tags: Array<string>, id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, segments: Array<{ role: SegmentRole, products: string | null, evidence: Evidence | null, source: string | null, segment: { id: string, chainId: string, name: string, nameEn: string | null } }>, suppliers: Array<{ products: string | null, since: string | null, evidence: Evidence | null, source: string | null, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null } }>, customers: Array<{ products: string | null, since: string | null, evidence: Evidence | null, source: string | null, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null } }>, parks: Array<{ since: string | null, park: { id: string, name: string } }>, projects: Array<{ id: string, name: string, stage: ProjectStage, investmentYi: number | null, signedOn: string | null, plannedProductionOn: string | null, confidential: boolean, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null } | null, segment: { id: string, name: string, nameEn: string | null, chainId: string } | null, region: { code: string, name: string } | null }>, leads: Array<{ id: string, name: string, nameEn: string | null }>, region: { code: string, name: string } | null } | null };

export type UpsertMutationVariables = Exact<{
  input: EnterpriseInput;
}>;


export type UpsertMutation = { upsertEnterprise: { id: string } };

export type DeleteEnterpriseMutationVariables = Exact<{
  id: string;
}>;


export type DeleteEnterpriseMutation = { deleteEnterprise: boolean };

export type SetSupplyMutationVariables = Exact<{
  input: SupplyInput;
}>;


export type SetSupplyMutation = { setSupply: boolean };

export type UnsupplyMutationVariables = Exact<{
  s: string;
  c: string;
}>;


export type UnsupplyMutation = { removeSupply: boolean };

export type PlaceMutationVariables = Exact<{
  input: EnterpriseSegmentInput;
}>;


export type PlaceMutation = { setEnterpriseSegment: boolean };

export type UnplaceMutationVariables = Exact<{
  e: string;
  s: string;
}>;


export type UnplaceMutation = { removeEnterpriseSegment: boolean };

export type NetworkQueryVariables = Exact<{
  id: string;
  tiers?: number | null | undefined;
  scope?: string | null | undefined;
  evidence?: EvidenceMode | null | undefined;
}>;


export type NetworkQuery = { supplierNetwork: { truncated: boolean, center: { id: string, name: string, nameEn: string | null }, nodes: Array<{ tier: number, local: boolean, enterprise: { id: string, name: string, nameEn: string | null, region: { name: string } | null }, group: { id: string, name: string, nameEn: string | null } | null }>, edges: Array<{ from: string, to: string, evidence: Evidence | null, source: string | null }> }, supportingRate: { scope: { code: string, name: string }, tier1: { local: number, total: number, rate: number | null }, tier2: { local: number, total: number, rate: number | null }, bySegment: Array<{ local: number, total: number, rate: number | null, segment: { id: string, name: string, nameEn: string | null } }> }, resilience: { suppliers: number, foreign: number, foreignShare: number | null, soleChannelCount: number, segments: Array<{ suppliers: number, local: number, foreign: number, hhi: number, sharesUsed: boolean, singleSource: boolean, concentration: Concentration, segment: { id: string, name: string, nameEn: string | null } | null }>, soleChannels: Array<{ carriesCount: number, enterprise: { id: string, name: string, nameEn: string | null }, carries: Array<{ id: string, name: string, nameEn: string | null }> }> } };

export type ResilienceSuppliersQueryVariables = Exact<{
  id: string;
  scope?: string | null | undefined;
  evidence?: EvidenceMode | null | undefined;
  segmentId?: string | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ResilienceSuppliersQuery = { resilienceSuppliers: { total: number, offset: number, suppliers: Array<{ share: number | null, local: boolean, foreign: boolean, enterprise: { id: string, name: string, nameEn: string | null } }> } };

export type ResilienceSoleChannelsQueryVariables = Exact<{
  id: string;
  evidence?: EvidenceMode | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ResilienceSoleChannelsQuery = { resilienceSoleChannels: { total: number, offset: number, channels: Array<{ carriesCount: number, enterprise: { id: string, name: string, nameEn: string | null }, carries: Array<{ id: string, name: string, nameEn: string | null }> }> } };

export type EnterpriseRefFragment = { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null };

export type SegmentFieldsFragment = { id: string, chainId: string, name: string, nameEn: string | null, stage: Stage, order: number | null, parentId: string | null, depth: number };

export type RegionFieldsFragment = { code: string, name: string, level: RegionLevel, parentCode: string | null };

export type ProjectRefFragment = { id: string, name: string, stage: ProjectStage, investmentYi: number | null, signedOn: string | null, plannedProductionOn: string | null, confidential: boolean, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null } | null, segment: { id: string, name: string, nameEn: string | null, chainId: string } | null, region: { code: string, name: string } | null };

export type TargetFieldsFragment = { score: number, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null }, breakdown: Array<{ reason: string, reasonEn: string, code: ScoreCode, points: number }> };

export type GovernanceQueryVariables = Exact<{
  chainId: string;
  year: number;
  asOf?: string | null | undefined;
}>;


export type GovernanceQuery = { chain: { id: string, name: string, nameEn: string | null, masters: Array<{ id: string, name: string }> } | null, chainGovernance: { asOf: string, chiefs: Array<{ role: ChiefRole, official: { id: string, name: string, post: string } }>, team: Array<{ role: TeamRole, unit: { id: string, name: string } }>, policies: Array<{ id: string, title: string, docNumber: string | null, issuedOn: string | null, url: string | null, summary: string | null }>, targets: Array<{ indicator: string, name: string | null, value: number, unit: string | null, kind: IndicatorKind, computed: boolean, actual: number | null, progress: number | null, expected: number, pace: Pace }>, gapTasks: Array<{ id: string, title: string, owner: string | null, dueOn: string | null, status: GapTaskStatus, segment: { id: string, name: string }, unit: { id: string, name: string } | null }>, unassignedGaps: Array<{ id: string, name: string, status: GapStatus }> }, workChain: Array<{ health: ProjectHealth, daysOverdue: number, project: { id: string, name: string }, responsibleUnit: { name: string } | null }> };

export type WorkChainQueryVariables = Exact<{
  asOf?: string | null | undefined;
  filter?: WorkChainFilter | null | undefined;
  chainId?: string | null | undefined;
}>;


export type WorkChainQuery = { chains: Array<{ id: string, name: string, nameEn: string | null }>, workChain: Array<{ health: ProjectHealth, daysOverdue: number, responsiblePerson: string | null, project: { id: string, name: string, stage: ProjectStage, key: boolean }, responsibleUnit: { id: string, name: string } | null, champion: { id: string, name: string } | null, milestones: Array<{ id: string, name: string, plannedOn: string, doneOn: string | null, health: MilestoneHealth, daysOverdue: number }> }>, unitScorecard: Array<{ overdue: number, dueSoon: number, onTrack: number, done: number, doneLate: number, projects: number, unit: { id: string, name: string } }> };

export type DoneMutationVariables = Exact<{
  id: string;
  doneOn: string;
}>;


export type DoneMutation = { markMilestoneDone: boolean };

export type BulletinQueryVariables = Exact<{
  from: string;
  to: string;
  asOf?: string | null | undefined;
}>;


export type BulletinQuery = { bulletin: { number: string, title: string, from: string, to: string, asOf: string, projects: number, byHealth: Array<{ health: ProjectHealth, count: number }>, byList: Array<{ list: ProjectList, count: number, overdue: number }>, overdueByUnit: Array<{ unit: { id: string, name: string } | null, items: Array<{ plannedOn: string, daysOverdue: number, responsiblePerson: string | null, project: { id: string, name: string }, milestone: { id: string, name: string }, champion: { name: string } | null }> }>, doneInPeriod: Array<{ plannedOn: string, doneOn: string, late: boolean, project: { name: string }, milestone: { name: string }, responsibleUnit: { name: string } | null }>, stageChanges: Array<{ projectName: string, from: ProjectStage | null, to: ProjectStage, on: string, user: string | null }>, unassignedGaps: Array<{ chain: { id: string, name: string }, segments: Array<{ id: string, name: string, status: GapStatus }> }> } };

export type ImportMutationVariables = Exact<{
  filename: string;
  contentBase64: string;
  dryRun?: boolean | null | undefined;
  lang?: string | null | undefined;
}>;


export type ImportMutation = { importWorkbook: { ok: boolean, dryRun: boolean, errors: Array<{ table: string, row: number | null, column: string | null, message: string, sheet: string | null, header: string | null }>, counts: Array<{ table: string, rows: number, created: number, updated: number }> } };

export type WorkbookFormatQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkbookFormatQuery = { workbookFormat: Array<{ name: string, sheet: string, examples: Array<unknown>, columns: Array<{ name: string, header: string, required: boolean, kind: string, description: string, descriptionEn: string, values: Array<string> }> }> };

export type PipelineQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  scope?: string | null | undefined;
}>;


export type PipelineQuery = { projects: Array<{ id: string, name: string, stage: ProjectStage, investmentYi: number | null, signedOn: string | null, plannedProductionOn: string | null, confidential: boolean, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null } | null, segment: { id: string, name: string, nameEn: string | null, chainId: string } | null, region: { code: string, name: string } | null }> };

export type ZoneProjectsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
}>;


export type ZoneProjectsQuery = { projects: Array<{ id: string, stage: ProjectStage, investmentYi: number | null }> };

export type SegmentPipelineQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
}>;


export type SegmentPipelineQuery = { projects: Array<{ id: string, name: string, stage: ProjectStage, confidential: boolean, enterprise: { id: string } | null }> };

export type ChainProjectsQueryVariables = Exact<{
  chainId: string;
  scope?: string | null | undefined;
}>;


export type ChainProjectsQuery = { projects: Array<{ id: string, name: string, stage: ProjectStage, investmentYi: number | null, signedOn: string | null, plannedProductionOn: string | null, confidential: boolean, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null } | null, segment: { id: string, name: string, nameEn: string | null, chainId: string } | null, region: { code: string, name: string } | null }> };

export type ProjectForEditQueryVariables = Exact<{
  id: string;
}>;


export type ProjectForEditQuery = { project: { id: string, name: string, stage: ProjectStage, investmentYi: number | null, signedOn: string | null, plannedProductionOn: string | null, confidential: boolean, landNeedMu: number | null, floorSpaceNeedSqm: number | null, enterprise: { id: string, name: string } | null, segment: { id: string, name: string } | null, region: { code: string } | null, park: { id: string, name: string } | null, parcel: { id: string } | null } | null };

export type UpsertProjectMutationVariables = Exact<{
  input: ProjectInput;
}>;


export type UpsertProjectMutation = { upsertProject: { id: string } };

export type DeleteProjectMutationVariables = Exact<{
  id: string;
}>;


export type DeleteProjectMutation = { deleteProject: boolean };

export type MoveMutationVariables = Exact<{
  id: string;
  stage: ProjectStage;
}>;


export type MoveMutation = { moveProject: { id: string, stage: ProjectStage } };

export type CreateLeadMutationVariables = Exact<{
  segmentId: string;
  enterpriseId: string;
  scope?: string | null | undefined;
}>;


export type CreateLeadMutation = { createProjectFromTarget: { id: string, name: string } };

export type RegionQueryVariables = Exact<{
  code: string;
}>;


export type RegionQuery = { region: { code: string, name: string, level: RegionLevel, parentCode: string | null } | null };

export type RegionsQueryVariables = Exact<{
  parent?: string | null | undefined;
}>;


export type RegionsQuery = { regions: Array<{ code: string, name: string, level: RegionLevel, parentCode: string | null }> };

export type SearchQueryVariables = Exact<{
  query: string;
}>;


export type SearchQuery = { search: Array<{ kind: SearchKind, id: string, name: string, chainId: string | null, score: number, enterprise: { region: { name: string } | null, segments: Array<{ segment: { id: string, name: string, nameEn: string | null } }> } | null }> };

export type NeighborsQueryVariables = Exact<{
  kind: SearchKind;
  id: string;
  relation?: ExploreRelation | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborsQuery = { neighbors: { node: { kind: SearchKind, id: string, name: string, nameEn: string | null, chainId: string | null, local: boolean | null }, groups: Array<{ relation: ExploreRelation, total: number, nodes: Array<{ kind: SearchKind, id: string, name: string, nameEn: string | null, chainId: string | null, local: boolean | null }> }> } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ directed: boolean, nodes: Array<{ id: string, name: string, nameEn: string | null }>, edges: Array<{ from: string, to: string }> }>, target: { id: string, name: string, nameEn: string | null } | null };

export type MeFieldsFragment = { name: string, role: Role, allowedOperations: Array<string> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, role: Role, allowedOperations: Array<string> } | null };

export type SignInMutationVariables = Exact<{
  name: string;
  password: string;
}>;


export type SignInMutation = { signIn: { name: string, role: Role, allowedOperations: Array<string> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type UpsertSegmentMutationVariables = Exact<{
  input: SegmentInput;
}>;


export type UpsertSegmentMutation = { upsertSegment: { id: string } };

export type DeleteSegmentMutationVariables = Exact<{
  id: string;
}>;


export type DeleteSegmentMutation = { deleteSegment: boolean };

export type AddFlowMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type AddFlowMutation = { addFlow: boolean };

export type RemoveFlowMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type RemoveFlowMutation = { removeFlow: boolean };

export type TargetsQueryVariables = Exact<{
  segmentId: string;
  scope?: string | null | undefined;
  limit?: number | null | undefined;
  evidence?: EvidenceMode | null | undefined;
}>;


export type TargetsQuery = { targets: Array<{ score: number, enterprise: { id: string, name: string, nameEn: string | null, scale: Scale | null, listed: boolean | null, region: { code: string, name: string } | null }, breakdown: Array<{ reason: string, reasonEn: string, code: ScoreCode, points: number }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ParkCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ParkCardFields on Park {
  id
  name
  kind
  operator
  areaMu
  floorSpaceSqm
  vacantSqm
  rentYuanSqmMonth
  description
  themes {
    id
    name
    nameEn
  }
  enterpriseCount
  projects {
    id
    name
    stage
  }
}
    `, {"fragmentName":"ParkCardFields"}) as unknown as TypedDocumentString<ParkCardFieldsFragment, unknown>;
export const SegmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment SegmentFields on Segment {
  id
  chainId
  name
  nameEn
  stage
  order
  parentId
  depth
}
    `, {"fragmentName":"SegmentFields"}) as unknown as TypedDocumentString<SegmentFieldsFragment, unknown>;
export const RegionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegionFields on Region {
  code
  name
  level
  parentCode
}
    `, {"fragmentName":"RegionFields"}) as unknown as TypedDocumentString<RegionFieldsFragment, unknown>;
export const EnterpriseRefFragmentDoc = new TypedDocumentString(`
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}
    `, {"fragmentName":"EnterpriseRef"}) as unknown as TypedDocumentString<EnterpriseRefFragment, unknown>;
export const ProjectRefFragmentDoc = new TypedDocumentString(`
    fragment ProjectRef on Project {
  id
  name
  stage
  investmentYi
  signedOn
  plannedProductionOn
  confidential
  enterprise {
    ...EnterpriseRef
  }
  segment {
    id
    name
    nameEn
    chainId
  }
  region {
    code
    name
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}`, {"fragmentName":"ProjectRef"}) as unknown as TypedDocumentString<ProjectRefFragment, unknown>;
export const TargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetFields on Target {
  enterprise {
    ...EnterpriseRef
  }
  score
  breakdown {
    reason
    reasonEn
    code
    points
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}`, {"fragmentName":"TargetFields"}) as unknown as TypedDocumentString<TargetFieldsFragment, unknown>;
export const MeFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeFields on Me {
  name
  role
  allowedOperations
}
    `, {"fragmentName":"MeFields"}) as unknown as TypedDocumentString<MeFieldsFragment, unknown>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    name
    role
    createdAt
    tokens {
      id
      label
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($user: String, $action: String, $limit: Int) {
  auditLog(user: $user, action: $action, limit: $limit) {
    id
    at
    user
    action
    target
    detail
    address
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($name: String!, $role: Role!) {
  createUser(name: $name, role: $role) {
    user {
      name
    }
    password
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const SetRoleDocument = new TypedDocumentString(`
    mutation SetRole($name: String!, $role: Role!) {
  setUserRole(name: $name, role: $role) {
    name
    role
  }
}
    `) as unknown as TypedDocumentString<SetRoleMutation, SetRoleMutationVariables>;
export const RevokeDocument = new TypedDocumentString(`
    mutation Revoke($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeMutation, RevokeMutationVariables>;
export const RemoveDocument = new TypedDocumentString(`
    mutation Remove($name: String!) {
  removeUser(name: $name)
}
    `) as unknown as TypedDocumentString<RemoveMutation, RemoveMutationVariables>;
export const ChainsDocument = new TypedDocumentString(`
    query Chains {
  chains {
    id
    name
    nameEn
    description
    masters {
      ...EnterpriseRef
    }
    segments {
      id
    }
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}`) as unknown as TypedDocumentString<ChainsQuery, ChainsQueryVariables>;
export const PipelineChainsDocument = new TypedDocumentString(`
    query PipelineChains {
  chains {
    id
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<PipelineChainsQuery, PipelineChainsQueryVariables>;
export const CardStatusDocument = new TypedDocumentString(`
    query CardStatus($chainId: ID!, $evidence: EvidenceMode) {
  chainStatus(chainId: $chainId, evidence: $evidence) {
    scope {
      name
    }
    summary {
      strong
      weak
      missing
      filling
      broken
    }
    segments {
      segment {
        id
        depth
      }
      activeProjectIds
    }
  }
}
    `) as unknown as TypedDocumentString<CardStatusQuery, CardStatusQueryVariables>;
export const PanoramaDocument = new TypedDocumentString(`
    query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {
  panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {
    chain {
      id
      name
      nameEn
      description
      masters {
        ...EnterpriseRef
      }
    }
    segments {
      segment {
        ...SegmentFields
      }
      enterprises {
        ...EnterpriseRef
      }
      enterpriseCount
    }
    flows {
      from
      to
    }
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}
fragment SegmentFields on Segment {
  id
  chainId
  name
  nameEn
  stage
  order
  parentId
  depth
}`) as unknown as TypedDocumentString<PanoramaQuery, PanoramaQueryVariables>;
export const ChainStatusDocument = new TypedDocumentString(`
    query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {
  chainStatus(
    chainId: $chainId
    scope: $scope
    strongAt: $strongAt
    projected: $projected
    evidence: $evidence
  ) {
    scope {
      ...RegionFields
    }
    strongAt
    projected
    segments {
      segment {
        id
      }
      localCount
      status
      filling
      activeProjectIds
    }
    brokenLinks {
      from {
        id
      }
      to {
        id
      }
    }
    summary {
      strong
      weak
      missing
      filling
      broken
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parentCode
}`) as unknown as TypedDocumentString<ChainStatusQuery, ChainStatusQueryVariables>;
export const ChainStatusListsDocument = new TypedDocumentString(`
    query ChainStatusLists($chainId: ID!, $scope: ID, $evidence: EvidenceMode) {
  chainStatus(chainId: $chainId, scope: $scope, evidence: $evidence) {
    segments {
      segment {
        id
      }
      localEnterprises {
        ...EnterpriseRef
      }
      activeProjects {
        ...ProjectRef
      }
    }
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}
fragment ProjectRef on Project {
  id
  name
  stage
  investmentYi
  signedOn
  plannedProductionOn
  confidential
  enterprise {
    ...EnterpriseRef
  }
  segment {
    id
    name
    nameEn
    chainId
  }
  region {
    code
    name
  }
}`) as unknown as TypedDocumentString<ChainStatusListsQuery, ChainStatusListsQueryVariables>;
export const SegmentLocalsDocument = new TypedDocumentString(`
    query SegmentLocals($chainId: ID!, $segmentId: ID!, $scope: ID, $evidence: EvidenceMode, $first: Int, $after: ID) {
  segmentLocals(
    chainId: $chainId
    segmentId: $segmentId
    scope: $scope
    evidence: $evidence
    first: $first
    after: $after
  ) {
    totalCount
    enterprises {
      ...EnterpriseRef
    }
    endCursor
    hasNextPage
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}`) as unknown as TypedDocumentString<SegmentLocalsQuery, SegmentLocalsQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($chainId: ID!) {
  chainStatus(chainId: $chainId) {
    scope {
      ...RegionFields
    }
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parentCode
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const WhatIfDocument = new TypedDocumentString(`
    query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {
  whatIf(
    chainId: $chainId
    scope: $scope
    strongAt: $strongAt
    evidence: $evidence
    remove: $remove
    add: $add
  ) {
    changes {
      segment {
        id
      }
      beforeCount
      afterCount
      before
      after
    }
    brokenBefore {
      from {
        id
      }
      to {
        id
      }
    }
    brokenAfter {
      from {
        id
      }
      to {
        id
      }
    }
    masterRate {
      master {
        ...EnterpriseRef
      }
      before
      after
    }
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}`) as unknown as TypedDocumentString<WhatIfQuery, WhatIfQueryVariables>;
export const OpenTasksDocument = new TypedDocumentString(`
    query OpenTasks($chainId: ID!) {
  gapTasks(chainId: $chainId, status: OPEN) {
    segment {
      id
    }
    unit {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OpenTasksQuery, OpenTasksQueryVariables>;
export const BenchmarkDocument = new TypedDocumentString(`
    query Benchmark($chainId: ID!, $scopes: [ID!]!, $strongAt: Int, $evidence: EvidenceMode) {
  benchmark(
    chainId: $chainId
    scopes: $scopes
    strongAt: $strongAt
    evidence: $evidence
  ) {
    chain {
      id
      name
      nameEn
    }
    scopes {
      region {
        code
        name
      }
      strong
      weak
      missing
      leaves
      coverage
    }
    segments {
      segment {
        id
        name
        nameEn
        stage
        depth
        parentId
      }
      cells {
        scope
        localCount
        status
      }
    }
    gaps {
      segment {
        id
        name
        nameEn
      }
      peer {
        code
        name
      }
      enterprises {
        id
        name
        nameEn
        region {
          name
        }
      }
      inPipeline
      pipelineEnterprises {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchmarkQuery, BenchmarkQueryVariables>;
export const ConsoleDocument = new TypedDocumentString(`
    query Console($query: String!, $params: JSON) {
  cypher(query: $query, params: $params) {
    columns
    rows
    rowCount
    truncated
    timedOut
    status
    elapsedMs
    graph {
      nodes {
        id
        key
        labels
        properties
      }
      edges {
        id
        type
        from
        to
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleQuery, ConsoleQueryVariables>;
export const ConsoleListsDocument = new TypedDocumentString(`
    query ConsoleLists {
  exampleQueries {
    id
    title
    titleEn
    description
    descriptionEn
    query
    params
  }
  savedQueries {
    id
    name
    query
    params
    mine
    shared
  }
}
    `) as unknown as TypedDocumentString<ConsoleListsQuery, ConsoleListsQueryVariables>;
export const SaveDocument = new TypedDocumentString(`
    mutation Save($name: String!, $query: String!, $params: JSON, $shared: Boolean) {
  saveQuery(name: $name, query: $query, params: $params, shared: $shared) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveMutation, SaveMutationVariables>;
export const DeleteSavedQueryDocument = new TypedDocumentString(`
    mutation DeleteSavedQuery($id: ID!) {
  deleteSavedQuery(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSavedQueryMutation, DeleteSavedQueryMutationVariables>;
export const ElementMatchDocument = new TypedDocumentString(`
    query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {
  elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {
    needs {
      investmentYi
      landNeedMu
      floorSpaceNeedSqm
      intensityWanPerMu
    }
    parks {
      park {
        id
        name
      }
      reasons
      fits
      ownSegment
    }
    parcels {
      parcel {
        id
        name
        areaMu
      }
      reasons
      fits
      tooSmall
    }
    funds {
      fund {
        id
        name
        sizeYi
      }
      reasons
    }
    platforms {
      platform {
        id
        name
      }
      reasons
    }
  }
}
    `) as unknown as TypedDocumentString<ElementMatchQuery, ElementMatchQueryVariables>;
export const ElementLayerDocument = new TypedDocumentString(`
    query ElementLayer($chainId: ID!, $scope: ID) {
  elementLayer(chainId: $chainId, scope: $scope) {
    segment {
      id
    }
    parks {
      id
    }
    vacantSqm
    parcels {
      id
    }
    availableMu
    funds {
      id
    }
    platforms {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ElementLayerQuery, ElementLayerQueryVariables>;
export const ParksDocument = new TypedDocumentString(`
    query Parks($scope: ID) {
  parks(scope: $scope) {
    ...ParkCardFields
  }
}
    fragment ParkCardFields on Park {
  id
  name
  kind
  operator
  areaMu
  floorSpaceSqm
  vacantSqm
  rentYuanSqmMonth
  description
  themes {
    id
    name
    nameEn
  }
  enterpriseCount
  projects {
    id
    name
    stage
  }
}`) as unknown as TypedDocumentString<ParksQuery, ParksQueryVariables>;
export const ParkDocument = new TypedDocumentString(`
    query Park($id: ID!) {
  park(id: $id) {
    ...ParkCardFields
    region {
      code
      name
    }
    enterprises {
      id
      name
      nameEn
    }
    parcels {
      id
      name
      areaMu
      status
      use
      minInvestmentWanPerMu
      minTaxWanPerMu
      availableFrom
    }
  }
}
    fragment ParkCardFields on Park {
  id
  name
  kind
  operator
  areaMu
  floorSpaceSqm
  vacantSqm
  rentYuanSqmMonth
  description
  themes {
    id
    name
    nameEn
  }
  enterpriseCount
  projects {
    id
    name
    stage
  }
}`) as unknown as TypedDocumentString<ParkQuery, ParkQueryVariables>;
export const LandDocument = new TypedDocumentString(`
    query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {
  landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {
    enterprise {
      id
      name
      nameEn
    }
    year
    taxWan
    outputWan
    landMu
    taxPerMu
    outputPerMu
    grade
    rank
  }
}
    `) as unknown as TypedDocumentString<LandQuery, LandQueryVariables>;
export const LandYearsDocument = new TypedDocumentString(`
    query LandYears {
  landEfficiencyYears
}
    `) as unknown as TypedDocumentString<LandYearsQuery, LandYearsQueryVariables>;
export const LandDistDocument = new TypedDocumentString(`
    query LandDist($year: Int!, $scope: ID) {
  landGradeDistribution(year: $year, scope: $scope) {
    chains {
      id
      name
      a
      b
      c
      d
    }
    parks {
      id
      name
      a
      b
      c
      d
    }
    thresholdA
    thresholdB
    thresholdC
  }
}
    `) as unknown as TypedDocumentString<LandDistQuery, LandDistQueryVariables>;
export const EnterpriseDocument = new TypedDocumentString(`
    query Enterprise($id: ID!) {
  enterprise(id: $id) {
    ...EnterpriseRef
    uscc
    founded
    tags
    segments {
      segment {
        id
        chainId
        name
        nameEn
      }
      role
      products
      evidence
      source
    }
    suppliers {
      enterprise {
        ...EnterpriseRef
      }
      products
      since
      evidence
      source
    }
    customers {
      enterprise {
        ...EnterpriseRef
      }
      products
      since
      evidence
      source
    }
    parks {
      park {
        id
        name
      }
      since
    }
    projects {
      ...ProjectRef
    }
    leads {
      id
      name
      nameEn
    }
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}
fragment ProjectRef on Project {
  id
  name
  stage
  investmentYi
  signedOn
  plannedProductionOn
  confidential
  enterprise {
    ...EnterpriseRef
  }
  segment {
    id
    name
    nameEn
    chainId
  }
  region {
    code
    name
  }
}`) as unknown as TypedDocumentString<EnterpriseQuery, EnterpriseQueryVariables>;
export const UpsertDocument = new TypedDocumentString(`
    mutation Upsert($input: EnterpriseInput!) {
  upsertEnterprise(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpsertMutation, UpsertMutationVariables>;
export const DeleteEnterpriseDocument = new TypedDocumentString(`
    mutation DeleteEnterprise($id: ID!) {
  deleteEnterprise(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteEnterpriseMutation, DeleteEnterpriseMutationVariables>;
export const SetSupplyDocument = new TypedDocumentString(`
    mutation SetSupply($input: SupplyInput!) {
  setSupply(input: $input)
}
    `) as unknown as TypedDocumentString<SetSupplyMutation, SetSupplyMutationVariables>;
export const UnsupplyDocument = new TypedDocumentString(`
    mutation Unsupply($s: ID!, $c: ID!) {
  removeSupply(supplierId: $s, customerId: $c)
}
    `) as unknown as TypedDocumentString<UnsupplyMutation, UnsupplyMutationVariables>;
export const PlaceDocument = new TypedDocumentString(`
    mutation Place($input: EnterpriseSegmentInput!) {
  setEnterpriseSegment(input: $input)
}
    `) as unknown as TypedDocumentString<PlaceMutation, PlaceMutationVariables>;
export const UnplaceDocument = new TypedDocumentString(`
    mutation Unplace($e: ID!, $s: ID!) {
  removeEnterpriseSegment(enterpriseId: $e, segmentId: $s)
}
    `) as unknown as TypedDocumentString<UnplaceMutation, UnplaceMutationVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($id: ID!, $tiers: Int, $scope: ID, $evidence: EvidenceMode) {
  supplierNetwork(
    enterpriseId: $id
    tiers: $tiers
    scope: $scope
    evidence: $evidence
  ) {
    center {
      id
      name
      nameEn
    }
    nodes {
      enterprise {
        id
        name
        nameEn
        region {
          name
        }
      }
      tier
      local
      group {
        id
        name
        nameEn
      }
    }
    edges {
      from
      to
      evidence
      source
    }
    truncated
  }
  supportingRate(enterpriseId: $id, scope: $scope, evidence: $evidence) {
    scope {
      code
      name
    }
    tier1 {
      local
      total
      rate
    }
    tier2 {
      local
      total
      rate
    }
    bySegment {
      segment {
        id
        name
        nameEn
      }
      local
      total
      rate
    }
  }
  resilience(enterpriseId: $id, scope: $scope, evidence: $evidence) {
    suppliers
    foreign
    foreignShare
    segments {
      segment {
        id
        name
        nameEn
      }
      suppliers
      local
      foreign
      hhi
      sharesUsed
      singleSource
      concentration
    }
    soleChannelCount
    soleChannels {
      enterprise {
        id
        name
        nameEn
      }
      carriesCount
      carries {
        id
        name
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const ResilienceSuppliersDocument = new TypedDocumentString(`
    query ResilienceSuppliers($id: ID!, $scope: ID, $evidence: EvidenceMode, $segmentId: ID, $offset: Int, $limit: Int) {
  resilienceSuppliers(
    enterpriseId: $id
    scope: $scope
    evidence: $evidence
    segmentId: $segmentId
    offset: $offset
    limit: $limit
  ) {
    total
    offset
    suppliers {
      enterprise {
        id
        name
        nameEn
      }
      share
      local
      foreign
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceSuppliersQuery, ResilienceSuppliersQueryVariables>;
export const ResilienceSoleChannelsDocument = new TypedDocumentString(`
    query ResilienceSoleChannels($id: ID!, $evidence: EvidenceMode, $offset: Int, $limit: Int) {
  resilienceSoleChannels(
    enterpriseId: $id
    evidence: $evidence
    offset: $offset
    limit: $limit
  ) {
    total
    offset
    channels {
      enterprise {
        id
        name
        nameEn
      }
      carries {
        id
        name
        nameEn
      }
      carriesCount
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceSoleChannelsQuery, ResilienceSoleChannelsQueryVariables>;
export const GovernanceDocument = new TypedDocumentString(`
    query Governance($chainId: ID!, $year: Int!, $asOf: String) {
  chain(id: $chainId) {
    id
    name
    nameEn
    masters {
      id
      name
    }
  }
  chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {
    asOf
    chiefs {
      official {
        id
        name
        post
      }
      role
    }
    team {
      unit {
        id
        name
      }
      role
    }
    policies {
      id
      title
      docNumber
      issuedOn
      url
      summary
    }
    targets {
      indicator
      name
      value
      unit
      kind
      computed
      actual
      progress
      expected
      pace
    }
    gapTasks {
      id
      segment {
        id
        name
      }
      unit {
        id
        name
      }
      title
      owner
      dueOn
      status
    }
    unassignedGaps {
      id
      name
      status
    }
  }
  workChain(asOf: $asOf, filter: {chainId: $chainId, key: true}) {
    project {
      id
      name
    }
    health
    daysOverdue
    responsibleUnit {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GovernanceQuery, GovernanceQueryVariables>;
export const WorkChainDocument = new TypedDocumentString(`
    query WorkChain($asOf: String, $filter: WorkChainFilter, $chainId: ID) {
  chains {
    id
    name
    nameEn
  }
  workChain(asOf: $asOf, filter: $filter) {
    project {
      id
      name
      stage
      key
    }
    health
    daysOverdue
    responsiblePerson
    responsibleUnit {
      id
      name
    }
    champion {
      id
      name
    }
    milestones {
      id
      name
      plannedOn
      doneOn
      health
      daysOverdue
    }
  }
  unitScorecard(asOf: $asOf, chainId: $chainId) {
    unit {
      id
      name
    }
    overdue
    dueSoon
    onTrack
    done
    doneLate
    projects
  }
}
    `) as unknown as TypedDocumentString<WorkChainQuery, WorkChainQueryVariables>;
export const DoneDocument = new TypedDocumentString(`
    mutation Done($id: ID!, $doneOn: String!) {
  markMilestoneDone(id: $id, doneOn: $doneOn)
}
    `) as unknown as TypedDocumentString<DoneMutation, DoneMutationVariables>;
export const BulletinDocument = new TypedDocumentString(`
    query Bulletin($from: String!, $to: String!, $asOf: String) {
  bulletin(from: $from, to: $to, asOf: $asOf) {
    number
    title
    from
    to
    asOf
    projects
    byHealth {
      health
      count
    }
    byList {
      list
      count
      overdue
    }
    overdueByUnit {
      unit {
        id
        name
      }
      items {
        project {
          id
          name
        }
        milestone {
          id
          name
        }
        plannedOn
        daysOverdue
        responsiblePerson
        champion {
          name
        }
      }
    }
    doneInPeriod {
      project {
        name
      }
      milestone {
        name
      }
      plannedOn
      doneOn
      late
      responsibleUnit {
        name
      }
    }
    stageChanges {
      projectName
      from
      to
      on
      user
    }
    unassignedGaps {
      chain {
        id
        name
      }
      segments {
        id
        name
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BulletinQuery, BulletinQueryVariables>;
export const ImportDocument = new TypedDocumentString(`
    mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {
  importWorkbook(
    filename: $filename
    contentBase64: $contentBase64
    dryRun: $dryRun
    lang: $lang
  ) {
    ok
    dryRun
    errors {
      table
      row
      column
      message
      sheet
      header
    }
    counts {
      table
      rows
      created
      updated
    }
  }
}
    `) as unknown as TypedDocumentString<ImportMutation, ImportMutationVariables>;
export const WorkbookFormatDocument = new TypedDocumentString(`
    query WorkbookFormat {
  workbookFormat {
    name
    sheet
    columns {
      name
      header
      required
      kind
      description
      descriptionEn
      values
    }
    examples
  }
}
    `) as unknown as TypedDocumentString<WorkbookFormatQuery, WorkbookFormatQueryVariables>;
export const PipelineDocument = new TypedDocumentString(`
    query Pipeline($filter: ProjectFilter, $scope: ID) {
  projects(filter: $filter, limit: 1000, scope: $scope) {
    ...ProjectRef
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}
fragment ProjectRef on Project {
  id
  name
  stage
  investmentYi
  signedOn
  plannedProductionOn
  confidential
  enterprise {
    ...EnterpriseRef
  }
  segment {
    id
    name
    nameEn
    chainId
  }
  region {
    code
    name
  }
}`) as unknown as TypedDocumentString<PipelineQuery, PipelineQueryVariables>;
export const ZoneProjectsDocument = new TypedDocumentString(`
    query ZoneProjects($filter: ProjectFilter) {
  projects(filter: $filter, limit: 1000) {
    id
    stage
    investmentYi
  }
}
    `) as unknown as TypedDocumentString<ZoneProjectsQuery, ZoneProjectsQueryVariables>;
export const SegmentPipelineDocument = new TypedDocumentString(`
    query SegmentPipeline($filter: ProjectFilter) {
  projects(filter: $filter, limit: 1000) {
    id
    name
    stage
    confidential
    enterprise {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentPipelineQuery, SegmentPipelineQueryVariables>;
export const ChainProjectsDocument = new TypedDocumentString(`
    query ChainProjects($chainId: ID!, $scope: ID) {
  projects(filter: {chainId: $chainId}, limit: 1000, scope: $scope) {
    ...ProjectRef
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}
fragment ProjectRef on Project {
  id
  name
  stage
  investmentYi
  signedOn
  plannedProductionOn
  confidential
  enterprise {
    ...EnterpriseRef
  }
  segment {
    id
    name
    nameEn
    chainId
  }
  region {
    code
    name
  }
}`) as unknown as TypedDocumentString<ChainProjectsQuery, ChainProjectsQueryVariables>;
export const ProjectForEditDocument = new TypedDocumentString(`
    query ProjectForEdit($id: ID!) {
  project(id: $id) {
    id
    name
    stage
    investmentYi
    signedOn
    plannedProductionOn
    confidential
    landNeedMu
    floorSpaceNeedSqm
    enterprise {
      id
      name
    }
    segment {
      id
      name
    }
    region {
      code
    }
    park {
      id
      name
    }
    parcel {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectForEditQuery, ProjectForEditQueryVariables>;
export const UpsertProjectDocument = new TypedDocumentString(`
    mutation UpsertProject($input: ProjectInput!) {
  upsertProject(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpsertProjectMutation, UpsertProjectMutationVariables>;
export const DeleteProjectDocument = new TypedDocumentString(`
    mutation DeleteProject($id: ID!) {
  deleteProject(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const MoveDocument = new TypedDocumentString(`
    mutation Move($id: ID!, $stage: ProjectStage!) {
  moveProject(id: $id, stage: $stage) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<MoveMutation, MoveMutationVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {
  createProjectFromTarget(
    segmentId: $segmentId
    enterpriseId: $enterpriseId
    scope: $scope
  ) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const RegionDocument = new TypedDocumentString(`
    query Region($code: ID!) {
  region(code: $code) {
    ...RegionFields
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parentCode
}`) as unknown as TypedDocumentString<RegionQuery, RegionQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions($parent: ID) {
  regions(parent: $parent) {
    ...RegionFields
  }
}
    fragment RegionFields on Region {
  code
  name
  level
  parentCode
}`) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!) {
  search(query: $query, limit: 12) {
    kind
    id
    name
    chainId
    score
    enterprise {
      region {
        name
      }
      segments {
        segment {
          id
          name
          nameEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborsDocument = new TypedDocumentString(`
    query Neighbors($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int) {
  neighbors(
    kind: $kind
    id: $id
    relation: $relation
    offset: $offset
    limit: $limit
  ) {
    node {
      kind
      id
      name
      nameEn
      chainId
      local
    }
    groups {
      relation
      total
      nodes {
        kind
        id
        name
        nameEn
        chainId
        local
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighborsQuery, NeighborsQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(fromId: $from, toId: $to, maxHops: $maxHops) {
    nodes {
      id
      name
      nameEn
    }
    edges {
      from
      to
    }
    directed
  }
  target: enterprise(id: $to) {
    id
    name
    nameEn
  }
}
    `) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...MeFields
  }
}
    fragment MeFields on Me {
  name
  role
  allowedOperations
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($name: String!, $password: String!) {
  signIn(name: $name, password: $password) {
    ...MeFields
  }
}
    fragment MeFields on Me {
  name
  role
  allowedOperations
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const UpsertSegmentDocument = new TypedDocumentString(`
    mutation UpsertSegment($input: SegmentInput!) {
  upsertSegment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpsertSegmentMutation, UpsertSegmentMutationVariables>;
export const DeleteSegmentDocument = new TypedDocumentString(`
    mutation DeleteSegment($id: ID!) {
  deleteSegment(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSegmentMutation, DeleteSegmentMutationVariables>;
export const AddFlowDocument = new TypedDocumentString(`
    mutation AddFlow($from: ID!, $to: ID!) {
  addFlow(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<AddFlowMutation, AddFlowMutationVariables>;
export const RemoveFlowDocument = new TypedDocumentString(`
    mutation RemoveFlow($from: ID!, $to: ID!) {
  removeFlow(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<RemoveFlowMutation, RemoveFlowMutationVariables>;
export const TargetsDocument = new TypedDocumentString(`
    query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {
  targets(
    segmentId: $segmentId
    scope: $scope
    limit: $limit
    evidence: $evidence
  ) {
    ...TargetFields
  }
}
    fragment EnterpriseRef on Enterprise {
  id
  name
  nameEn
  scale
  listed
  region {
    code
    name
  }
}
fragment TargetFields on Target {
  enterprise {
    ...EnterpriseRef
  }
  score
  breakdown {
    reason
    reasonEn
    code
    points
  }
}`) as unknown as TypedDocumentString<TargetsQuery, TargetsQueryVariables>;