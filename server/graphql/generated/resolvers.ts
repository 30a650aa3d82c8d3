import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ChainRow } from '../../repositories/chains.js';
import type { RegionRow, SegmentRow, EnterpriseRow, ProjectRow } from '../../repositories/entities.js';
import type { SegmentStatusRow } from '../../repositories/chain-status.js';
import type { ParkParent, ParcelParent, FundParent, PlatformParent } from '../../repositories/elements.js';
import type { UserRow } from '../../auth/service.js';
import type { SignedIn } from '../../auth/policy.js';
import type { SavedQuery as SavedQueryRow } from '../../console/saved-queries.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value (used for Cypher console parameters and result cells). */
  JSON: { input: unknown; output: unknown; }
};

export type ActualInput = {
  chainId: Scalars['ID']['input'];
  indicator: Scalars['String']['input'];
  /** YYYY, YYYY-Qn or YYYY-MM */
  period: Scalars['String']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
};

/** An API token's public part. */
export type ApiTokenInfo = {
  __typename?: 'ApiTokenInfo';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
};

/** One audit record: who did what, when and from where. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  address?: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  /** JSON text of the change or query. */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  target?: Maybe<Scalars['String']['output']>;
  user: Scalars['String']['output'];
};

/** 对标: a chain's status map in the home scope and up to six peers, side by side. */
export type Benchmark = {
  __typename?: 'Benchmark';
  chain: Chain;
  evidence: EvidenceMode;
  /** In map order, then in the order of the peers. */
  gaps: Array<BenchmarkGap>;
  /** The scopes in the order asked, the home scope first. */
  scopes: Array<BenchmarkScope>;
  /** Every segment of the chain in map order. */
  segments: Array<BenchmarkSegment>;
  strongAt: Scalars['Int']['output'];
};

/** One segment in one scope of a benchmark. */
export type BenchmarkCell = {
  __typename?: 'BenchmarkCell';
  localCount: Scalars['Int']['output'];
  /** The scope's region code. */
  scope: Scalars['ID']['output'];
  status: GapStatus;
};

/** A leaf segment MISSING at home and WEAK or STRONG at a peer. */
export type BenchmarkGap = {
  __typename?: 'BenchmarkGap';
  /**
   * The peer's local enterprises in the segment, by id (at most 100: the largest, as the status map
   * lists them, when there are more): the natural targets.
   */
  enterprises: Array<Enterprise>;
  /** True when any of them has a project BY it LOCATED_IN the home scope at any stage but DROPPED. */
  inPipeline: Scalars['Boolean']['output'];
  peer: Region;
  /** Those of `enterprises` that have such a project. */
  pipelineEnterprises: Array<Enterprise>;
  segment: Segment;
};

/** One scope of a benchmark (对标): its leaf segments by status and its coverage. */
export type BenchmarkScope = {
  __typename?: 'BenchmarkScope';
  /** Leaf segments with local > 0 ÷ leaf segments; null when the chain has no segment. */
  coverage?: Maybe<Scalars['Float']['output']>;
  /** How many leaf segments the chain has. */
  leaves: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  region: Region;
  /** Leaf segments (segments without sub-segments) that are STRONG in this scope. */
  strong: Scalars['Int']['output'];
  weak: Scalars['Int']['output'];
};

/** A row of the benchmark matrix: one segment, one cell per scope in the order asked. */
export type BenchmarkSegment = {
  __typename?: 'BenchmarkSegment';
  cells: Array<BenchmarkCell>;
  segment: Segment;
};

/** A FEEDS edge A → B where B has local enterprises and A has none (断链). */
export type BrokenLink = {
  __typename?: 'BrokenLink';
  from: Segment;
  to: Segment;
};

/** The 督查通报 of a period, as data. */
export type Bulletin = {
  __typename?: 'Bulletin';
  asOf: Scalars['String']['output'];
  byHealth: Array<HealthCount>;
  byList: Array<ListCount>;
  doneInPeriod: Array<BulletinDoneLine>;
  from: Scalars['String']['output'];
  number: Scalars['String']['output'];
  overdueByUnit: Array<BulletinUnitGroup>;
  projects: Scalars['Int']['output'];
  stageChanges: Array<StageChange>;
  title: Scalars['String']['output'];
  to: Scalars['String']['output'];
  unassignedGaps: Array<BulletinChainGaps>;
};

export type BulletinChainGaps = {
  __typename?: 'BulletinChainGaps';
  chain: Chain;
  segments: Array<UnassignedGap>;
};

export type BulletinDoneLine = {
  __typename?: 'BulletinDoneLine';
  doneOn: Scalars['String']['output'];
  late: Scalars['Boolean']['output'];
  milestone: Milestone;
  plannedOn: Scalars['String']['output'];
  project: Project;
  responsibleUnit?: Maybe<Unit>;
};

export type BulletinOverdueLine = {
  __typename?: 'BulletinOverdueLine';
  champion?: Maybe<Official>;
  daysOverdue: Scalars['Int']['output'];
  milestone: Milestone;
  plannedOn: Scalars['String']['output'];
  project: Project;
  responsiblePerson?: Maybe<Scalars['String']['output']>;
};

export type BulletinUnitGroup = {
  __typename?: 'BulletinUnitGroup';
  items: Array<BulletinOverdueLine>;
  /** null: projects without a responsible unit */
  unit?: Maybe<Unit>;
};

/** An industrial chain (产业链), e.g. 新型显示. */
export type Chain = {
  __typename?: 'Chain';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The chain's 链主 (lead enterprises). */
  masters: Array<Enterprise>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Every segment of the chain at any depth, ordered by stage, then tree order. */
  segments: Array<Segment>;
};

export type ChainChief = {
  __typename?: 'ChainChief';
  official: Official;
  role: ChiefRole;
};

export type ChainGovernance = {
  __typename?: 'ChainGovernance';
  asOf: Scalars['String']['output'];
  chain: Chain;
  chiefs: Array<ChainChief>;
  gapTasks: Array<GapTask>;
  policies: Array<Policy>;
  scope: Region;
  targets: Array<TargetProgress>;
  team: Array<ChainTeamMember>;
  unassignedGaps: Array<UnassignedGap>;
  year: Scalars['Int']['output'];
};

/** The status map (现状图) of a chain in a scope. */
export type ChainStatus = {
  __typename?: 'ChainStatus';
  brokenLinks: Array<BrokenLink>;
  chain: Chain;
  /** The evidence mode the map was computed in. */
  evidence: EvidenceMode;
  projected: Scalars['Boolean']['output'];
  scope: Region;
  segments: Array<SegmentStatus>;
  strongAt: Scalars['Int']['output'];
  summary: StatusSummary;
};

export type ChainTeamMember = {
  __typename?: 'ChainTeamMember';
  role: TeamRole;
  unit: Unit;
};

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

/** A relationship of a console result, between two CypherNode ids. */
export type CypherEdge = {
  __typename?: 'CypherEdge';
  from: Scalars['ID']['output'];
  /** `from-[TYPE]->to`, with `#n` appended for parallel relationships of one type. */
  id: Scalars['ID']['output'];
  properties: Scalars['JSON']['output'];
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** Nodes and relationships of a console result, ready to draw. */
export type CypherGraph = {
  __typename?: 'CypherGraph';
  edges: Array<CypherEdge>;
  nodes: Array<CypherNode>;
};

/** A node of a console result. */
export type CypherNode = {
  __typename?: 'CypherNode';
  /**
   * The node's business key (id, code or name); `Label:key` when another node of the result has the
   * same key; `_:n` (numbered within this result) for a node without one. Never Neo4j's internal id.
   */
  id: Scalars['ID']['output'];
  /** The business key itself, or null when the node has none. */
  key?: Maybe<Scalars['String']['output']>;
  labels: Array<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
};

/** The result of a read-only console query. */
export type CypherResult = {
  __typename?: 'CypherResult';
  columns: Array<Scalars['String']['output']>;
  /** Time spent running the query and reading its rows (not the safety checks), in milliseconds. */
  elapsedMs: Scalars['Int']['output'];
  /** The nodes and relationships the rows hold (also inside lists, maps and paths); null when none. */
  graph?: Maybe<CypherGraph>;
  /** The operator tree of the query's EXPLAIN plan, one operator a line. */
  plan?: Maybe<Scalars['String']['output']>;
  rowCount: Scalars['Int']['output'];
  /**
   * One list per row, cells in column order, as JSON: integers as numbers (as strings beyond 2^53),
   * temporal values as ISO strings, points as {srid, x, y[, z]}, nodes as {key, labels, properties},
   * relationships as {key, type, from, to, properties}, paths as {nodes, relationships}. `key`,
   * `from` and `to` are ids of `graph`.
   */
  rows: Array<Maybe<Array<Maybe<Scalars['JSON']['output']>>>>;
  status: CypherStatus;
  /** True when the timeout stopped the query; `rows` holds what was read until then. */
  timedOut: Scalars['Boolean']['output'];
  /** True when more rows were there than `limit` (or than the size budget allows). */
  truncated: Scalars['Boolean']['output'];
};

/**
 * How a console query ended: every row (COMPLETE), stopped at the row cap or the size budget
 * (TRUNCATED), or stopped by the timeout (TIMED_OUT, with the rows read until then).
 */
export type CypherStatus =
  | 'COMPLETE'
  | 'TIMED_OUT'
  | 'TRUNCATED';

/** Which kind of element a deletion names. */
export type ElementKind =
  | 'FUND'
  | 'PARCEL'
  | 'PARK'
  | 'PLATFORM';

/** The elements that cover a segment in a scope, ordered and explained (PRODUCT.md 要素链). */
export type ElementMatch = {
  __typename?: 'ElementMatch';
  /** Funds (any region) covering the segment, size descending, then id. */
  funds: Array<FundMatch>;
  /** The project's needs when a project was given. */
  needs?: Maybe<ProjectNeeds>;
  /** AVAILABLE parcels in scope covering the segment: area ascending among those ≥ the land need, too small ones after, then id. */
  parcels: Array<ParcelMatch>;
  /** Parks in scope covering the segment: own-segment links first, then vacant ㎡ descending, then id. */
  parks: Array<ParkMatch>;
  /** Platforms in scope covering the segment, NATIONAL > PROVINCIAL > CITY, then id. */
  platforms: Array<PlatformMatch>;
  scope: Region;
  segment: Segment;
};

/** An enterprise (企业). */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Enterprises this one supplies, one per SUPPLIES link, ordered by id. */
  customers: Array<SupplyLink>;
  founded?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The chains this enterprise is 链主 of, ordered by id. */
  leads: Array<Chain>;
  listed?: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The parks the enterprise is settled in, ordered by park id. */
  parks: Array<EnterprisePark>;
  /**
   * Pipeline projects BY this enterprise, ordered by id. Confidential projects are included only
   * when `includeConfidential` is true and the caller may see them.
   */
  projects: Array<Project>;
  /** The region the enterprise is located in. */
  region?: Maybe<Region>;
  scale?: Maybe<Scale>;
  /** The segments the enterprise is IN_SEGMENT, with role and evidence; ordered by chain, then segment id. */
  segments: Array<EnterpriseSegment>;
  /** Enterprises that supply this one, one per SUPPLIES link (the importer keeps one per pair), ordered by id. */
  suppliers: Array<SupplyLink>;
  tags: Array<Scalars['String']['output']>;
  /** 统一社会信用代码 (18 characters), when known. */
  uscc?: Maybe<Scalars['String']['output']>;
};


/** An enterprise (企业). */
export type EnterpriseProjectsArgs = {
  includeConfidential?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enterprise to create or replace (every field is written; omitted optional fields are cleared). */
export type EnterpriseInput = {
  /** YYYY-MM-DD */
  founded?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** The region code it is located in. */
  regionCode: Scalars['ID']['input'];
  scale?: InputMaybe<Scale>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 统一社会信用代码, checked against its GB 32100-2015 check character. */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** An enterprise's settlement in a park. */
export type EnterprisePark = {
  __typename?: 'EnterprisePark';
  park: Park;
  /** When the enterprise settled in the park (YYYY-MM-DD), when known. */
  since?: Maybe<Scalars['String']['output']>;
};

/** One IN_SEGMENT link: a segment an enterprise is in, with what it does there. */
export type EnterpriseSegment = {
  __typename?: 'EnterpriseSegment';
  evidence?: Maybe<Evidence>;
  /** What it makes or offers there, as recorded. */
  products?: Maybe<Scalars['String']['output']>;
  /** The enterprise's role in the segment; PRODUCER unless the data says otherwise. */
  role: SegmentRole;
  segment: Segment;
  /** Where the link comes from. */
  source?: Maybe<Scalars['String']['output']>;
};

/** What an enterprise makes in a segment. */
export type EnterpriseSegmentInput = {
  enterpriseId: Scalars['ID']['input'];
  evidence?: InputMaybe<Evidence>;
  products?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  segmentId: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};

export type EnterpriseYearInput = {
  employees?: InputMaybe<Scalars['Int']['input']>;
  energyTce?: InputMaybe<Scalars['Float']['input']>;
  enterpriseId: Scalars['ID']['input'];
  landMu?: InputMaybe<Scalars['Float']['input']>;
  outputWan?: InputMaybe<Scalars['Float']['input']>;
  rdStaff?: InputMaybe<Scalars['Int']['input']>;
  revenueWan?: InputMaybe<Scalars['Float']['input']>;
  taxWan?: InputMaybe<Scalars['Float']['input']>;
  year: Scalars['Int']['input'];
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

/** A ready-made console query over the ChainAtlas graph, with parameters that work on the demo data. */
export type ExampleQuery = {
  __typename?: 'ExampleQuery';
  description: Scalars['String']['output'];
  /** The description in English (the Chinese one where the example has none). */
  descriptionEn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  params: Scalars['JSON']['output'];
  query: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** The title in English (the Chinese one where the example has none). */
  titleEn: Scalars['String']['output'];
};

/** The neighbours of one relation: how many there are in all, and the page listed. */
export type ExploreGroup = {
  __typename?: 'ExploreGroup';
  nodes: Array<ExploreNode>;
  relation: ExploreRelation;
  total: Scalars['Int']['output'];
};

/** A node met while exploring: an enterprise, a segment or a chain. */
export type ExploreNode = {
  __typename?: 'ExploreNode';
  /** The chain of a segment (or the chain itself); null for an enterprise. */
  chainId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: SearchKind;
  /** For an enterprise: whether it is located in the scope or a region within it; null otherwise. */
  local?: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
};

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

/** One flow between segments: the output of `from` is an input of `to`. */
export type Flow = {
  __typename?: 'Flow';
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
};

export type Fund = {
  __typename?: 'Fund';
  /** The segments it FOCUSES_ON. */
  focus: Array<Segment>;
  id: Scalars['ID']['output'];
  investments: Array<FundInvestment>;
  kind?: Maybe<FundKind>;
  manager?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  region?: Maybe<Region>;
  /** Size in 亿元. */
  sizeYi: Scalars['Float']['output'];
};

export type FundInput = {
  /** Replaces the fund's focus segments when given. */
  focusSegmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<FundKind>;
  manager?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  sizeYi: Scalars['Float']['input'];
};

/** An investment of a fund in an enterprise or a project. */
export type FundInvestment = {
  __typename?: 'FundInvestment';
  amountYi?: Maybe<Scalars['Float']['output']>;
  enterprise?: Maybe<Enterprise>;
  /** YYYY-MM-DD */
  on?: Maybe<Scalars['String']['output']>;
  project?: Maybe<Project>;
};

export type FundKind =
  | 'GUIDANCE'
  | 'INDUSTRY'
  | 'VENTURE';

export type FundMatch = {
  __typename?: 'FundMatch';
  fund: Fund;
  reasons: Array<Scalars['String']['output']>;
};

/** Status of a segment in a scope: STRONG (local ≥ strongAt), WEAK (0 < local < strongAt), MISSING (local = 0). */
export type GapStatus =
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

/** A unit's task on a missing or weak segment (补链任务). */
export type GapTask = {
  __typename?: 'GapTask';
  dueOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  owner?: Maybe<Scalars['String']['output']>;
  segment: Segment;
  status: GapTaskStatus;
  title: Scalars['String']['output'];
  unit?: Maybe<Unit>;
};

export type GapTaskInput = {
  dueOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  segmentId: Scalars['ID']['input'];
  status?: InputMaybe<GapTaskStatus>;
  title: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
};

export type GapTaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** How many enterprises fall in each grade for one chain or park. */
export type GradeCount = {
  __typename?: 'GradeCount';
  a: Scalars['Int']['output'];
  b: Scalars['Int']['output'];
  c: Scalars['Int']['output'];
  d: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type HealthCount = {
  __typename?: 'HealthCount';
  count: Scalars['Int']['output'];
  health: ProjectHealth;
};

/** One problem found in a workbook: where (table, spreadsheet row, column) and what. */
export type ImportIssue = {
  __typename?: 'ImportIssue';
  column?: Maybe<Scalars['String']['output']>;
  /** The column as the uploaded file's header named it, e.g. 统一社会信用代码 for uscc; null for a problem of a whole row or table. */
  header?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The row as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row?: Maybe<Scalars['Int']['output']>;
  /** The table as the uploaded file named it (its sheet, file or JSON key), e.g. 企业 for enterprises. */
  sheet?: Maybe<Scalars['String']['output']>;
  table: Scalars['String']['output'];
};

/** The result of an import: nothing is written unless ok and not dryRun. */
export type ImportReport = {
  __typename?: 'ImportReport';
  counts: Array<ImportTableCount>;
  dryRun: Scalars['Boolean']['output'];
  errors: Array<ImportIssue>;
  ok: Scalars['Boolean']['output'];
};

/** Rows per table in a workbook, and how many were created or changed. */
export type ImportTableCount = {
  __typename?: 'ImportTableCount';
  created: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
  table: Scalars['String']['output'];
  updated: Scalars['Int']['output'];
};

export type IndicatorKind =
  /** accumulates over the year (签约项目数, 投资额 …) */
  | 'FLOW'
  /** a level at a moment (企业数, 配套率 …) */
  | 'STOCK';

/** One enterprise's 亩均 figures for a year. */
export type LandEfficiencyRow = {
  __typename?: 'LandEfficiencyRow';
  enterprise: Enterprise;
  grade: LandGrade;
  landMu: Scalars['Float']['output'];
  /** 亩均产值 = output_wan / land_mu, 万元/亩 (null without output). */
  outputPerMu?: Maybe<Scalars['Float']['output']>;
  outputWan?: Maybe<Scalars['Float']['output']>;
  /** 1 = highest 亩均税收; equal 亩均税收 share a rank. */
  rank: Scalars['Int']['output'];
  /** 亩均税收 = tax_wan / land_mu, 万元/亩. */
  taxPerMu: Scalars['Float']['output'];
  taxWan: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** 亩均论英雄 grade by 亩均税收 (thresholds per deployment; default A ≥ 30, B ≥ 15, C ≥ 5 万元/亩). */
export type LandGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D';

export type LandGradeDistribution = {
  __typename?: 'LandGradeDistribution';
  chains: Array<GradeCount>;
  parks: Array<GradeCount>;
  /** The thresholds in force (万元/亩): A at or above `a`, B at or above `b`, C at or above `c`. */
  thresholdA: Scalars['Float']['output'];
  thresholdB: Scalars['Float']['output'];
  thresholdC: Scalars['Float']['output'];
};

export type ListCount = {
  __typename?: 'ListCount';
  count: Scalars['Int']['output'];
  list: ProjectList;
  overdue: Scalars['Int']['output'];
};

/** The signed-in user. */
export type Me = {
  __typename?: 'Me';
  /**
   * What this user may do, from the server's one policy table: root fields as `Query.x` and
   * `Mutation.y`, and role-gated data as `Data.z` (e.g. `Data.confidentialProjects`), sorted. The
   * app offers exactly these; ask this rather than reasoning from the role.
   */
  allowedOperations: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  role: Role;
};

/** A project time node (时间节点) with its health at asOf. */
export type Milestone = {
  __typename?: 'Milestone';
  /** asOf − plannedOn for an OVERDUE milestone, else 0 */
  daysOverdue: Scalars['Int']['output'];
  doneOn?: Maybe<Scalars['String']['output']>;
  health: MilestoneHealth;
  id: Scalars['ID']['output'];
  kind?: Maybe<MilestoneKind>;
  name: Scalars['String']['output'];
  plannedOn: Scalars['String']['output'];
};

export type MilestoneHealth =
  | 'DONE'
  | 'DONE_LATE'
  | 'DUE_SOON'
  | 'ON_TRACK'
  | 'OVERDUE';

export type MilestoneInput = {
  doneOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<MilestoneKind>;
  name: Scalars['String']['input'];
  plannedOn: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type MilestoneKind =
  | 'ABOVE_SCALE'
  | 'EQUIPMENT'
  | 'FULL_CAPACITY'
  | 'LAND'
  | 'OTHER'
  | 'PRODUCTION'
  | 'REGISTER'
  | 'SIGN'
  | 'START'
  | 'TOP_OUT'
  | 'TRIAL';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a FEEDS flow from one segment to another (editors). */
  addFlow: Scalars['Boolean']['output'];
  /** Creates an API token for the signed-in user, carrying that user's role. */
  createApiToken: NewApiToken;
  /**
   * Creates a LEAD project for a target enterprise of a segment, located in the scope (default:
   * the home region). CONFLICT when a project of that enterprise for that segment is already in the
   * scope's pipeline (any stage but DROPPED).
   */
  createProjectFromTarget: Project;
  /** Creates a user with a generated password (admins only). */
  createUser: NewUser;
  /** Deletes a park, parcel, fund or platform with its links (editors); false when there was none. */
  deleteElement: Scalars['Boolean']['output'];
  /** Deletes an enterprise and its links; projects it ran stay, without it (editors). */
  deleteEnterprise: Scalars['Boolean']['output'];
  /** Deletes a project (editors). */
  deleteProject: Scalars['Boolean']['output'];
  /** Deletes a saved query: its owner or an admin. False when there is no such query you can see. */
  deleteSavedQuery: Scalars['Boolean']['output'];
  /** Deletes a segment that has no sub-segments (editors); CONFLICT when it has some. */
  deleteSegment: Scalars['Boolean']['output'];
  /**
   * Imports a workbook (editors): `contentBase64` holds a .xlsx, a .json or a .csv file of one
   * table named like the table (e.g. enterprises.csv). The whole workbook is validated first; any
   * bad row rejects it whole and nothing is written. Up to 12 MB; larger ones: `npm run import`.
   */
  importWorkbook: ImportReport;
  /** Marks a milestone done on a date (editors); the date goes through the same validation as a workbook. */
  markMilestoneDone: Scalars['Boolean']['output'];
  /** Moves a project to another stage (editors). */
  moveProject: Project;
  /** Removes an enterprise from a segment (editors). */
  removeEnterpriseSegment: Scalars['Boolean']['output'];
  /** Removes a FEEDS flow (editors); false when there was none. */
  removeFlow: Scalars['Boolean']['output'];
  /** Removes a supplier link (editors). */
  removeSupply: Scalars['Boolean']['output'];
  /** Removes a user with their sessions and tokens (admins only). */
  removeUser: Scalars['Boolean']['output'];
  /** Revokes one of the signed-in user's tokens (admins: anyone's). */
  revokeApiToken: Scalars['Boolean']['output'];
  /**
   * Saves a console query under a name, replacing the caller's query of that name. The query must
   * pass the console's safety checks (it is EXPLAINed, not run).
   */
  saveQuery: SavedQuery;
  /** Makes an official a 链长 or 副链长 of a chain (editors). */
  setChainChief: Scalars['Boolean']['output'];
  /** Puts a unit in a chain's 链组 (editors). */
  setChainTeamMember: Scalars['Boolean']['output'];
  /** Places an enterprise in a segment, or updates that placement (editors). */
  setEnterpriseSegment: Scalars['Boolean']['output'];
  /** Records an enterprise's figures for one year (editors). */
  setEnterpriseYear: Scalars['Boolean']['output'];
  /** Adds or updates a supplier link (editors). */
  setSupply: Scalars['Boolean']['output'];
  /** Changes a user's role (admins only). */
  setUserRole: User;
  /** Signs in and sets the session cookie (HttpOnly, SameSite=Strict). */
  signIn: Me;
  /** Ends the current session on the server and clears the cookie. */
  signOut: Scalars['Boolean']['output'];
  /** Creates or replaces an actual (editors). */
  upsertActual: Scalars['Boolean']['output'];
  /** Creates or replaces an enterprise (editors). */
  upsertEnterprise: Enterprise;
  /** Creates or replaces a fund (and its focus when given) (editors). */
  upsertFund: Fund;
  /** Creates or replaces a gap task (editors). */
  upsertGapTask: Scalars['Boolean']['output'];
  /** Creates or replaces a milestone (editors). */
  upsertMilestone: Scalars['Boolean']['output'];
  /** Creates or replaces an official (editors). */
  upsertOfficial: Scalars['Boolean']['output'];
  /** Creates or replaces a parcel (and its segments when given) (editors). */
  upsertParcel: Parcel;
  /** Creates or replaces a park with its space figures (and themes when given) (editors). */
  upsertPark: Park;
  /** Creates or replaces a platform (and its segments when given) (editors). */
  upsertPlatform: Platform;
  /** Creates or replaces a policy entry (editors). */
  upsertPolicy: Scalars['Boolean']['output'];
  /** Creates or replaces a pipeline project (editors). */
  upsertProject: Project;
  /** Creates or replaces a segment (editors). */
  upsertSegment: Segment;
  /** Creates or replaces a target (editors). */
  upsertTarget: Scalars['Boolean']['output'];
  /** Creates or replaces a unit (editors). */
  upsertUnit: Scalars['Boolean']['output'];
};


export type MutationAddFlowArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


export type MutationCreateApiTokenArgs = {
  label?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateProjectFromTargetArgs = {
  enterpriseId: Scalars['ID']['input'];
  scope?: InputMaybe<Scalars['ID']['input']>;
  segmentId: Scalars['ID']['input'];
};


export type MutationCreateUserArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


export type MutationDeleteElementArgs = {
  id: Scalars['ID']['input'];
  kind: ElementKind;
};


export type MutationDeleteEnterpriseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSavedQueryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSegmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportWorkbookArgs = {
  contentBase64: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  filename: Scalars['String']['input'];
  lang?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkMilestoneDoneArgs = {
  doneOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMoveProjectArgs = {
  id: Scalars['ID']['input'];
  stage: ProjectStage;
};


export type MutationRemoveEnterpriseSegmentArgs = {
  enterpriseId: Scalars['ID']['input'];
  segmentId: Scalars['ID']['input'];
};


export type MutationRemoveFlowArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


export type MutationRemoveSupplyArgs = {
  customerId: Scalars['ID']['input'];
  supplierId: Scalars['ID']['input'];
};


export type MutationRemoveUserArgs = {
  name: Scalars['String']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveQueryArgs = {
  name: Scalars['String']['input'];
  params?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
  shared?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSetChainChiefArgs = {
  chainId: Scalars['ID']['input'];
  officialId: Scalars['ID']['input'];
  role: ChiefRole;
};


export type MutationSetChainTeamMemberArgs = {
  chainId: Scalars['ID']['input'];
  role: TeamRole;
  unitId: Scalars['ID']['input'];
};


export type MutationSetEnterpriseSegmentArgs = {
  input: EnterpriseSegmentInput;
};


export type MutationSetEnterpriseYearArgs = {
  input: EnterpriseYearInput;
};


export type MutationSetSupplyArgs = {
  input: SupplyInput;
};


export type MutationSetUserRoleArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


export type MutationSignInArgs = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationUpsertActualArgs = {
  input: ActualInput;
};


export type MutationUpsertEnterpriseArgs = {
  input: EnterpriseInput;
};


export type MutationUpsertFundArgs = {
  input: FundInput;
};


export type MutationUpsertGapTaskArgs = {
  input: GapTaskInput;
};


export type MutationUpsertMilestoneArgs = {
  input: MilestoneInput;
};


export type MutationUpsertOfficialArgs = {
  input: OfficialInput;
};


export type MutationUpsertParcelArgs = {
  input: ParcelInput;
};


export type MutationUpsertParkArgs = {
  input: ParkInput;
};


export type MutationUpsertPlatformArgs = {
  input: PlatformInput;
};


export type MutationUpsertPolicyArgs = {
  input: PolicyInput;
};


export type MutationUpsertProjectArgs = {
  input: ProjectInput;
};


export type MutationUpsertSegmentArgs = {
  input: SegmentInput;
};


export type MutationUpsertTargetArgs = {
  input: TargetInput;
};


export type MutationUpsertUnitArgs = {
  input: UnitInput;
};

/** A node and its neighbours, relation by relation, each list capped. */
export type Neighborhood = {
  __typename?: 'Neighborhood';
  /**
   * In a fixed order per kind — enterprise: SUPPLIER, CUSTOMER, SEGMENT, LEADS; segment:
   * ENTERPRISE, PARENT, CHILD, FEEDS_TO, FED_BY, CHAIN; chain: SEGMENT (upstream to downstream), MASTER.
   */
  groups: Array<ExploreGroup>;
  node: ExploreNode;
};

/** A SUPPLIES link, always from the supplier to the customer. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  evidence?: Maybe<Evidence>;
  /** The supplier's id. */
  from: Scalars['ID']['output'];
  products?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  /** The customer's id. */
  to: Scalars['ID']['output'];
};

/** An enterprise in a supplier network. */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  enterprise: Enterprise;
  /**
   * The segment it is grouped under: its first segment (by id) in a chain of the center, else its
   * first segment; null when it is in none. The same rule groups the suppliers of `resilience`.
   */
  group?: Maybe<Segment>;
  /** Whether it is located in the scope or a region within it. */
  local: Scalars['Boolean']['output'];
  /** The segments it is IN_SEGMENT, ordered by id. */
  segments: Array<Segment>;
  /** Supply distance from the center: 0 the center, 1 its suppliers, 2 their suppliers, … */
  tier: Scalars['Int']['output'];
};

/** A newly created API token: `token` is shown this once. Send it as `Authorization: Bearer <token>`. */
export type NewApiToken = {
  __typename?: 'NewApiToken';
  id: Scalars['ID']['output'];
  token: Scalars['String']['output'];
};

/** A newly created user with the password shown this once. */
export type NewUser = {
  __typename?: 'NewUser';
  password: Scalars['String']['output'];
  user: User;
};

/** A leading official, named by post where no name is public (e.g. 管委主任). */
export type Official = {
  __typename?: 'Official';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  post: Scalars['String']['output'];
};

export type OfficialInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  post: Scalars['String']['input'];
};

export type Pace =
  /** actual ≥ expected × 1.05 */
  | 'AHEAD'
  /** actual < expected × 0.95 */
  | 'BEHIND'
  /** no actual yet */
  | 'NO_DATA'
  /** expected × 0.95 ≤ actual < expected × 1.05 */
  | 'ON_PACE';

/** The chain panorama (全景图): every segment with its representative enterprises anywhere. */
export type Panorama = {
  __typename?: 'Panorama';
  chain: Chain;
  flows: Array<Flow>;
  segments: Array<PanoramaSegment>;
};

/** A segment in the panorama. */
export type PanoramaSegment = {
  __typename?: 'PanoramaSegment';
  /** How many distinct enterprises the segment and its descendants hold in all. */
  enterpriseCount: Scalars['Int']['output'];
  /** Representative enterprises of the segment itself and its descendants, largest first, capped. */
  enterprises: Array<Enterprise>;
  segment: Segment;
};

/** A land parcel (地块; 标准地 when it carries indicators). */
export type Parcel = {
  __typename?: 'Parcel';
  /** Area in 亩. */
  areaMu: Scalars['Float']['output'];
  /** YYYY-MM-DD */
  availableFrom?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 标准地 indicator: minimum investment intensity, 万元/亩. */
  minInvestmentWanPerMu?: Maybe<Scalars['Float']['output']>;
  /** 标准地 indicator: minimum 亩均税收, 万元/亩. */
  minTaxWanPerMu?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  park?: Maybe<Park>;
  region?: Maybe<Region>;
  /** The segments it SUITS; empty = it covers every segment. */
  segments: Array<Segment>;
  status: ParcelStatus;
  use?: Maybe<ParcelUse>;
};

export type ParcelFilter = {
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** Only parcels located in this region or a region within it. */
  scope?: InputMaybe<Scalars['ID']['input']>;
  /** Only parcels that SUIT this segment directly. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ParcelStatus>;
};

export type ParcelInput = {
  areaMu: Scalars['Float']['input'];
  availableFrom?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minInvestmentWanPerMu?: InputMaybe<Scalars['Float']['input']>;
  minTaxWanPerMu?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  parkId?: InputMaybe<Scalars['ID']['input']>;
  regionCode: Scalars['ID']['input'];
  /** Replaces the parcel's segments when given (empty: it covers every segment). */
  segmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  status: ParcelStatus;
  use?: InputMaybe<ParcelUse>;
};

export type ParcelMatch = {
  __typename?: 'ParcelMatch';
  /** True when area ≥ land need and investment intensity ≥ the parcel's minimum, for the needs stated. */
  fits: Scalars['Boolean']['output'];
  parcel: Parcel;
  /** In words, e.g. "面积 30 亩 ≥ 需求 30 亩", "投资强度 420 万元/亩 < 标准 500". */
  reasons: Array<Scalars['String']['output']>;
  /** Smaller than the project's land need (listed after the others). */
  tooSmall: Scalars['Boolean']['output'];
};

export type ParcelStatus =
  | 'AVAILABLE'
  | 'RESERVED'
  | 'TRANSFERRED';

export type ParcelUse =
  | 'INDUSTRIAL'
  | 'MIXED'
  | 'RESEARCH'
  | 'WAREHOUSE';

/** An industrial park inside a region (区中园). */
export type Park = {
  __typename?: 'Park';
  /** Land area in 亩. */
  areaMu?: Maybe<Scalars['Float']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** How many enterprises are SETTLED_IN it. */
  enterpriseCount: Scalars['Int']['output'];
  /** The enterprises SETTLED_IN it, by id. */
  enterprises: Array<Enterprise>;
  /** Floor space (建筑面积) in ㎡. */
  floorSpaceSqm?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind?: Maybe<ParkKind>;
  name: Scalars['String']['output'];
  /** The operating company (运营方). */
  operator?: Maybe<Scalars['String']['output']>;
  /** Its parcels, by id. */
  parcels: Array<Parcel>;
  /** Projects IN_PARK (confidential ones only for callers allowed to see them), by id. */
  projects: Array<Project>;
  /** The region the park lies in. */
  region?: Maybe<Region>;
  /** Rent in 元/㎡/月. */
  rentYuanSqmMonth?: Maybe<Scalars['Float']['output']>;
  /** The segments the park is THEMED to (主导环节). */
  themes: Array<Segment>;
  /** Vacant floor space (空置) in ㎡. */
  vacantSqm?: Maybe<Scalars['Float']['output']>;
};

export type ParkInput = {
  areaMu?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  floorSpaceSqm?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<ParkKind>;
  name: Scalars['String']['input'];
  operator?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['ID']['input'];
  rentYuanSqmMonth?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces the park's themes when given. */
  themeSegmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  vacantSqm?: InputMaybe<Scalars['Float']['input']>;
};

/** 要素链: what a park offers. */
export type ParkKind =
  | 'INCUBATOR'
  | 'INDUSTRIAL_PARK'
  | 'THEME_PARK';

export type ParkMatch = {
  __typename?: 'ParkMatch';
  /** True when every need the project states is met (vacant ≥ floor-space need); true without a project. */
  fits: Scalars['Boolean']['output'];
  /** Linked to the segment itself (true) or only to an ancestor (false). */
  ownSegment: Scalars['Boolean']['output'];
  park: Park;
  /** In words, e.g. "主题园区·光电显示（上级环节）", "空置 3.2 万㎡ ≥ 需求 1.5 万㎡". */
  reasons: Array<Scalars['String']['output']>;
};

/** A science and technology platform (科创平台). */
export type Platform = {
  __typename?: 'Platform';
  /** The enterprise it is HOSTED_BY (依托单位). */
  host?: Maybe<Enterprise>;
  id: Scalars['ID']['output'];
  kind?: Maybe<PlatformKind>;
  level?: Maybe<PlatformLevel>;
  name: Scalars['String']['output'];
  region?: Maybe<Region>;
  /** The segments it SERVES. */
  segments: Array<Segment>;
};

export type PlatformInput = {
  hostEnterpriseId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<PlatformKind>;
  level?: InputMaybe<PlatformLevel>;
  name: Scalars['String']['input'];
  regionCode: Scalars['ID']['input'];
  /** Replaces the segments it serves when given. */
  segmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type PlatformKind =
  | 'ENGINEERING_CENTER'
  | 'ENTERPRISE_TECH_CENTER'
  | 'INSTITUTE'
  | 'KEY_LAB'
  | 'OTHER'
  | 'PILOT_BASE'
  | 'UNIVERSITY';

export type PlatformLevel =
  | 'CITY'
  | 'NATIONAL'
  | 'PROVINCIAL';

export type PlatformMatch = {
  __typename?: 'PlatformMatch';
  platform: Platform;
  reasons: Array<Scalars['String']['output']>;
};

/** A policy entry of a chain (一链一策). */
export type Policy = {
  __typename?: 'Policy';
  docNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type PolicyInput = {
  chainId: Scalars['ID']['input'];
  docNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A project of the investment pipeline (项目). */
export type Project = {
  __typename?: 'Project';
  confidential: Scalars['Boolean']['output'];
  enterprise?: Maybe<Enterprise>;
  /** Floor space the project needs, ㎡. */
  floorSpaceNeedSqm?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  investmentYi?: Maybe<Scalars['Float']['output']>;
  /** 重点项目 */
  key: Scalars['Boolean']['output'];
  /** Land the project needs, 亩. */
  landNeedMu?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** The parcel it is ON_PARCEL, if any. */
  parcel?: Maybe<Parcel>;
  /** The park the project is IN_PARK, if any. */
  park?: Maybe<Park>;
  plannedProductionOn?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Region>;
  responsiblePerson?: Maybe<Scalars['String']['output']>;
  segment?: Maybe<Segment>;
  signedOn?: Maybe<Scalars['String']['output']>;
  stage: ProjectStage;
};

/** Which projects to list; every condition given must hold. */
export type ProjectFilter = {
  /** Only projects that TARGET a segment of this chain. Unknown: NOT_FOUND. */
  chainId?: InputMaybe<Scalars['ID']['input']>;
  /** Include confidential projects (only honoured for callers allowed to see them). */
  includeConfidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only the projects of one list. */
  list?: InputMaybe<ProjectList>;
  /** Only projects LOCATED_IN this region or a region within it. Unknown: NOT_FOUND. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects that TARGET this segment or a segment below it. Unknown: NOT_FOUND. */
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these stages. Given together with `list`, a project must satisfy both. */
  stages?: InputMaybe<Array<ProjectStage>>;
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
  championOfficialId?: InputMaybe<Scalars['ID']['input']>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Floor space the project needs, ㎡. */
  floorSpaceNeedSqm?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  investmentYi?: InputMaybe<Scalars['Float']['input']>;
  /** A key project (重点项目). */
  key?: InputMaybe<Scalars['Boolean']['input']>;
  /** Land the project needs, 亩. */
  landNeedMu?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** The parcel (地块) it is to land on. */
  parcelId?: InputMaybe<Scalars['ID']['input']>;
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  plannedProductionOn?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['ID']['input'];
  /** The person responsible (责任人), as the zone writes it (often a post). */
  responsiblePerson?: InputMaybe<Scalars['String']['input']>;
  /** The unit responsible for the project (责任单位). */
  responsibleUnitId?: InputMaybe<Scalars['ID']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  signedOn?: InputMaybe<Scalars['String']['input']>;
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

/** What a project states it needs, and its investment intensity (investment_yi × 10000 / land_need_mu). */
export type ProjectNeeds = {
  __typename?: 'ProjectNeeds';
  floorSpaceNeedSqm?: Maybe<Scalars['Float']['output']>;
  intensityWanPerMu?: Maybe<Scalars['Float']['output']>;
  investmentYi?: Maybe<Scalars['Float']['output']>;
  landNeedMu?: Maybe<Scalars['Float']['output']>;
};

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

export type ProjectsByHealth = {
  __typename?: 'ProjectsByHealth';
  complete: Scalars['Int']['output'];
  dueSoon: Scalars['Int']['output'];
  noPlan: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The newest audit entries (admins only), at most 1,000. */
  auditLog: Array<AuditEntry>;
  /**
   * 对标: the chain's status map in 1 to 7 scopes (regions; the first is the home scope, the others
   * peers). An unknown region is NOT_FOUND; a region named twice is BAD_USER_INPUT.
   */
  benchmark: Benchmark;
  /** The 督查通报 of [from, to] at asOf (default today), as data. */
  bulletin: Bulletin;
  /** One chain by id, or null. */
  chain?: Maybe<Chain>;
  /**
   * The 链长制 of a chain for a year at asOf (default: today in Asia/Shanghai) in a scope (default:
   * the home region): chiefs, 链组, policies, targets with pace, gap tasks, unassigned gaps.
   */
  chainGovernance: ChainGovernance;
  /**
   * The chain's status map (现状图) in a scope (default: the home region). With `projected`, every
   * active local project counts as if it had reached production.
   */
  chainStatus: ChainStatus;
  /** All chains, by id. */
  chains: Array<Chain>;
  /**
   * Runs a read-only Cypher query (analysts and up). Refused before anything runs: more than one
   * statement, write clauses, LOAD CSV, USE, CALL outside a small read-only allowlist, APOC and DBMS
   * calls, administration and schema commands, SHOW other than indexes and constraints, IN
   * TRANSACTIONS, and names of accounts, sessions, tokens, the audit log or saved queries (FORBIDDEN,
   * or BAD_USER_INPUT for syntax problems; `extensions.reason` says which). The query is then
   * EXPLAINed and refused unless its plan is read-only, and finally runs in a read-only transaction
   * with a timeout (`timeoutMs`, 100–60,000, default 5,000) and a row cap (`limit`, 1–10,000, default
   * 1,000). A timeout is not an error: the result says `timedOut`. Every query is audited.
   */
  cypher: CypherResult;
  /** Per segment of a chain in map order, the elements covering it in scope (default: home zone). */
  elementLayer: Array<SegmentElements>;
  /**
   * The parks, parcels, funds and platforms that could land a target in a segment (and, with a
   * project, how they meet its land and space needs), in scope (default: home zone).
   */
  elementMatch: ElementMatch;
  /** One enterprise by id, or null. */
  enterprise?: Maybe<Enterprise>;
  /** Example console queries (产业链图谱 questions such as 链主的一级供应商 or 断链查询). */
  exampleQueries: Array<ExampleQuery>;
  /** Every fund, largest first. */
  funds: Array<Fund>;
  /** The gap tasks on a chain's segments (optionally of one status), by segment. */
  gapTasks: Array<GapTask>;
  /**
   * 亩均论英雄 for a year: enterprises in scope (default: home zone) with land > 0 and a tax figure,
   * optionally of a chain or a park, by 亩均税收 descending, ties by enterprise id.
   */
  landEfficiency: Array<LandEfficiencyRow>;
  /** The years for which enterprises in scope (default: home zone) have figures, latest first. */
  landEfficiencyYears: Array<Scalars['Int']['output']>;
  /** The grade distribution per chain and per park for a year in scope (default: home zone). */
  landGradeDistribution: LandGradeDistribution;
  /** The signed-in user, or null when not signed in. */
  me?: Maybe<Me>;
  /**
   * What lies next to a node, for exploring the graph from a search hit and expanding it step by
   * step: each relation counted in full and listed from `offset`, at most `limit` (1–100) nodes.
   * `relation` asks for one relation only (the next page of it). `scope` (default: the zone) decides
   * which enterprises are local. An unknown node is NOT_FOUND; a relation the kind does not have
   * is BAD_USER_INPUT.
   */
  neighbors: Neighborhood;
  /** The chain panorama (全景图). `perSegment` caps the representative enterprises per segment (at most 50). */
  panorama: Panorama;
  /** Parcels by filter, by id. */
  parcels: Array<Parcel>;
  /** One park by id, or null. */
  park?: Maybe<Park>;
  /** Parks located in scope (default: home zone; "*" for every park), by id. */
  parks: Array<Park>;
  /**
   * The shortest supply paths between two enterprises, at most `maxHops` links long (1 to 6; larger
   * values count as 6), at most 10 paths. Paths that follow SUPPLIES from `fromId` towards `toId` are
   * preferred; only when there are none are paths ignoring direction returned. Ordered by the ids
   * along the path.
   */
  paths: Array<SupplyPath>;
  /** Platforms in scope (default: home zone; "*" for every platform), NATIONAL first. */
  platforms: Array<Platform>;
  /** One project by id, or null (also null for a confidential project the caller may not see). */
  project?: Maybe<Project>;
  /**
   * Pipeline projects, in pipeline order (LEAD … IN_PRODUCTION, then DROPPED), then by id. Without a
   * filter: every non-confidential project of the scope. `limit` is 1 to 1000 (larger values count
   * as 1000). `scope`: only projects LOCATED_IN this region or a region within it (default: the home
   * region, unless `filter.region` is given; `*`: every region). Unknown: NOT_FOUND.
   */
  projects: Array<Project>;
  /** One region by code, or null. */
  region?: Maybe<Region>;
  /**
   * The regions directly WITHIN `parent`, or the top-level regions (within none) when `parent` is
   * omitted; ordered by code. An unknown `parent` is NOT_FOUND.
   */
  regions: Array<Region>;
  /** 韧性 of an enterprise's tier-1 supply in a scope (default: the home region). */
  resilience: Resilience;
  /** One page of the sole channels of an enterprise's tier-1 supply, by the tier-1 supplier's id; `limit` 1 to 200. */
  resilienceSoleChannels: SoleChannelPage;
  /**
   * One page of a 韧性 group: the tier-1 suppliers the grouping rule puts under `segmentId` (omitted or
   * null: the suppliers in no segment), by id; `limit` 1 to 200.
   */
  resilienceSuppliers: ResilienceSupplierPage;
  /** The signed-in user's saved console queries, then everyone's shared ones. */
  savedQueries: Array<SavedQuery>;
  /**
   * Finds enterprises, segments and chains by name: Chinese as a quoted phrase (京东方 does not find
   * 东方航空), English names, pinyin or pinyin initials by prefix (jdf and jingdongfang find 京东方),
   * and any substring for short queries. Each thing appears once, ranked EXACT > PREFIX > FULL_TEXT >
   * CONTAINS, then by score, kind and id. `limit` is 1 to 100 (larger values count as 100); an empty
   * query is BAD_USER_INPUT.
   */
  search: Array<SearchHit>;
  /** One segment by id, or null. */
  segment?: Maybe<Segment>;
  /**
   * A segment's local enterprises in a scope (default: the home region), page by page, in the status
   * map's list order (largest first, then by id). The first page of 100 is the segment's list on the
   * map; `after` is the `endCursor` of the page before. `first` from 1 to 500.
   */
  segmentLocals: SegmentLocalsPage;
  /** The recorded stage changes of a project, oldest first. */
  stageHistory: Array<StageChange>;
  /**
   * An enterprise's suppliers, their suppliers and so on up to `tiers` (1 to 3; larger values count
   * as 3), with the SUPPLIES links among them and which are local to the scope (default: the home region).
   */
  supplierNetwork: SupplierNetwork;
  /** The local supporting rate (本地配套率) of an enterprise in a scope (default: the home region). */
  supportingRate: SupportingRate;
  /**
   * Ranked targets for a segment in a scope (default: the home region): the non-local enterprises
   * IN_SEGMENT the segment or any segment below it that have no active project (NEGOTIATING through
   * UNDER_CONSTRUCTION) located in the scope, each with its score explained. Ordered by score
   * (highest first), then enterprise id. `limit` is at most 200. The scope's province is its
   * PROVINCE-level ancestor (the scope itself when it is a province; none above province level).
   */
  targets: Array<Target>;
  /** Per responsible unit, its projects' milestones by health at asOf; most overdue first. */
  unitScorecard: Array<UnitScore>;
  /** Every user (admins only). */
  users: Array<User>;
  /**
   * 推演: the status map in a scope (default: the home region) as if the enterprises in `remove` were
   * gone (no placements, no supply) and those in `add` were local; at most 200 of each, none in both.
   */
  whatIf: WhatIf;
  /**
   * 工作链: every project but DROPPED ones with its milestones' health at asOf, worst first
   * (OVERDUE by days overdue, DUE_SOON, ON_TRACK, NO_PLAN, COMPLETE).
   */
  workChain: Array<WorkItem>;
  /**
   * The chain workbook's format (every table and column, with Chinese names and example rows), for
   * the import template and the help page. Holds no data.
   */
  workbookFormat: Array<WorkbookTable>;
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBenchmarkArgs = {
  chainId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  scopes: Array<Scalars['ID']['input']>;
  strongAt?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBulletinArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryChainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChainGovernanceArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  chainId: Scalars['ID']['input'];
  scope?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryChainStatusArgs = {
  chainId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  projected?: InputMaybe<Scalars['Boolean']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  strongAt?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCypherArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryElementLayerArgs = {
  chainId: Scalars['ID']['input'];
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryElementMatchArgs = {
  projectId?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  segmentId: Scalars['ID']['input'];
};


export type QueryEnterpriseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGapTasksArgs = {
  chainId: Scalars['ID']['input'];
  status?: InputMaybe<GapTaskStatus>;
};


export type QueryLandEfficiencyArgs = {
  chainId?: InputMaybe<Scalars['ID']['input']>;
  parkId?: InputMaybe<Scalars['ID']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryLandEfficiencyYearsArgs = {
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLandGradeDistributionArgs = {
  scope?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryNeighborsArgs = {
  id: Scalars['ID']['input'];
  kind: SearchKind;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<ExploreRelation>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPanoramaArgs = {
  chainId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  perSegment?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParcelsArgs = {
  filter?: InputMaybe<ParcelFilter>;
};


export type QueryParkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParksArgs = {
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPathsArgs = {
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryPlatformsArgs = {
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  filter?: InputMaybe<ProjectFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  parent?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryResilienceArgs = {
  enterpriseId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryResilienceSoleChannelsArgs = {
  enterpriseId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResilienceSuppliersArgs = {
  enterpriseId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySegmentLocalsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  chainId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  segmentId: Scalars['ID']['input'];
};


export type QueryStageHistoryArgs = {
  projectId: Scalars['ID']['input'];
};


export type QuerySupplierNetworkArgs = {
  enterpriseId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  tiers?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupportingRateArgs = {
  enterpriseId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTargetsArgs = {
  evidence?: InputMaybe<EvidenceMode>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  segmentId: Scalars['ID']['input'];
  weights?: InputMaybe<TargetWeightsInput>;
};


export type QueryUnitScorecardArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  chainId?: InputMaybe<Scalars['ID']['input']>;
  dueSoonDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhatIfArgs = {
  add?: InputMaybe<Array<Scalars['ID']['input']>>;
  chainId: Scalars['ID']['input'];
  evidence?: InputMaybe<EvidenceMode>;
  remove?: InputMaybe<Array<Scalars['ID']['input']>>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  strongAt?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkChainArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  dueSoonDays?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<WorkChainFilter>;
};

/** A share of local enterprises among a set. */
export type Rate = {
  __typename?: 'Rate';
  /** How many of the set are local to the scope. */
  local: Scalars['Int']['output'];
  /** local / total; null when total is 0. */
  rate?: Maybe<Scalars['Float']['output']>;
  /** How many the set holds. */
  total: Scalars['Int']['output'];
};

/** A region: a country, province, city, district or a development zone. */
export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  level: RegionLevel;
  name: Scalars['String']['output'];
  parentCode?: Maybe<Scalars['ID']['output']>;
};

/** Administrative level of a region. */
export type RegionLevel =
  | 'CITY'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'PROVINCE'
  | 'ZONE';

/** 韧性: how fragile an enterprise's tier-1 supply is. */
export type Resilience = {
  __typename?: 'Resilience';
  enterprise: Enterprise;
  evidence: EvidenceMode;
  foreign: Scalars['Int']['output'];
  /** foreign ÷ suppliers; null without suppliers. */
  foreignShare?: Maybe<Scalars['Float']['output']>;
  local: Scalars['Int']['output'];
  scope: Region;
  /** Groups in segment-id order, the group of suppliers in no segment last. */
  segments: Array<ResilienceGroup>;
  soleChannelCount: Scalars['Int']['output'];
  /**
   * The first 50 by the tier-1 supplier's id (`soleChannelCount` says how many there are;
   * `resilienceSoleChannels` pages through all of them).
   */
  soleChannels: Array<SoleChannel>;
  /** Tier-1 suppliers in all, how many are local and how many foreign. */
  suppliers: Scalars['Int']['output'];
};

/** The tier-1 suppliers of one segment group (the supplier network's grouping rule). */
export type ResilienceGroup = {
  __typename?: 'ResilienceGroup';
  concentration: Concentration;
  /**
   * The group's first 20 suppliers by id (`suppliers` says how many it has; `resilienceSuppliers`
   * pages through all of them).
   */
  enterprises: Array<Enterprise>;
  /** Located outside the country of the home region. */
  foreign: Scalars['Int']['output'];
  /**
   * Σ sᵢ²: sᵢ = share ÷ the group's total share when every link of the group has a share, else 1/n.
   * Rounded to 9 decimals.
   */
  hhi: Scalars['Float']['output'];
  /** Located in the scope or a region within it. */
  local: Scalars['Int']['output'];
  /** Null for the suppliers in no segment. */
  segment?: Maybe<Segment>;
  /** True when every link of the group has a share (the HHI weighs by them). */
  sharesUsed: Scalars['Boolean']['output'];
  /** True when the group has one supplier. */
  singleSource: Scalars['Boolean']['output'];
  suppliers: Scalars['Int']['output'];
};

/** A tier-1 supplier in a page of a 韧性 group. */
export type ResilienceSupplier = {
  __typename?: 'ResilienceSupplier';
  enterprise: Enterprise;
  /** Located outside the country of the home region. */
  foreign: Scalars['Boolean']['output'];
  /** Located in the scope or a region within it. */
  local: Scalars['Boolean']['output'];
  /** The share on its link to the enterprise; null when the link has none. */
  share?: Maybe<Scalars['Float']['output']>;
};

/** One page of a 韧性 group's suppliers, by id. */
export type ResilienceSupplierPage = {
  __typename?: 'ResilienceSupplierPage';
  enterprise: Enterprise;
  evidence: EvidenceMode;
  offset: Scalars['Int']['output'];
  scope: Region;
  /** The group's segment; null for the suppliers in no segment. */
  segment?: Maybe<Segment>;
  suppliers: Array<ResilienceSupplier>;
  /** How many suppliers the group has. */
  total: Scalars['Int']['output'];
};

/**
 * A person's role: viewer (maps, lists, exports), analyst (+ console, confidential projects),
 * editor (+ every write and import), admin (+ users).
 */
export type Role =
  | 'admin'
  | 'analyst'
  | 'editor'
  | 'viewer';

/** A console query saved under a name; its owner's (analysts and up) or shared with everyone. */
export type SavedQuery = {
  __typename?: 'SavedQuery';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True when the signed-in user owns it (and so may change or delete it). */
  mine: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  owner: Scalars['String']['output'];
  params?: Maybe<Scalars['JSON']['output']>;
  query: Scalars['String']['output'];
  shared: Scalars['Boolean']['output'];
  updatedAt: Scalars['String']['output'];
};

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

/** One part of a target's score. */
export type ScoreItem = {
  __typename?: 'ScoreItem';
  code: ScoreCode;
  points: Scalars['Float']['output'];
  /** The reason in Chinese, e.g. "供应 京东方 (链主) +3". */
  reason: Scalars['String']['output'];
  /** The reason in English, e.g. "supplies 京东方 (chain master) +3". */
  reasonEn: Scalars['String']['output'];
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Set when kind is CHAIN. */
  chain?: Maybe<Chain>;
  /** The chain of a segment (or the chain itself); null for an enterprise. */
  chainId?: Maybe<Scalars['ID']['output']>;
  /** Set when kind is ENTERPRISE. */
  enterprise?: Maybe<Enterprise>;
  id: Scalars['ID']['output'];
  kind: SearchKind;
  match: SearchMatch;
  name: Scalars['String']['output'];
  /**
   * Orders the hits, higher first: EXACT 4; PREFIX 3–4 and CONTAINS 1–2 (closer in length to the
   * query is higher); FULL_TEXT 2–3 by full-text relevance.
   */
  score: Scalars['Float']['output'];
  /** Set when kind is SEGMENT. */
  segment?: Maybe<Segment>;
};

/** What a search hit is. */
export type SearchKind =
  | 'CHAIN'
  | 'ENTERPRISE'
  | 'SEGMENT';

/** How a search hit matched, best first. */
export type SearchMatch =
  /** The name contains the query as a substring (short queries). */
  | 'CONTAINS'
  /** The name (or its pinyin, or its pinyin initials) equals the query. */
  | 'EXACT'
  /** The Chinese or English name contains the query as a phrase (full-text index). */
  | 'FULL_TEXT'
  /** The name (or its pinyin, or its pinyin initials) starts with the query. */
  | 'PREFIX';

/** A link of a chain (环节): a segment, sub-segment or product node. */
export type Segment = {
  __typename?: 'Segment';
  chainId: Scalars['ID']['output'];
  /** The direct sub-segments, ordered by `order`, then id. */
  children: Array<Segment>;
  /** Depth in the tree: 0 for a top-level segment. */
  depth: Scalars['Int']['output'];
  /**
   * Enterprises IN_SEGMENT this segment (with `includeDescendants`, also any segment below it),
   * distinct, largest first (LARGE, MEDIUM, SMALL, MICRO, unknown), then by id. `limit` is at most 200.
   */
  enterprises: Array<Enterprise>;
  /** Segments that FEED this one, ordered by id. */
  fedBy: Array<Segment>;
  /** Segments this one FEEDS (its output is their input), ordered by id. */
  feedsTo: Array<Segment>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  order?: Maybe<Scalars['Int']['output']>;
  /** The parent segment's id; null for a top-level segment. */
  parentId?: Maybe<Scalars['ID']['output']>;
  stage: Stage;
};


/** A link of a chain (环节): a segment, sub-segment or product node. */
export type SegmentEnterprisesArgs = {
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** The 要素 map layer for one segment: what covers it in the scope. */
export type SegmentElements = {
  __typename?: 'SegmentElements';
  /** Sum of those parcels' 亩. */
  availableMu: Scalars['Float']['output'];
  funds: Array<Fund>;
  /** AVAILABLE parcels covering it. */
  parcels: Array<Parcel>;
  parks: Array<Park>;
  platforms: Array<Platform>;
  segment: Segment;
  /** Sum of the covering parks' vacant ㎡. */
  vacantSqm: Scalars['Float']['output'];
};

/** A segment to create or replace. */
export type SegmentInput = {
  chainId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<Scalars['Int']['input']>;
  /** The parent segment; null for a top-level segment of the chain. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  stage: Stage;
};

/** One page of a segment's local enterprises (segmentLocals). */
export type SegmentLocalsPage = {
  __typename?: 'SegmentLocalsPage';
  /** The id of the page's last enterprise: the `after` of the next page; null for an empty page. */
  endCursor?: Maybe<Scalars['ID']['output']>;
  enterprises: Array<Enterprise>;
  hasNextPage: Scalars['Boolean']['output'];
  /** All local enterprises of the segment or below in the scope: local(S). */
  totalCount: Scalars['Int']['output'];
};

/** The local share of an enterprise's tier-1 suppliers that are IN_SEGMENT one segment. */
export type SegmentRate = {
  __typename?: 'SegmentRate';
  local: Scalars['Int']['output'];
  /** local / total (total is never 0 here). */
  rate?: Maybe<Scalars['Float']['output']>;
  segment: Segment;
  total: Scalars['Int']['output'];
};

/** What an enterprise does in a segment (角色): makes it, researches it, serves it or trades it. */
export type SegmentRole =
  | 'PRODUCER'
  | 'RESEARCH'
  | 'SERVICE'
  | 'TRADER';

/** Status of one segment in a scope (现状图). */
export type SegmentStatus = {
  __typename?: 'SegmentStatus';
  /**
   * The ids of the active local projects aimed at the segment or a segment below it, by id: what the
   * gap picture needs (the map's first request asks these; activeProjects reads their details).
   */
  activeProjectIds: Array<Scalars['ID']['output']>;
  activeProjects: Array<Project>;
  /** True when the segment is MISSING or WEAK and an active local project targets it or a segment below it. */
  filling: Scalars['Boolean']['output'];
  /** Distinct local enterprises in the segment or any descendant. */
  localCount: Scalars['Int']['output'];
  /**
   * The first local enterprises of the segment or below (at most 100), largest first, then by id. Read
   * only when asked for, once for all segments of the answer; `segmentLocals` pages on beyond them.
   */
  localEnterprises: Array<Enterprise>;
  segment: Segment;
  status: GapStatus;
};

/** A tier-1 supplier that is the only way some tier-2 suppliers reach the enterprise. */
export type SoleChannel = {
  __typename?: 'SoleChannel';
  /** The first 20 tier-2 suppliers whose only customer among the tier-1 suppliers it is, by id. */
  carries: Array<Enterprise>;
  /** How many tier-2 suppliers it carries. */
  carriesCount: Scalars['Int']['output'];
  enterprise: Enterprise;
};

/** One page of an enterprise's sole channels, by the tier-1 supplier's id. */
export type SoleChannelPage = {
  __typename?: 'SoleChannelPage';
  channels: Array<SoleChannel>;
  enterprise: Enterprise;
  evidence: EvidenceMode;
  offset: Scalars['Int']['output'];
  /** How many sole channels there are. */
  total: Scalars['Int']['output'];
};

/** Value-chain position of a segment: columns of the chain map, left to right. */
export type Stage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

export type StageChange = {
  __typename?: 'StageChange';
  at: Scalars['String']['output'];
  from?: Maybe<ProjectStage>;
  id: Scalars['ID']['output'];
  /** the Asia/Shanghai calendar date of the change */
  on: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  to: ProjectStage;
  user?: Maybe<Scalars['String']['output']>;
  /** IMPORT, EDIT or BOARD */
  via: Scalars['String']['output'];
};

/** Counts of segments per status. */
export type StatusSummary = {
  __typename?: 'StatusSummary';
  broken: Scalars['Int']['output'];
  filling: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  strong: Scalars['Int']['output'];
  weak: Scalars['Int']['output'];
};

/** An enterprise's supplier network, tier by tier. */
export type SupplierNetwork = {
  __typename?: 'SupplierNetwork';
  center: Enterprise;
  /** Every SUPPLIES link among the returned nodes, ordered by from, then to; at most 5000. */
  edges: Array<NetworkEdge>;
  /** The center and its suppliers up to the requested tier, ordered by tier, then id; at most 500. */
  nodes: Array<NetworkNode>;
  /** True when nodes or edges were cut at their cap. */
  truncated: Scalars['Boolean']['output'];
};

/** A supplier link: `supplierId` supplies `customerId`. */
export type SupplyInput = {
  customerId: Scalars['ID']['input'];
  evidence?: InputMaybe<Evidence>;
  products?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  since?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  supplierId: Scalars['ID']['input'];
};

/** One SUPPLIES link seen from one side: the enterprise on the other side, and the link's details. */
export type SupplyLink = {
  __typename?: 'SupplyLink';
  /** The other enterprise: the supplier in `suppliers`, the customer in `customers`. */
  enterprise: Enterprise;
  evidence?: Maybe<Evidence>;
  products?: Maybe<Scalars['String']['output']>;
  /** Since when it supplies (YYYY-MM-DD), when known. */
  since?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
};

/** One shortest supply path between two enterprises. */
export type SupplyPath = {
  __typename?: 'SupplyPath';
  /**
   * True when the path follows SUPPLIES from supplier to customer all the way (fromId supplies, directly
   * or through others, toId); false when it was found ignoring direction.
   */
  directed: Scalars['Boolean']['output'];
  /**
   * The links along the path, in path order. Each edge keeps its real direction (supplier → customer),
   * so on an undirected path an edge may point backwards.
   */
  edges: Array<NetworkEdge>;
  /** The enterprises along the path, from `fromId` to `toId`. */
  nodes: Array<Enterprise>;
};

/** 本地配套率: how much of an enterprise's supply comes from within a scope. */
export type SupportingRate = {
  __typename?: 'SupportingRate';
  /**
   * Tier-1 suppliers grouped by the segments they are IN_SEGMENT (a supplier in two segments counts
   * in both); ordered by total (largest first), then segment id.
   */
  bySegment: Array<SegmentRate>;
  enterprise: Enterprise;
  scope: Region;
  /** The distinct enterprises that SUPPLY the enterprise. */
  tier1: Rate;
  /** The distinct suppliers of its tier-1 suppliers, leaving out the enterprise itself and its tier-1 suppliers. */
  tier2: Rate;
  /** Tier-1 suppliers that are IN_SEGMENT no segment. */
  unsegmented: Rate;
};

/** A recommended investment-attraction target (招商目标) for a segment. */
export type Target = {
  __typename?: 'Target';
  /** Every part of the score; parts worth zero points are left out, so the items sum to `score`. */
  breakdown: Array<ScoreItem>;
  enterprise: Enterprise;
  /** The sum of the breakdown's points. */
  score: Scalars['Float']['output'];
};

export type TargetInput = {
  chainId: Scalars['ID']['input'];
  indicator: Scalars['String']['input'];
  kind?: InputMaybe<IndicatorKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};

/** A chain's target for a year with its progress at asOf. */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  actual?: Maybe<Scalars['Float']['output']>;
  /** computed from the graph (SIGNED_PROJECTS …) rather than taken from actuals */
  computed: Scalars['Boolean']['output'];
  /** FLOW: value × days elapsed (asOf included) / days in the year; STOCK: value */
  expected: Scalars['Float']['output'];
  indicator: Scalars['String']['output'];
  /** the kind the target is judged by (the row's, or the indicator's natural kind when the row gives none) */
  kind: IndicatorKind;
  name?: Maybe<Scalars['String']['output']>;
  pace: Pace;
  /** actual / value */
  progress?: Maybe<Scalars['Float']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value: Scalars['Float']['output'];
};

/** Scoring weights; any weight left out keeps its default (shown after each field). */
export type TargetWeightsInput = {
  /** A CONFIRMED IN_SEGMENT link to the segment or below. Default 1. */
  confirmed?: InputMaybe<Scalars['Float']['input']>;
  /** Located in the scope's province. Default 1. */
  inProvince?: InputMaybe<Scalars['Float']['input']>;
  /** Listed. Default 1. */
  listed?: InputMaybe<Scalars['Float']['input']>;
  /** Scale LARGE. Default 3. */
  scaleLarge?: InputMaybe<Scalars['Float']['input']>;
  /** Scale MEDIUM. Default 2. */
  scaleMedium?: InputMaybe<Scalars['Float']['input']>;
  /** Scale MICRO. Default 0. */
  scaleMicro?: InputMaybe<Scalars['Float']['input']>;
  /** Scale SMALL. Default 1. */
  scaleSmall?: InputMaybe<Scalars['Float']['input']>;
  /** Scale not recorded. Default 0. */
  scaleUnknown?: InputMaybe<Scalars['Float']['input']>;
  /** Per other local enterprise it supplies. Default 1. */
  suppliesLocal?: InputMaybe<Scalars['Float']['input']>;
  /** Per local 链主 of the segment's chain it supplies. Default 3. */
  suppliesMaster?: InputMaybe<Scalars['Float']['input']>;
};

export type TeamRole =
  /** 牵头单位 */
  | 'LEAD'
  /** 成员单位 */
  | 'MEMBER';

/** A leaf segment that is MISSING or WEAK with no OPEN gap task (无人认领). */
export type UnassignedGap = {
  __typename?: 'UnassignedGap';
  chainId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  parentId?: Maybe<Scalars['ID']['output']>;
  stage: Stage;
  status: GapStatus;
};

/** A unit of the zone that works chains and projects (投资促进局, 经济发展局 …). */
export type Unit = {
  __typename?: 'Unit';
  id: Scalars['ID']['output'];
  kind?: Maybe<UnitKind>;
  name: Scalars['String']['output'];
};

export type UnitInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<UnitKind>;
  name: Scalars['String']['input'];
};

/** Kinds of units (责任单位): a department of the zone, a street, a park operator, a state company. */
export type UnitKind =
  | 'DEPARTMENT'
  | 'OTHER'
  | 'PARK_OPERATOR'
  | 'STATE_COMPANY'
  | 'STREET';

export type UnitScore = {
  __typename?: 'UnitScore';
  byHealth: ProjectsByHealth;
  done: Scalars['Int']['output'];
  doneLate: Scalars['Int']['output'];
  dueSoon: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  /** its projects (DROPPED left out) */
  projects: Scalars['Int']['output'];
  unit: Unit;
};

/** A user account (admins only). */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['String']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** Live (not revoked) API tokens; the secret is never shown again. */
  tokens: Array<ApiTokenInfo>;
};

/** 推演: the status map as if some enterprises left and others landed. Nothing is written. */
export type WhatIf = {
  __typename?: 'WhatIf';
  brokenAfter: Array<BrokenLink>;
  brokenBefore: Array<BrokenLink>;
  chain: Chain;
  /** Segments whose local count or status changes, in map order. */
  changes: Array<WhatIfChange>;
  evidence: EvidenceMode;
  /** Null when the chain has no 链主. */
  masterRate?: Maybe<WhatIfRate>;
  scope: Region;
  strongAt: Scalars['Int']['output'];
};

/** A segment whose local count or status a what-if changes. */
export type WhatIfChange = {
  __typename?: 'WhatIfChange';
  after: GapStatus;
  afterCount: Scalars['Int']['output'];
  before: GapStatus;
  beforeCount: Scalars['Int']['output'];
  segment: Segment;
};

/** The 链主's tier-1 本地配套率 before and after a what-if. */
export type WhatIfRate = {
  __typename?: 'WhatIfRate';
  /** Null when it has no supplier left, or is itself taken away. */
  after?: Maybe<Scalars['Float']['output']>;
  afterLocal: Scalars['Int']['output'];
  afterTotal: Scalars['Int']['output'];
  /** Null when it has no supplier. */
  before?: Maybe<Scalars['Float']['output']>;
  beforeLocal: Scalars['Int']['output'];
  beforeTotal: Scalars['Int']['output'];
  /**
   * The 链主 reported: among the chain's 链主 in the scope (all of them when none is), the one with the
   * lowest rate before the change, ties by id.
   */
  master: Enterprise;
};

export type WorkChainFilter = {
  chainId?: InputMaybe<Scalars['ID']['input']>;
  health?: InputMaybe<ProjectHealth>;
  /** only key projects (true) or only the others (false) */
  key?: InputMaybe<Scalars['Boolean']['input']>;
  list?: InputMaybe<ProjectList>;
  region?: InputMaybe<Scalars['ID']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type WorkItem = {
  __typename?: 'WorkItem';
  champion?: Maybe<Official>;
  daysOverdue: Scalars['Int']['output'];
  health: ProjectHealth;
  milestones: Array<Milestone>;
  project: Project;
  responsiblePerson?: Maybe<Scalars['String']['output']>;
  responsibleUnit?: Maybe<Unit>;
};

/** One column of the chain workbook, as the import template and the help page show it. */
export type WorkbookColumn = {
  __typename?: 'WorkbookColumn';
  /** What a cell holds, in words (Chinese). */
  description: Scalars['String']['output'];
  /** What a cell holds, in words (English). */
  descriptionEn: Scalars['String']['output'];
  /** The template's header (Chinese), e.g. 统一社会信用代码. */
  header: Scalars['String']['output'];
  /** text, key, ref, enum, int, nonNegative, date, bool, list or uscc. */
  kind: Scalars['String']['output'];
  /** The column's name (English), e.g. uscc. */
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  /** For an enum: the accepted values as a user writes them (Chinese); empty otherwise. */
  values: Array<Scalars['String']['output']>;
};

/** One table of the chain workbook: its name, the template's sheet name and columns, example rows. */
export type WorkbookTable = {
  __typename?: 'WorkbookTable';
  columns: Array<WorkbookColumn>;
  /** Illustrative rows marked 【示意】, each an array of cells in column order (null: empty). */
  examples: Array<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
  /** The template's sheet name (Chinese), e.g. 企业. */
  sheet: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActualInput: ResolverTypeWrapper<Partial<ActualInput>>;
  ApiTokenInfo: ResolverTypeWrapper<Partial<ApiTokenInfo>>;
  AuditEntry: ResolverTypeWrapper<Partial<AuditEntry>>;
  Benchmark: ResolverTypeWrapper<Partial<Omit<Benchmark, 'chain' | 'gaps' | 'scopes' | 'segments'> & { chain: ResolversTypes['Chain'], gaps: Array<ResolversTypes['BenchmarkGap']>, scopes: Array<ResolversTypes['BenchmarkScope']>, segments: Array<ResolversTypes['BenchmarkSegment']> }>>;
  BenchmarkCell: ResolverTypeWrapper<Partial<BenchmarkCell>>;
  BenchmarkGap: ResolverTypeWrapper<Partial<Omit<BenchmarkGap, 'enterprises' | 'peer' | 'pipelineEnterprises' | 'segment'> & { enterprises: Array<ResolversTypes['Enterprise']>, peer: ResolversTypes['Region'], pipelineEnterprises: Array<ResolversTypes['Enterprise']>, segment: ResolversTypes['Segment'] }>>;
  BenchmarkScope: ResolverTypeWrapper<Partial<Omit<BenchmarkScope, 'region'> & { region: ResolversTypes['Region'] }>>;
  BenchmarkSegment: ResolverTypeWrapper<Partial<Omit<BenchmarkSegment, 'segment'> & { segment: ResolversTypes['Segment'] }>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  BrokenLink: ResolverTypeWrapper<Partial<Omit<BrokenLink, 'from' | 'to'> & { from: ResolversTypes['Segment'], to: ResolversTypes['Segment'] }>>;
  Bulletin: ResolverTypeWrapper<Partial<Omit<Bulletin, 'doneInPeriod' | 'overdueByUnit' | 'unassignedGaps'> & { doneInPeriod: Array<ResolversTypes['BulletinDoneLine']>, overdueByUnit: Array<ResolversTypes['BulletinUnitGroup']>, unassignedGaps: Array<ResolversTypes['BulletinChainGaps']> }>>;
  BulletinChainGaps: ResolverTypeWrapper<Partial<Omit<BulletinChainGaps, 'chain'> & { chain: ResolversTypes['Chain'] }>>;
  BulletinDoneLine: ResolverTypeWrapper<Partial<Omit<BulletinDoneLine, 'project'> & { project: ResolversTypes['Project'] }>>;
  BulletinOverdueLine: ResolverTypeWrapper<Partial<Omit<BulletinOverdueLine, 'project'> & { project: ResolversTypes['Project'] }>>;
  BulletinUnitGroup: ResolverTypeWrapper<Partial<Omit<BulletinUnitGroup, 'items'> & { items: Array<ResolversTypes['BulletinOverdueLine']> }>>;
  Chain: ResolverTypeWrapper<ChainRow>;
  ChainChief: ResolverTypeWrapper<Partial<ChainChief>>;
  ChainGovernance: ResolverTypeWrapper<Partial<Omit<ChainGovernance, 'chain' | 'gapTasks' | 'scope'> & { chain: ResolversTypes['Chain'], gapTasks: Array<ResolversTypes['GapTask']>, scope: ResolversTypes['Region'] }>>;
  ChainStatus: ResolverTypeWrapper<Partial<Omit<ChainStatus, 'brokenLinks' | 'chain' | 'scope' | 'segments'> & { brokenLinks: Array<ResolversTypes['BrokenLink']>, chain: ResolversTypes['Chain'], scope: ResolversTypes['Region'], segments: Array<ResolversTypes['SegmentStatus']> }>>;
  ChainTeamMember: ResolverTypeWrapper<Partial<ChainTeamMember>>;
  ChiefRole: ResolverTypeWrapper<Partial<ChiefRole>>;
  Concentration: ResolverTypeWrapper<Partial<Concentration>>;
  CypherEdge: ResolverTypeWrapper<Partial<CypherEdge>>;
  CypherGraph: ResolverTypeWrapper<Partial<CypherGraph>>;
  CypherNode: ResolverTypeWrapper<Partial<CypherNode>>;
  CypherResult: ResolverTypeWrapper<Partial<CypherResult>>;
  CypherStatus: ResolverTypeWrapper<Partial<CypherStatus>>;
  ElementKind: ResolverTypeWrapper<Partial<ElementKind>>;
  ElementMatch: ResolverTypeWrapper<Partial<Omit<ElementMatch, 'funds' | 'parcels' | 'parks' | 'platforms' | 'scope' | 'segment'> & { funds: Array<ResolversTypes['FundMatch']>, parcels: Array<ResolversTypes['ParcelMatch']>, parks: Array<ResolversTypes['ParkMatch']>, platforms: Array<ResolversTypes['PlatformMatch']>, scope: ResolversTypes['Region'], segment: ResolversTypes['Segment'] }>>;
  Enterprise: ResolverTypeWrapper<EnterpriseRow>;
  EnterpriseInput: ResolverTypeWrapper<Partial<EnterpriseInput>>;
  EnterprisePark: ResolverTypeWrapper<Partial<Omit<EnterprisePark, 'park'> & { park: ResolversTypes['Park'] }>>;
  EnterpriseSegment: ResolverTypeWrapper<Partial<Omit<EnterpriseSegment, 'segment'> & { segment: ResolversTypes['Segment'] }>>;
  EnterpriseSegmentInput: ResolverTypeWrapper<Partial<EnterpriseSegmentInput>>;
  EnterpriseYearInput: ResolverTypeWrapper<Partial<EnterpriseYearInput>>;
  Evidence: ResolverTypeWrapper<Partial<Evidence>>;
  EvidenceMode: ResolverTypeWrapper<Partial<EvidenceMode>>;
  ExampleQuery: ResolverTypeWrapper<Partial<ExampleQuery>>;
  ExploreGroup: ResolverTypeWrapper<Partial<ExploreGroup>>;
  ExploreNode: ResolverTypeWrapper<Partial<ExploreNode>>;
  ExploreRelation: ResolverTypeWrapper<Partial<ExploreRelation>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  Flow: ResolverTypeWrapper<Partial<Flow>>;
  Fund: ResolverTypeWrapper<FundParent>;
  FundInput: ResolverTypeWrapper<Partial<FundInput>>;
  FundInvestment: ResolverTypeWrapper<Partial<Omit<FundInvestment, 'enterprise' | 'project'> & { enterprise?: Maybe<ResolversTypes['Enterprise']>, project?: Maybe<ResolversTypes['Project']> }>>;
  FundKind: ResolverTypeWrapper<Partial<FundKind>>;
  FundMatch: ResolverTypeWrapper<Partial<Omit<FundMatch, 'fund'> & { fund: ResolversTypes['Fund'] }>>;
  GapStatus: ResolverTypeWrapper<Partial<GapStatus>>;
  GapTask: ResolverTypeWrapper<Partial<Omit<GapTask, 'segment'> & { segment: ResolversTypes['Segment'] }>>;
  GapTaskInput: ResolverTypeWrapper<Partial<GapTaskInput>>;
  GapTaskStatus: ResolverTypeWrapper<Partial<GapTaskStatus>>;
  GradeCount: ResolverTypeWrapper<Partial<GradeCount>>;
  HealthCount: ResolverTypeWrapper<Partial<HealthCount>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  ImportIssue: ResolverTypeWrapper<Partial<ImportIssue>>;
  ImportReport: ResolverTypeWrapper<Partial<ImportReport>>;
  ImportTableCount: ResolverTypeWrapper<Partial<ImportTableCount>>;
  IndicatorKind: ResolverTypeWrapper<Partial<IndicatorKind>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  JSON: ResolverTypeWrapper<Partial<Scalars['JSON']['output']>>;
  LandEfficiencyRow: ResolverTypeWrapper<Partial<Omit<LandEfficiencyRow, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>>;
  LandGrade: ResolverTypeWrapper<Partial<LandGrade>>;
  LandGradeDistribution: ResolverTypeWrapper<Partial<LandGradeDistribution>>;
  ListCount: ResolverTypeWrapper<Partial<ListCount>>;
  Me: ResolverTypeWrapper<SignedIn>;
  Milestone: ResolverTypeWrapper<Partial<Milestone>>;
  MilestoneHealth: ResolverTypeWrapper<Partial<MilestoneHealth>>;
  MilestoneInput: ResolverTypeWrapper<Partial<MilestoneInput>>;
  MilestoneKind: ResolverTypeWrapper<Partial<MilestoneKind>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighborhood: ResolverTypeWrapper<Partial<Neighborhood>>;
  NetworkEdge: ResolverTypeWrapper<Partial<NetworkEdge>>;
  NetworkNode: ResolverTypeWrapper<Partial<Omit<NetworkNode, 'enterprise' | 'group' | 'segments'> & { enterprise: ResolversTypes['Enterprise'], group?: Maybe<ResolversTypes['Segment']>, segments: Array<ResolversTypes['Segment']> }>>;
  NewApiToken: ResolverTypeWrapper<Partial<NewApiToken>>;
  NewUser: ResolverTypeWrapper<Partial<Omit<NewUser, 'user'> & { user: ResolversTypes['User'] }>>;
  Official: ResolverTypeWrapper<Partial<Official>>;
  OfficialInput: ResolverTypeWrapper<Partial<OfficialInput>>;
  Pace: ResolverTypeWrapper<Partial<Pace>>;
  Panorama: ResolverTypeWrapper<Partial<Omit<Panorama, 'chain' | 'segments'> & { chain: ResolversTypes['Chain'], segments: Array<ResolversTypes['PanoramaSegment']> }>>;
  PanoramaSegment: ResolverTypeWrapper<Partial<Omit<PanoramaSegment, 'enterprises' | 'segment'> & { enterprises: Array<ResolversTypes['Enterprise']>, segment: ResolversTypes['Segment'] }>>;
  Parcel: ResolverTypeWrapper<ParcelParent>;
  ParcelFilter: ResolverTypeWrapper<Partial<ParcelFilter>>;
  ParcelInput: ResolverTypeWrapper<Partial<ParcelInput>>;
  ParcelMatch: ResolverTypeWrapper<Partial<Omit<ParcelMatch, 'parcel'> & { parcel: ResolversTypes['Parcel'] }>>;
  ParcelStatus: ResolverTypeWrapper<Partial<ParcelStatus>>;
  ParcelUse: ResolverTypeWrapper<Partial<ParcelUse>>;
  Park: ResolverTypeWrapper<ParkParent>;
  ParkInput: ResolverTypeWrapper<Partial<ParkInput>>;
  ParkKind: ResolverTypeWrapper<Partial<ParkKind>>;
  ParkMatch: ResolverTypeWrapper<Partial<Omit<ParkMatch, 'park'> & { park: ResolversTypes['Park'] }>>;
  Platform: ResolverTypeWrapper<PlatformParent>;
  PlatformInput: ResolverTypeWrapper<Partial<PlatformInput>>;
  PlatformKind: ResolverTypeWrapper<Partial<PlatformKind>>;
  PlatformLevel: ResolverTypeWrapper<Partial<PlatformLevel>>;
  PlatformMatch: ResolverTypeWrapper<Partial<Omit<PlatformMatch, 'platform'> & { platform: ResolversTypes['Platform'] }>>;
  Policy: ResolverTypeWrapper<Partial<Policy>>;
  PolicyInput: ResolverTypeWrapper<Partial<PolicyInput>>;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectFilter: ResolverTypeWrapper<Partial<ProjectFilter>>;
  ProjectHealth: ResolverTypeWrapper<Partial<ProjectHealth>>;
  ProjectInput: ResolverTypeWrapper<Partial<ProjectInput>>;
  ProjectList: ResolverTypeWrapper<Partial<ProjectList>>;
  ProjectNeeds: ResolverTypeWrapper<Partial<ProjectNeeds>>;
  ProjectStage: ResolverTypeWrapper<Partial<ProjectStage>>;
  ProjectsByHealth: ResolverTypeWrapper<Partial<ProjectsByHealth>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rate: ResolverTypeWrapper<Partial<Rate>>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionLevel: ResolverTypeWrapper<Partial<RegionLevel>>;
  Resilience: ResolverTypeWrapper<Partial<Omit<Resilience, 'enterprise' | 'scope' | 'segments' | 'soleChannels'> & { enterprise: ResolversTypes['Enterprise'], scope: ResolversTypes['Region'], segments: Array<ResolversTypes['ResilienceGroup']>, soleChannels: Array<ResolversTypes['SoleChannel']> }>>;
  ResilienceGroup: ResolverTypeWrapper<Partial<Omit<ResilienceGroup, 'enterprises' | 'segment'> & { enterprises: Array<ResolversTypes['Enterprise']>, segment?: Maybe<ResolversTypes['Segment']> }>>;
  ResilienceSupplier: ResolverTypeWrapper<Partial<Omit<ResilienceSupplier, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>>;
  ResilienceSupplierPage: ResolverTypeWrapper<Partial<Omit<ResilienceSupplierPage, 'enterprise' | 'scope' | 'segment' | 'suppliers'> & { enterprise: ResolversTypes['Enterprise'], scope: ResolversTypes['Region'], segment?: Maybe<ResolversTypes['Segment']>, suppliers: Array<ResolversTypes['ResilienceSupplier']> }>>;
  Role: ResolverTypeWrapper<Partial<Role>>;
  SavedQuery: ResolverTypeWrapper<SavedQueryRow>;
  Scale: ResolverTypeWrapper<Partial<Scale>>;
  ScoreCode: ResolverTypeWrapper<Partial<ScoreCode>>;
  ScoreItem: ResolverTypeWrapper<Partial<ScoreItem>>;
  SearchHit: ResolverTypeWrapper<Partial<Omit<SearchHit, 'chain' | 'enterprise' | 'segment'> & { chain?: Maybe<ResolversTypes['Chain']>, enterprise?: Maybe<ResolversTypes['Enterprise']>, segment?: Maybe<ResolversTypes['Segment']> }>>;
  SearchKind: ResolverTypeWrapper<Partial<SearchKind>>;
  SearchMatch: ResolverTypeWrapper<Partial<SearchMatch>>;
  Segment: ResolverTypeWrapper<SegmentRow>;
  SegmentElements: ResolverTypeWrapper<Partial<Omit<SegmentElements, 'funds' | 'parcels' | 'parks' | 'platforms' | 'segment'> & { funds: Array<ResolversTypes['Fund']>, parcels: Array<ResolversTypes['Parcel']>, parks: Array<ResolversTypes['Park']>, platforms: Array<ResolversTypes['Platform']>, segment: ResolversTypes['Segment'] }>>;
  SegmentInput: ResolverTypeWrapper<Partial<SegmentInput>>;
  SegmentLocalsPage: ResolverTypeWrapper<Partial<Omit<SegmentLocalsPage, 'enterprises'> & { enterprises: Array<ResolversTypes['Enterprise']> }>>;
  SegmentRate: ResolverTypeWrapper<Partial<Omit<SegmentRate, 'segment'> & { segment: ResolversTypes['Segment'] }>>;
  SegmentRole: ResolverTypeWrapper<Partial<SegmentRole>>;
  SegmentStatus: ResolverTypeWrapper<SegmentStatusRow>;
  SoleChannel: ResolverTypeWrapper<Partial<Omit<SoleChannel, 'carries' | 'enterprise'> & { carries: Array<ResolversTypes['Enterprise']>, enterprise: ResolversTypes['Enterprise'] }>>;
  SoleChannelPage: ResolverTypeWrapper<Partial<Omit<SoleChannelPage, 'channels' | 'enterprise'> & { channels: Array<ResolversTypes['SoleChannel']>, enterprise: ResolversTypes['Enterprise'] }>>;
  Stage: ResolverTypeWrapper<Partial<Stage>>;
  StageChange: ResolverTypeWrapper<Partial<StageChange>>;
  StatusSummary: ResolverTypeWrapper<Partial<StatusSummary>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  SupplierNetwork: ResolverTypeWrapper<Partial<Omit<SupplierNetwork, 'center' | 'nodes'> & { center: ResolversTypes['Enterprise'], nodes: Array<ResolversTypes['NetworkNode']> }>>;
  SupplyInput: ResolverTypeWrapper<Partial<SupplyInput>>;
  SupplyLink: ResolverTypeWrapper<Partial<Omit<SupplyLink, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>>;
  SupplyPath: ResolverTypeWrapper<Partial<Omit<SupplyPath, 'nodes'> & { nodes: Array<ResolversTypes['Enterprise']> }>>;
  SupportingRate: ResolverTypeWrapper<Partial<Omit<SupportingRate, 'bySegment' | 'enterprise' | 'scope'> & { bySegment: Array<ResolversTypes['SegmentRate']>, enterprise: ResolversTypes['Enterprise'], scope: ResolversTypes['Region'] }>>;
  Target: ResolverTypeWrapper<Partial<Omit<Target, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>>;
  TargetInput: ResolverTypeWrapper<Partial<TargetInput>>;
  TargetProgress: ResolverTypeWrapper<Partial<TargetProgress>>;
  TargetWeightsInput: ResolverTypeWrapper<Partial<TargetWeightsInput>>;
  TeamRole: ResolverTypeWrapper<Partial<TeamRole>>;
  UnassignedGap: ResolverTypeWrapper<Partial<UnassignedGap>>;
  Unit: ResolverTypeWrapper<Partial<Unit>>;
  UnitInput: ResolverTypeWrapper<Partial<UnitInput>>;
  UnitKind: ResolverTypeWrapper<Partial<UnitKind>>;
  UnitScore: ResolverTypeWrapper<Partial<UnitScore>>;
  User: ResolverTypeWrapper<UserRow>;
  WhatIf: ResolverTypeWrapper<Partial<Omit<WhatIf, 'brokenAfter' | 'brokenBefore' | 'chain' | 'changes' | 'masterRate' | 'scope'> & { brokenAfter: Array<ResolversTypes['BrokenLink']>, brokenBefore: Array<ResolversTypes['BrokenLink']>, chain: ResolversTypes['Chain'], changes: Array<ResolversTypes['WhatIfChange']>, masterRate?: Maybe<ResolversTypes['WhatIfRate']>, scope: ResolversTypes['Region'] }>>;
  WhatIfChange: ResolverTypeWrapper<Partial<Omit<WhatIfChange, 'segment'> & { segment: ResolversTypes['Segment'] }>>;
  WhatIfRate: ResolverTypeWrapper<Partial<Omit<WhatIfRate, 'master'> & { master: ResolversTypes['Enterprise'] }>>;
  WorkChainFilter: ResolverTypeWrapper<Partial<WorkChainFilter>>;
  WorkItem: ResolverTypeWrapper<Partial<Omit<WorkItem, 'project'> & { project: ResolversTypes['Project'] }>>;
  WorkbookColumn: ResolverTypeWrapper<Partial<WorkbookColumn>>;
  WorkbookTable: ResolverTypeWrapper<Partial<WorkbookTable>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActualInput: Partial<ActualInput>;
  ApiTokenInfo: Partial<ApiTokenInfo>;
  AuditEntry: Partial<AuditEntry>;
  Benchmark: Partial<Omit<Benchmark, 'chain' | 'gaps' | 'scopes' | 'segments'> & { chain: ResolversParentTypes['Chain'], gaps: Array<ResolversParentTypes['BenchmarkGap']>, scopes: Array<ResolversParentTypes['BenchmarkScope']>, segments: Array<ResolversParentTypes['BenchmarkSegment']> }>;
  BenchmarkCell: Partial<BenchmarkCell>;
  BenchmarkGap: Partial<Omit<BenchmarkGap, 'enterprises' | 'peer' | 'pipelineEnterprises' | 'segment'> & { enterprises: Array<ResolversParentTypes['Enterprise']>, peer: ResolversParentTypes['Region'], pipelineEnterprises: Array<ResolversParentTypes['Enterprise']>, segment: ResolversParentTypes['Segment'] }>;
  BenchmarkScope: Partial<Omit<BenchmarkScope, 'region'> & { region: ResolversParentTypes['Region'] }>;
  BenchmarkSegment: Partial<Omit<BenchmarkSegment, 'segment'> & { segment: ResolversParentTypes['Segment'] }>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  BrokenLink: Partial<Omit<BrokenLink, 'from' | 'to'> & { from: ResolversParentTypes['Segment'], to: ResolversParentTypes['Segment'] }>;
  Bulletin: Partial<Omit<Bulletin, 'doneInPeriod' | 'overdueByUnit' | 'unassignedGaps'> & { doneInPeriod: Array<ResolversParentTypes['BulletinDoneLine']>, overdueByUnit: Array<ResolversParentTypes['BulletinUnitGroup']>, unassignedGaps: Array<ResolversParentTypes['BulletinChainGaps']> }>;
  BulletinChainGaps: Partial<Omit<BulletinChainGaps, 'chain'> & { chain: ResolversParentTypes['Chain'] }>;
  BulletinDoneLine: Partial<Omit<BulletinDoneLine, 'project'> & { project: ResolversParentTypes['Project'] }>;
  BulletinOverdueLine: Partial<Omit<BulletinOverdueLine, 'project'> & { project: ResolversParentTypes['Project'] }>;
  BulletinUnitGroup: Partial<Omit<BulletinUnitGroup, 'items'> & { items: Array<ResolversParentTypes['BulletinOverdueLine']> }>;
  Chain: ChainRow;
  ChainChief: Partial<ChainChief>;
  ChainGovernance: Partial<Omit<ChainGovernance, 'chain' | 'gapTasks' | 'scope'> & { chain: ResolversParentTypes['Chain'], gapTasks: Array<ResolversParentTypes['GapTask']>, scope: ResolversParentTypes['Region'] }>;
  ChainStatus: Partial<Omit<ChainStatus, 'brokenLinks' | 'chain' | 'scope' | 'segments'> & { brokenLinks: Array<ResolversParentTypes['BrokenLink']>, chain: ResolversParentTypes['Chain'], scope: ResolversParentTypes['Region'], segments: Array<ResolversParentTypes['SegmentStatus']> }>;
  ChainTeamMember: Partial<ChainTeamMember>;
  CypherEdge: Partial<CypherEdge>;
  CypherGraph: Partial<CypherGraph>;
  CypherNode: Partial<CypherNode>;
  CypherResult: Partial<CypherResult>;
  ElementMatch: Partial<Omit<ElementMatch, 'funds' | 'parcels' | 'parks' | 'platforms' | 'scope' | 'segment'> & { funds: Array<ResolversParentTypes['FundMatch']>, parcels: Array<ResolversParentTypes['ParcelMatch']>, parks: Array<ResolversParentTypes['ParkMatch']>, platforms: Array<ResolversParentTypes['PlatformMatch']>, scope: ResolversParentTypes['Region'], segment: ResolversParentTypes['Segment'] }>;
  Enterprise: EnterpriseRow;
  EnterpriseInput: Partial<EnterpriseInput>;
  EnterprisePark: Partial<Omit<EnterprisePark, 'park'> & { park: ResolversParentTypes['Park'] }>;
  EnterpriseSegment: Partial<Omit<EnterpriseSegment, 'segment'> & { segment: ResolversParentTypes['Segment'] }>;
  EnterpriseSegmentInput: Partial<EnterpriseSegmentInput>;
  EnterpriseYearInput: Partial<EnterpriseYearInput>;
  ExampleQuery: Partial<ExampleQuery>;
  ExploreGroup: Partial<ExploreGroup>;
  ExploreNode: Partial<ExploreNode>;
  Float: Partial<Scalars['Float']['output']>;
  Flow: Partial<Flow>;
  Fund: FundParent;
  FundInput: Partial<FundInput>;
  FundInvestment: Partial<Omit<FundInvestment, 'enterprise' | 'project'> & { enterprise?: Maybe<ResolversParentTypes['Enterprise']>, project?: Maybe<ResolversParentTypes['Project']> }>;
  FundMatch: Partial<Omit<FundMatch, 'fund'> & { fund: ResolversParentTypes['Fund'] }>;
  GapTask: Partial<Omit<GapTask, 'segment'> & { segment: ResolversParentTypes['Segment'] }>;
  GapTaskInput: Partial<GapTaskInput>;
  GradeCount: Partial<GradeCount>;
  HealthCount: Partial<HealthCount>;
  ID: Partial<Scalars['ID']['output']>;
  ImportIssue: Partial<ImportIssue>;
  ImportReport: Partial<ImportReport>;
  ImportTableCount: Partial<ImportTableCount>;
  Int: Partial<Scalars['Int']['output']>;
  JSON: Partial<Scalars['JSON']['output']>;
  LandEfficiencyRow: Partial<Omit<LandEfficiencyRow, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] }>;
  LandGradeDistribution: Partial<LandGradeDistribution>;
  ListCount: Partial<ListCount>;
  Me: SignedIn;
  Milestone: Partial<Milestone>;
  MilestoneInput: Partial<MilestoneInput>;
  Mutation: Record<PropertyKey, never>;
  Neighborhood: Partial<Neighborhood>;
  NetworkEdge: Partial<NetworkEdge>;
  NetworkNode: Partial<Omit<NetworkNode, 'enterprise' | 'group' | 'segments'> & { enterprise: ResolversParentTypes['Enterprise'], group?: Maybe<ResolversParentTypes['Segment']>, segments: Array<ResolversParentTypes['Segment']> }>;
  NewApiToken: Partial<NewApiToken>;
  NewUser: Partial<Omit<NewUser, 'user'> & { user: ResolversParentTypes['User'] }>;
  Official: Partial<Official>;
  OfficialInput: Partial<OfficialInput>;
  Panorama: Partial<Omit<Panorama, 'chain' | 'segments'> & { chain: ResolversParentTypes['Chain'], segments: Array<ResolversParentTypes['PanoramaSegment']> }>;
  PanoramaSegment: Partial<Omit<PanoramaSegment, 'enterprises' | 'segment'> & { enterprises: Array<ResolversParentTypes['Enterprise']>, segment: ResolversParentTypes['Segment'] }>;
  Parcel: ParcelParent;
  ParcelFilter: Partial<ParcelFilter>;
  ParcelInput: Partial<ParcelInput>;
  ParcelMatch: Partial<Omit<ParcelMatch, 'parcel'> & { parcel: ResolversParentTypes['Parcel'] }>;
  Park: ParkParent;
  ParkInput: Partial<ParkInput>;
  ParkMatch: Partial<Omit<ParkMatch, 'park'> & { park: ResolversParentTypes['Park'] }>;
  Platform: PlatformParent;
  PlatformInput: Partial<PlatformInput>;
  PlatformMatch: Partial<Omit<PlatformMatch, 'platform'> & { platform: ResolversParentTypes['Platform'] }>;
  Policy: Partial<Policy>;
  PolicyInput: Partial<PolicyInput>;
  Project: ProjectRow;
  ProjectFilter: Partial<ProjectFilter>;
  ProjectInput: Partial<ProjectInput>;
  ProjectNeeds: Partial<ProjectNeeds>;
  ProjectsByHealth: Partial<ProjectsByHealth>;
  Query: Record<PropertyKey, never>;
  Rate: Partial<Rate>;
  Region: RegionRow;
  Resilience: Partial<Omit<Resilience, 'enterprise' | 'scope' | 'segments' | 'soleChannels'> & { enterprise: ResolversParentTypes['Enterprise'], scope: ResolversParentTypes['Region'], segments: Array<ResolversParentTypes['ResilienceGroup']>, soleChannels: Array<ResolversParentTypes['SoleChannel']> }>;
  ResilienceGroup: Partial<Omit<ResilienceGroup, 'enterprises' | 'segment'> & { enterprises: Array<ResolversParentTypes['Enterprise']>, segment?: Maybe<ResolversParentTypes['Segment']> }>;
  ResilienceSupplier: Partial<Omit<ResilienceSupplier, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] }>;
  ResilienceSupplierPage: Partial<Omit<ResilienceSupplierPage, 'enterprise' | 'scope' | 'segment' | 'suppliers'> & { enterprise: ResolversParentTypes['Enterprise'], scope: ResolversParentTypes['Region'], segment?: Maybe<ResolversParentTypes['Segment']>, suppliers: Array<ResolversParentTypes['ResilienceSupplier']> }>;
  SavedQuery: SavedQueryRow;
  ScoreItem: Partial<ScoreItem>;
  SearchHit: Partial<Omit<SearchHit, 'chain' | 'enterprise' | 'segment'> & { chain?: Maybe<ResolversParentTypes['Chain']>, enterprise?: Maybe<ResolversParentTypes['Enterprise']>, segment?: Maybe<ResolversParentTypes['Segment']> }>;
  Segment: SegmentRow;
  SegmentElements: Partial<Omit<SegmentElements, 'funds' | 'parcels' | 'parks' | 'platforms' | 'segment'> & { funds: Array<ResolversParentTypes['Fund']>, parcels: Array<ResolversParentTypes['Parcel']>, parks: Array<ResolversParentTypes['Park']>, platforms: Array<ResolversParentTypes['Platform']>, segment: ResolversParentTypes['Segment'] }>;
  SegmentInput: Partial<SegmentInput>;
  SegmentLocalsPage: Partial<Omit<SegmentLocalsPage, 'enterprises'> & { enterprises: Array<ResolversParentTypes['Enterprise']> }>;
  SegmentRate: Partial<Omit<SegmentRate, 'segment'> & { segment: ResolversParentTypes['Segment'] }>;
  SegmentStatus: SegmentStatusRow;
  SoleChannel: Partial<Omit<SoleChannel, 'carries' | 'enterprise'> & { carries: Array<ResolversParentTypes['Enterprise']>, enterprise: ResolversParentTypes['Enterprise'] }>;
  SoleChannelPage: Partial<Omit<SoleChannelPage, 'channels' | 'enterprise'> & { channels: Array<ResolversParentTypes['SoleChannel']>, enterprise: ResolversParentTypes['Enterprise'] }>;
  StageChange: Partial<StageChange>;
  StatusSummary: Partial<StatusSummary>;
  String: Partial<Scalars['String']['output']>;
  SupplierNetwork: Partial<Omit<SupplierNetwork, 'center' | 'nodes'> & { center: ResolversParentTypes['Enterprise'], nodes: Array<ResolversParentTypes['NetworkNode']> }>;
  SupplyInput: Partial<SupplyInput>;
  SupplyLink: Partial<Omit<SupplyLink, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] }>;
  SupplyPath: Partial<Omit<SupplyPath, 'nodes'> & { nodes: Array<ResolversParentTypes['Enterprise']> }>;
  SupportingRate: Partial<Omit<SupportingRate, 'bySegment' | 'enterprise' | 'scope'> & { bySegment: Array<ResolversParentTypes['SegmentRate']>, enterprise: ResolversParentTypes['Enterprise'], scope: ResolversParentTypes['Region'] }>;
  Target: Partial<Omit<Target, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] }>;
  TargetInput: Partial<TargetInput>;
  TargetProgress: Partial<TargetProgress>;
  TargetWeightsInput: Partial<TargetWeightsInput>;
  UnassignedGap: Partial<UnassignedGap>;
  Unit: Partial<Unit>;
  UnitInput: Partial<UnitInput>;
  UnitScore: Partial<UnitScore>;
  User: UserRow;
  WhatIf: Partial<Omit<WhatIf, 'brokenAfter' | 'brokenBefore' | 'chain' | 'changes' | 'masterRate' | 'scope'> & { brokenAfter: Array<ResolversParentTypes['BrokenLink']>, brokenBefore: Array<ResolversParentTypes['BrokenLink']>, chain: ResolversParentTypes['Chain'], changes: Array<ResolversParentTypes['WhatIfChange']>, masterRate?: Maybe<ResolversParentTypes['WhatIfRate']>, scope: ResolversParentTypes['Region'] }>;
  WhatIfChange: Partial<Omit<WhatIfChange, 'segment'> & { segment: ResolversParentTypes['Segment'] }>;
  WhatIfRate: Partial<Omit<WhatIfRate, 'master'> & { master: ResolversParentTypes['Enterprise'] }>;
  WorkChainFilter: Partial<WorkChainFilter>;
  WorkItem: Partial<Omit<WorkItem, 'project'> & { project: ResolversParentTypes['Project'] }>;
  WorkbookColumn: Partial<WorkbookColumn>;
  WorkbookTable: Partial<WorkbookTable>;
}>;

export type ApiTokenInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenInfo'] = ResolversParentTypes['ApiTokenInfo']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BenchmarkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Benchmark'] = ResolversParentTypes['Benchmark']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceMode'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['BenchmarkGap']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['BenchmarkScope']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['BenchmarkSegment']>, ParentType, ContextType>;
  strongAt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BenchmarkCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BenchmarkCell'] = ResolversParentTypes['BenchmarkCell']> = ResolversObject<{
  localCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
}>;

export type BenchmarkGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BenchmarkGap'] = ResolversParentTypes['BenchmarkGap']> = ResolversObject<{
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  inPipeline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  peer?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  pipelineEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
}>;

export type BenchmarkScopeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BenchmarkScope'] = ResolversParentTypes['BenchmarkScope']> = ResolversObject<{
  coverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leaves?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  strong?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weak?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BenchmarkSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BenchmarkSegment'] = ResolversParentTypes['BenchmarkSegment']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['BenchmarkCell']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
}>;

export type BrokenLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokenLink'] = ResolversParentTypes['BrokenLink']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
}>;

export type BulletinResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Bulletin'] = ResolversParentTypes['Bulletin']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byHealth?: Resolver<Array<ResolversTypes['HealthCount']>, ParentType, ContextType>;
  byList?: Resolver<Array<ResolversTypes['ListCount']>, ParentType, ContextType>;
  doneInPeriod?: Resolver<Array<ResolversTypes['BulletinDoneLine']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueByUnit?: Resolver<Array<ResolversTypes['BulletinUnitGroup']>, ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stageChanges?: Resolver<Array<ResolversTypes['StageChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unassignedGaps?: Resolver<Array<ResolversTypes['BulletinChainGaps']>, ParentType, ContextType>;
}>;

export type BulletinChainGapsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulletinChainGaps'] = ResolversParentTypes['BulletinChainGaps']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['UnassignedGap']>, ParentType, ContextType>;
}>;

export type BulletinDoneLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulletinDoneLine'] = ResolversParentTypes['BulletinDoneLine']> = ResolversObject<{
  doneOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  milestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType>;
  plannedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  responsibleUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export type BulletinOverdueLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulletinOverdueLine'] = ResolversParentTypes['BulletinOverdueLine']> = ResolversObject<{
  champion?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestone?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType>;
  plannedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  responsiblePerson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BulletinUnitGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulletinUnitGroup'] = ResolversParentTypes['BulletinUnitGroup']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['BulletinOverdueLine']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export type ChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chain'] = ResolversParentTypes['Chain']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  masters?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
}>;

export type ChainChiefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainChief'] = ResolversParentTypes['ChainChief']> = ResolversObject<{
  official?: Resolver<ResolversTypes['Official'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ChiefRole'], ParentType, ContextType>;
}>;

export type ChainGovernanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainGovernance'] = ResolversParentTypes['ChainGovernance']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  chiefs?: Resolver<Array<ResolversTypes['ChainChief']>, ParentType, ContextType>;
  gapTasks?: Resolver<Array<ResolversTypes['GapTask']>, ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['ChainTeamMember']>, ParentType, ContextType>;
  unassignedGaps?: Resolver<Array<ResolversTypes['UnassignedGap']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChainStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainStatus'] = ResolversParentTypes['ChainStatus']> = ResolversObject<{
  brokenLinks?: Resolver<Array<ResolversTypes['BrokenLink']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceMode'], ParentType, ContextType>;
  projected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['SegmentStatus']>, ParentType, ContextType>;
  strongAt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
}>;

export type ChainTeamMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainTeamMember'] = ResolversParentTypes['ChainTeamMember']> = ResolversObject<{
  role?: Resolver<ResolversTypes['TeamRole'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
}>;

export type CypherEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherEdge'] = ResolversParentTypes['CypherEdge']> = ResolversObject<{
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CypherGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherGraph'] = ResolversParentTypes['CypherGraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CypherEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CypherNode']>, ParentType, ContextType>;
}>;

export type CypherNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherNode'] = ResolversParentTypes['CypherNode']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type CypherResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherResult'] = ResolversParentTypes['CypherResult']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  graph?: Resolver<Maybe<ResolversTypes['CypherGraph']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<Maybe<Array<Maybe<ResolversTypes['JSON']>>>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CypherStatus'], ParentType, ContextType>;
  timedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ElementMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ElementMatch'] = ResolversParentTypes['ElementMatch']> = ResolversObject<{
  funds?: Resolver<Array<ResolversTypes['FundMatch']>, ParentType, ContextType>;
  needs?: Resolver<Maybe<ResolversTypes['ProjectNeeds']>, ParentType, ContextType>;
  parcels?: Resolver<Array<ResolversTypes['ParcelMatch']>, ParentType, ContextType>;
  parks?: Resolver<Array<ResolversTypes['ParkMatch']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['PlatformMatch']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = ResolversObject<{
  customers?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType>;
  listed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parks?: Resolver<Array<ResolversTypes['EnterprisePark']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<EnterpriseProjectsArgs, 'includeConfidential'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  scale?: Resolver<Maybe<ResolversTypes['Scale']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['EnterpriseSegment']>, ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EnterpriseParkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterprisePark'] = ResolversParentTypes['EnterprisePark']> = ResolversObject<{
  park?: Resolver<ResolversTypes['Park'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EnterpriseSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterpriseSegment'] = ResolversParentTypes['EnterpriseSegment']> = ResolversObject<{
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  products?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['SegmentRole'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ExampleQueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExampleQuery'] = ResolversParentTypes['ExampleQuery']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExploreGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExploreGroup'] = ResolversParentTypes['ExploreGroup']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ExploreNode']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['ExploreRelation'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExploreNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExploreNode'] = ResolversParentTypes['ExploreNode']> = ResolversObject<{
  chainId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  local?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FlowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Flow'] = ResolversParentTypes['Flow']> = ResolversObject<{
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type FundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Fund'] = ResolversParentTypes['Fund']> = ResolversObject<{
  focus?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investments?: Resolver<Array<ResolversTypes['FundInvestment']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['FundKind']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sizeYi?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FundInvestmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundInvestment'] = ResolversParentTypes['FundInvestment']> = ResolversObject<{
  amountYi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  on?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
}>;

export type FundMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundMatch'] = ResolversParentTypes['FundMatch']> = ResolversObject<{
  fund?: Resolver<ResolversTypes['Fund'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GapTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapTask'] = ResolversParentTypes['GapTask']> = ResolversObject<{
  dueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapTaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export type GradeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GradeCount'] = ResolversParentTypes['GradeCount']> = ResolversObject<{
  a?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  c?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HealthCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthCount'] = ResolversParentTypes['HealthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['ProjectHealth'], ParentType, ContextType>;
}>;

export type ImportIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportIssue'] = ResolversParentTypes['ImportIssue']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  header?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sheet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = ResolversObject<{
  counts?: Resolver<Array<ResolversTypes['ImportTableCount']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportIssue']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImportTableCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportTableCount'] = ResolversParentTypes['ImportTableCount']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LandEfficiencyRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandEfficiencyRow'] = ResolversParentTypes['LandEfficiencyRow']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['LandGrade'], ParentType, ContextType>;
  landMu?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outputPerMu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outputWan?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taxPerMu?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  taxWan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LandGradeDistributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandGradeDistribution'] = ResolversParentTypes['LandGradeDistribution']> = ResolversObject<{
  chains?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  parks?: Resolver<Array<ResolversTypes['GradeCount']>, ParentType, ContextType>;
  thresholdA?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  thresholdB?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  thresholdC?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ListCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ListCount'] = ResolversParentTypes['ListCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  list?: Resolver<ResolversTypes['ProjectList'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  allowedOperations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = ResolversObject<{
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['MilestoneHealth'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['MilestoneKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addFlow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationAddFlowArgs, 'from' | 'to'>>;
  createApiToken?: Resolver<ResolversTypes['NewApiToken'], ParentType, ContextType, Partial<MutationCreateApiTokenArgs>>;
  createProjectFromTarget?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectFromTargetArgs, 'enterpriseId' | 'segmentId'>>;
  createUser?: Resolver<ResolversTypes['NewUser'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'name' | 'role'>>;
  deleteElement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteElementArgs, 'id' | 'kind'>>;
  deleteEnterprise?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteEnterpriseArgs, 'id'>>;
  deleteProject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteProjectArgs, 'id'>>;
  deleteSavedQuery?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSavedQueryArgs, 'id'>>;
  deleteSegment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSegmentArgs, 'id'>>;
  importWorkbook?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportWorkbookArgs, 'contentBase64' | 'dryRun' | 'filename' | 'lang'>>;
  markMilestoneDone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationMarkMilestoneDoneArgs, 'doneOn' | 'id'>>;
  moveProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationMoveProjectArgs, 'id' | 'stage'>>;
  removeEnterpriseSegment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveEnterpriseSegmentArgs, 'enterpriseId' | 'segmentId'>>;
  removeFlow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveFlowArgs, 'from' | 'to'>>;
  removeSupply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveSupplyArgs, 'customerId' | 'supplierId'>>;
  removeUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveUserArgs, 'name'>>;
  revokeApiToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  saveQuery?: Resolver<ResolversTypes['SavedQuery'], ParentType, ContextType, RequireFields<MutationSaveQueryArgs, 'name' | 'query' | 'shared'>>;
  setChainChief?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetChainChiefArgs, 'chainId' | 'officialId' | 'role'>>;
  setChainTeamMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetChainTeamMemberArgs, 'chainId' | 'role' | 'unitId'>>;
  setEnterpriseSegment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetEnterpriseSegmentArgs, 'input'>>;
  setEnterpriseYear?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetEnterpriseYearArgs, 'input'>>;
  setSupply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetSupplyArgs, 'input'>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'name' | 'role'>>;
  signIn?: Resolver<ResolversTypes['Me'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'name' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  upsertActual?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpsertActualArgs, 'input'>>;
  upsertEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationUpsertEnterpriseArgs, 'input'>>;
  upsertFund?: Resolver<ResolversTypes['Fund'], ParentType, ContextType, RequireFields<MutationUpsertFundArgs, 'input'>>;
  upsertGapTask?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpsertGapTaskArgs, 'input'>>;
  upsertMilestone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpsertMilestoneArgs, 'input'>>;
  upsertOfficial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpsertOfficialArgs, 'input'>>;
  upsertParcel?: Resolver<ResolversTypes['Parcel'], ParentType, ContextType, RequireFields<MutationUpsertParcelArgs, 'input'>>;
  upsertPark?: Resolver<ResolversTypes['Park'], ParentType, ContextType, RequireFields<MutationUpsertParkArgs, 'input'>>;
  upsertPlatform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType, RequireFields<MutationUpsertPlatformArgs, 'input'>>;
  upsertPolicy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpsertPolicyArgs, 'input'>>;
  upsertProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationUpsertProjectArgs, 'input'>>;
  upsertSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationUpsertSegmentArgs, 'input'>>;
  upsertTarget?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpsertTargetArgs, 'input'>>;
  upsertUnit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUpsertUnitArgs, 'input'>>;
}>;

export type NeighborhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['ExploreGroup']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExploreNode'], ParentType, ContextType>;
}>;

export type NetworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = ResolversObject<{
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  products?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type NetworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NewApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewApiToken'] = ResolversParentTypes['NewApiToken']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NewUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NewUser'] = ResolversParentTypes['NewUser']> = ResolversObject<{
  password?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type OfficialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  post?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PanoramaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Panorama'] = ResolversParentTypes['Panorama']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  flows?: Resolver<Array<ResolversTypes['Flow']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['PanoramaSegment']>, ParentType, ContextType>;
}>;

export type PanoramaSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PanoramaSegment'] = ResolversParentTypes['PanoramaSegment']> = ResolversObject<{
  enterpriseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
}>;

export type ParcelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Parcel'] = ResolversParentTypes['Parcel']> = ResolversObject<{
  areaMu?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  availableFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minInvestmentWanPerMu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minTaxWanPerMu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  park?: Resolver<Maybe<ResolversTypes['Park']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ParcelStatus'], ParentType, ContextType>;
  use?: Resolver<Maybe<ResolversTypes['ParcelUse']>, ParentType, ContextType>;
}>;

export type ParcelMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParcelMatch'] = ResolversParentTypes['ParcelMatch']> = ResolversObject<{
  fits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parcel?: Resolver<ResolversTypes['Parcel'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tooSmall?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Park'] = ResolversParentTypes['Park']> = ResolversObject<{
  areaMu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterpriseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  floorSpaceSqm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ParkKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parcels?: Resolver<Array<ResolversTypes['Parcel']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  rentYuanSqmMonth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  vacantSqm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ParkMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParkMatch'] = ResolversParentTypes['ParkMatch']> = ResolversObject<{
  fits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownSegment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  park?: Resolver<ResolversTypes['Park'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = ResolversObject<{
  host?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['PlatformKind']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['PlatformLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
}>;

export type PlatformMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformMatch'] = ResolversParentTypes['PlatformMatch']> = ResolversObject<{
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PolicyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = ResolversObject<{
  docNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  confidential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  floorSpaceNeedSqm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investmentYi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  landNeedMu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parcel?: Resolver<Maybe<ResolversTypes['Parcel']>, ParentType, ContextType>;
  park?: Resolver<Maybe<ResolversTypes['Park']>, ParentType, ContextType>;
  plannedProductionOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  responsiblePerson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProjectStage'], ParentType, ContextType>;
}>;

export type ProjectNeedsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectNeeds'] = ResolversParentTypes['ProjectNeeds']> = ResolversObject<{
  floorSpaceNeedSqm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  intensityWanPerMu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  investmentYi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  landNeedMu?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ProjectsByHealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectsByHealth'] = ResolversParentTypes['ProjectsByHealth']> = ResolversObject<{
  complete?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueSoon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noPlan?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  benchmark?: Resolver<ResolversTypes['Benchmark'], ParentType, ContextType, RequireFields<QueryBenchmarkArgs, 'chainId' | 'evidence' | 'scopes' | 'strongAt'>>;
  bulletin?: Resolver<ResolversTypes['Bulletin'], ParentType, ContextType, RequireFields<QueryBulletinArgs, 'from' | 'to'>>;
  chain?: Resolver<Maybe<ResolversTypes['Chain']>, ParentType, ContextType, RequireFields<QueryChainArgs, 'id'>>;
  chainGovernance?: Resolver<ResolversTypes['ChainGovernance'], ParentType, ContextType, RequireFields<QueryChainGovernanceArgs, 'chainId' | 'year'>>;
  chainStatus?: Resolver<ResolversTypes['ChainStatus'], ParentType, ContextType, RequireFields<QueryChainStatusArgs, 'chainId' | 'evidence' | 'projected' | 'strongAt'>>;
  chains?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType>;
  cypher?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryCypherArgs, 'limit' | 'query' | 'timeoutMs'>>;
  elementLayer?: Resolver<Array<ResolversTypes['SegmentElements']>, ParentType, ContextType, RequireFields<QueryElementLayerArgs, 'chainId'>>;
  elementMatch?: Resolver<ResolversTypes['ElementMatch'], ParentType, ContextType, RequireFields<QueryElementMatchArgs, 'segmentId'>>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryEnterpriseArgs, 'id'>>;
  exampleQueries?: Resolver<Array<ResolversTypes['ExampleQuery']>, ParentType, ContextType>;
  funds?: Resolver<Array<ResolversTypes['Fund']>, ParentType, ContextType>;
  gapTasks?: Resolver<Array<ResolversTypes['GapTask']>, ParentType, ContextType, RequireFields<QueryGapTasksArgs, 'chainId'>>;
  landEfficiency?: Resolver<Array<ResolversTypes['LandEfficiencyRow']>, ParentType, ContextType, RequireFields<QueryLandEfficiencyArgs, 'year'>>;
  landEfficiencyYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType, Partial<QueryLandEfficiencyYearsArgs>>;
  landGradeDistribution?: Resolver<ResolversTypes['LandGradeDistribution'], ParentType, ContextType, RequireFields<QueryLandGradeDistributionArgs, 'year'>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  neighbors?: Resolver<ResolversTypes['Neighborhood'], ParentType, ContextType, RequireFields<QueryNeighborsArgs, 'id' | 'kind' | 'limit' | 'offset'>>;
  panorama?: Resolver<ResolversTypes['Panorama'], ParentType, ContextType, RequireFields<QueryPanoramaArgs, 'chainId' | 'evidence' | 'perSegment'>>;
  parcels?: Resolver<Array<ResolversTypes['Parcel']>, ParentType, ContextType, Partial<QueryParcelsArgs>>;
  park?: Resolver<Maybe<ResolversTypes['Park']>, ParentType, ContextType, RequireFields<QueryParkArgs, 'id'>>;
  parks?: Resolver<Array<ResolversTypes['Park']>, ParentType, ContextType, Partial<QueryParksArgs>>;
  paths?: Resolver<Array<ResolversTypes['SupplyPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'fromId' | 'maxHops' | 'toId'>>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType, Partial<QueryPlatformsArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectsArgs, 'limit'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  resilience?: Resolver<ResolversTypes['Resilience'], ParentType, ContextType, RequireFields<QueryResilienceArgs, 'enterpriseId' | 'evidence'>>;
  resilienceSoleChannels?: Resolver<ResolversTypes['SoleChannelPage'], ParentType, ContextType, RequireFields<QueryResilienceSoleChannelsArgs, 'enterpriseId' | 'evidence' | 'limit' | 'offset'>>;
  resilienceSuppliers?: Resolver<ResolversTypes['ResilienceSupplierPage'], ParentType, ContextType, RequireFields<QueryResilienceSuppliersArgs, 'enterpriseId' | 'evidence' | 'limit' | 'offset'>>;
  savedQueries?: Resolver<Array<ResolversTypes['SavedQuery']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'query'>>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType, RequireFields<QuerySegmentArgs, 'id'>>;
  segmentLocals?: Resolver<ResolversTypes['SegmentLocalsPage'], ParentType, ContextType, RequireFields<QuerySegmentLocalsArgs, 'chainId' | 'evidence' | 'first' | 'segmentId'>>;
  stageHistory?: Resolver<Array<ResolversTypes['StageChange']>, ParentType, ContextType, RequireFields<QueryStageHistoryArgs, 'projectId'>>;
  supplierNetwork?: Resolver<ResolversTypes['SupplierNetwork'], ParentType, ContextType, RequireFields<QuerySupplierNetworkArgs, 'enterpriseId' | 'evidence' | 'tiers'>>;
  supportingRate?: Resolver<ResolversTypes['SupportingRate'], ParentType, ContextType, RequireFields<QuerySupportingRateArgs, 'enterpriseId' | 'evidence'>>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, RequireFields<QueryTargetsArgs, 'evidence' | 'limit' | 'segmentId'>>;
  unitScorecard?: Resolver<Array<ResolversTypes['UnitScore']>, ParentType, ContextType, RequireFields<QueryUnitScorecardArgs, 'dueSoonDays'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIf'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'add' | 'chainId' | 'evidence' | 'remove' | 'strongAt'>>;
  workChain?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType, RequireFields<QueryWorkChainArgs, 'dueSoonDays'>>;
  workbookFormat?: Resolver<Array<ResolversTypes['WorkbookTable']>, ParentType, ContextType>;
}>;

export type RateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Rate'] = ResolversParentTypes['Rate']> = ResolversObject<{
  local?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ResilienceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Resilience'] = ResolversParentTypes['Resilience']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceMode'], ParentType, ContextType>;
  foreign?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  foreignShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['ResilienceGroup']>, ParentType, ContextType>;
  soleChannelCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  soleChannels?: Resolver<Array<ResolversTypes['SoleChannel']>, ParentType, ContextType>;
  suppliers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResilienceGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResilienceGroup'] = ResolversParentTypes['ResilienceGroup']> = ResolversObject<{
  concentration?: Resolver<ResolversTypes['Concentration'], ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  foreign?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hhi?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType>;
  sharesUsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleSource?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suppliers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResilienceSupplierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResilienceSupplier'] = ResolversParentTypes['ResilienceSupplier']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  foreign?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ResilienceSupplierPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResilienceSupplierPage'] = ResolversParentTypes['ResilienceSupplierPage']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceMode'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType>;
  suppliers?: Resolver<Array<ResolversTypes['ResilienceSupplier']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SavedQueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedQuery'] = ResolversParentTypes['SavedQuery']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScoreItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreItem'] = ResolversParentTypes['ScoreItem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ScoreCode'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  chain?: Resolver<Maybe<ResolversTypes['Chain']>, ParentType, ContextType>;
  chainId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SearchMatch'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType>;
}>;

export type SegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment']> = ResolversObject<{
  chainId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<SegmentEnterprisesArgs, 'includeDescendants' | 'limit'>>;
  fedBy?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  feedsTo?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
}>;

export type SegmentElementsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SegmentElements'] = ResolversParentTypes['SegmentElements']> = ResolversObject<{
  availableMu?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  funds?: Resolver<Array<ResolversTypes['Fund']>, ParentType, ContextType>;
  parcels?: Resolver<Array<ResolversTypes['Parcel']>, ParentType, ContextType>;
  parks?: Resolver<Array<ResolversTypes['Park']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  vacantSqm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SegmentLocalsPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SegmentLocalsPage'] = ResolversParentTypes['SegmentLocalsPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SegmentRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SegmentRate'] = ResolversParentTypes['SegmentRate']> = ResolversObject<{
  local?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SegmentStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SegmentStatus'] = ResolversParentTypes['SegmentStatus']> = ResolversObject<{
  activeProjectIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  activeProjects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  filling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
}>;

export type SoleChannelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SoleChannel'] = ResolversParentTypes['SoleChannel']> = ResolversObject<{
  carries?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  carriesCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
}>;

export type SoleChannelPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SoleChannelPage'] = ResolversParentTypes['SoleChannelPage']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['SoleChannel']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceMode'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StageChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageChange'] = ResolversParentTypes['StageChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ProjectStage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ProjectStage'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StatusSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusSummary'] = ResolversParentTypes['StatusSummary']> = ResolversObject<{
  broken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filling?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strong?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weak?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupplierNetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierNetwork'] = ResolversParentTypes['SupplierNetwork']> = ResolversObject<{
  center?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SupplyLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplyLink'] = ResolversParentTypes['SupplyLink']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  products?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SupplyPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplyPath'] = ResolversParentTypes['SupplyPath']> = ResolversObject<{
  directed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
}>;

export type SupportingRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportingRate'] = ResolversParentTypes['SupportingRate']> = ResolversObject<{
  bySegment?: Resolver<Array<ResolversTypes['SegmentRate']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  tier1?: Resolver<ResolversTypes['Rate'], ParentType, ContextType>;
  tier2?: Resolver<ResolversTypes['Rate'], ParentType, ContextType>;
  unsegmented?: Resolver<ResolversTypes['Rate'], ParentType, ContextType>;
}>;

export type TargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = ResolversObject<{
  breakdown?: Resolver<Array<ResolversTypes['ScoreItem']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TargetProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetProgress'] = ResolversParentTypes['TargetProgress']> = ResolversObject<{
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  computed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pace?: Resolver<ResolversTypes['Pace'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type UnassignedGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnassignedGap'] = ResolversParentTypes['UnassignedGap']> = ResolversObject<{
  chainId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
}>;

export type UnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['UnitKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UnitScoreResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitScore'] = ResolversParentTypes['UnitScore']> = ResolversObject<{
  byHealth?: Resolver<ResolversTypes['ProjectsByHealth'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueSoon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['ApiTokenInfo']>, ParentType, ContextType>;
}>;

export type WhatIfResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIf'] = ResolversParentTypes['WhatIf']> = ResolversObject<{
  brokenAfter?: Resolver<Array<ResolversTypes['BrokenLink']>, ParentType, ContextType>;
  brokenBefore?: Resolver<Array<ResolversTypes['BrokenLink']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['WhatIfChange']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceMode'], ParentType, ContextType>;
  masterRate?: Resolver<Maybe<ResolversTypes['WhatIfRate']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  strongAt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WhatIfChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIfChange'] = ResolversParentTypes['WhatIfChange']> = ResolversObject<{
  after?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  afterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  beforeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
}>;

export type WhatIfRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIfRate'] = ResolversParentTypes['WhatIfRate']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  afterLocal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  afterTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  beforeLocal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  beforeTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  master?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
}>;

export type WorkItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem']> = ResolversObject<{
  champion?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['ProjectHealth'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  responsiblePerson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleUnit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
}>;

export type WorkbookColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkbookColumn'] = ResolversParentTypes['WorkbookColumn']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  header?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WorkbookTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkbookTable'] = ResolversParentTypes['WorkbookTable']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['WorkbookColumn']>, ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ApiTokenInfo?: ApiTokenInfoResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Benchmark?: BenchmarkResolvers<ContextType>;
  BenchmarkCell?: BenchmarkCellResolvers<ContextType>;
  BenchmarkGap?: BenchmarkGapResolvers<ContextType>;
  BenchmarkScope?: BenchmarkScopeResolvers<ContextType>;
  BenchmarkSegment?: BenchmarkSegmentResolvers<ContextType>;
  BrokenLink?: BrokenLinkResolvers<ContextType>;
  Bulletin?: BulletinResolvers<ContextType>;
  BulletinChainGaps?: BulletinChainGapsResolvers<ContextType>;
  BulletinDoneLine?: BulletinDoneLineResolvers<ContextType>;
  BulletinOverdueLine?: BulletinOverdueLineResolvers<ContextType>;
  BulletinUnitGroup?: BulletinUnitGroupResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainChief?: ChainChiefResolvers<ContextType>;
  ChainGovernance?: ChainGovernanceResolvers<ContextType>;
  ChainStatus?: ChainStatusResolvers<ContextType>;
  ChainTeamMember?: ChainTeamMemberResolvers<ContextType>;
  CypherEdge?: CypherEdgeResolvers<ContextType>;
  CypherGraph?: CypherGraphResolvers<ContextType>;
  CypherNode?: CypherNodeResolvers<ContextType>;
  CypherResult?: CypherResultResolvers<ContextType>;
  ElementMatch?: ElementMatchResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterprisePark?: EnterpriseParkResolvers<ContextType>;
  EnterpriseSegment?: EnterpriseSegmentResolvers<ContextType>;
  ExampleQuery?: ExampleQueryResolvers<ContextType>;
  ExploreGroup?: ExploreGroupResolvers<ContextType>;
  ExploreNode?: ExploreNodeResolvers<ContextType>;
  Flow?: FlowResolvers<ContextType>;
  Fund?: FundResolvers<ContextType>;
  FundInvestment?: FundInvestmentResolvers<ContextType>;
  FundMatch?: FundMatchResolvers<ContextType>;
  GapTask?: GapTaskResolvers<ContextType>;
  GradeCount?: GradeCountResolvers<ContextType>;
  HealthCount?: HealthCountResolvers<ContextType>;
  ImportIssue?: ImportIssueResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportTableCount?: ImportTableCountResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LandEfficiencyRow?: LandEfficiencyRowResolvers<ContextType>;
  LandGradeDistribution?: LandGradeDistributionResolvers<ContextType>;
  ListCount?: ListCountResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  NewUser?: NewUserResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  Panorama?: PanoramaResolvers<ContextType>;
  PanoramaSegment?: PanoramaSegmentResolvers<ContextType>;
  Parcel?: ParcelResolvers<ContextType>;
  ParcelMatch?: ParcelMatchResolvers<ContextType>;
  Park?: ParkResolvers<ContextType>;
  ParkMatch?: ParkMatchResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformMatch?: PlatformMatchResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectNeeds?: ProjectNeedsResolvers<ContextType>;
  ProjectsByHealth?: ProjectsByHealthResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rate?: RateResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Resilience?: ResilienceResolvers<ContextType>;
  ResilienceGroup?: ResilienceGroupResolvers<ContextType>;
  ResilienceSupplier?: ResilienceSupplierResolvers<ContextType>;
  ResilienceSupplierPage?: ResilienceSupplierPageResolvers<ContextType>;
  SavedQuery?: SavedQueryResolvers<ContextType>;
  ScoreItem?: ScoreItemResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SegmentElements?: SegmentElementsResolvers<ContextType>;
  SegmentLocalsPage?: SegmentLocalsPageResolvers<ContextType>;
  SegmentRate?: SegmentRateResolvers<ContextType>;
  SegmentStatus?: SegmentStatusResolvers<ContextType>;
  SoleChannel?: SoleChannelResolvers<ContextType>;
  SoleChannelPage?: SoleChannelPageResolvers<ContextType>;
  StageChange?: StageChangeResolvers<ContextType>;
  StatusSummary?: StatusSummaryResolvers<ContextType>;
  SupplierNetwork?: SupplierNetworkResolvers<ContextType>;
  SupplyLink?: SupplyLinkResolvers<ContextType>;
  SupplyPath?: SupplyPathResolvers<ContextType>;
  SupportingRate?: SupportingRateResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetProgress?: TargetProgressResolvers<ContextType>;
  UnassignedGap?: UnassignedGapResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  UnitScore?: UnitScoreResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WhatIf?: WhatIfResolvers<ContextType>;
  WhatIfChange?: WhatIfChangeResolvers<ContextType>;
  WhatIfRate?: WhatIfRateResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkbookColumn?: WorkbookColumnResolvers<ContextType>;
  WorkbookTable?: WorkbookTableResolvers<ContextType>;
}>;

