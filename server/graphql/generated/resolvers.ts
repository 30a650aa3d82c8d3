import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ChainRow } from '../../repositories/chains.js';
import type { RegionRow, SegmentRow, EnterpriseRow, ProjectRow, ParkRow } from '../../repositories/entities.js';
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

/** A FEEDS edge A → B where B has local enterprises and A has none (断链). */
export type BrokenLink = {
  __typename?: 'BrokenLink';
  from: Segment;
  to: Segment;
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

/** The status map (现状图) of a chain in a scope. */
export type ChainStatus = {
  __typename?: 'ChainStatus';
  brokenLinks: Array<BrokenLink>;
  chain: Chain;
  projected: Scalars['Boolean']['output'];
  scope: Region;
  segments: Array<SegmentStatus>;
  strongAt: Scalars['Int']['output'];
  summary: StatusSummary;
};

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

/** How well a link is supported: CONFIRMED needs a named public source. */
export type Evidence =
  | 'CONFIRMED'
  | 'INFERRED'
  | 'UNCERTAIN';

/** A ready-made console query over the ChainAtlas graph, with parameters that work on the demo data. */
export type ExampleQuery = {
  __typename?: 'ExampleQuery';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  params: Scalars['JSON']['output'];
  query: Scalars['String']['output'];
  title: Scalars['String']['output'];
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

/** Status of a segment in a scope: STRONG (local ≥ strongAt), WEAK (0 < local < strongAt), MISSING (local = 0). */
export type GapStatus =
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

/** One problem found in a workbook: where (table, spreadsheet row, column) and what. */
export type ImportIssue = {
  __typename?: 'ImportIssue';
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The row as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row?: Maybe<Scalars['Int']['output']>;
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
  /** Places an enterprise in a segment, or updates that placement (editors). */
  setEnterpriseSegment: Scalars['Boolean']['output'];
  /** Adds or updates a supplier link (editors). */
  setSupply: Scalars['Boolean']['output'];
  /** Changes a user's role (admins only). */
  setUserRole: User;
  /** Signs in and sets the session cookie (HttpOnly, SameSite=Strict). */
  signIn: Me;
  /** Ends the current session on the server and clears the cookie. */
  signOut: Scalars['Boolean']['output'];
  /** Creates or replaces an enterprise (editors). */
  upsertEnterprise: Enterprise;
  /** Creates or replaces a pipeline project (editors). */
  upsertProject: Project;
  /** Creates or replaces a segment (editors). */
  upsertSegment: Segment;
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


export type MutationSetEnterpriseSegmentArgs = {
  input: EnterpriseSegmentInput;
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


export type MutationUpsertEnterpriseArgs = {
  input: EnterpriseInput;
};


export type MutationUpsertProjectArgs = {
  input: ProjectInput;
};


export type MutationUpsertSegmentArgs = {
  input: SegmentInput;
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

/** An industrial park inside a region (区中园). */
export type Park = {
  __typename?: 'Park';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The region the park lies in. */
  region?: Maybe<Region>;
};

/** A project of the investment pipeline (项目). */
export type Project = {
  __typename?: 'Project';
  confidential: Scalars['Boolean']['output'];
  enterprise?: Maybe<Enterprise>;
  id: Scalars['ID']['output'];
  investmentYi?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** The park the project is IN_PARK, if any. */
  park?: Maybe<Park>;
  plannedProductionOn?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Region>;
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

/** A pipeline project to create or replace. */
export type ProjectInput = {
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  investmentYi?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  parkId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  plannedProductionOn?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** The newest audit entries (admins only), at most 1,000. */
  auditLog: Array<AuditEntry>;
  /** One chain by id, or null. */
  chain?: Maybe<Chain>;
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
  /** One enterprise by id, or null. */
  enterprise?: Maybe<Enterprise>;
  /** Example console queries (产业链图谱 questions such as 链主的一级供应商 or 断链查询). */
  exampleQueries: Array<ExampleQuery>;
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
  /**
   * The shortest supply paths between two enterprises, at most `maxHops` links long (1 to 6; larger
   * values count as 6), at most 10 paths. Paths that follow SUPPLIES from `fromId` towards `toId` are
   * preferred; only when there are none are paths ignoring direction returned. Ordered by the ids
   * along the path.
   */
  paths: Array<SupplyPath>;
  /** One project by id, or null (also null for a confidential project the caller may not see). */
  project?: Maybe<Project>;
  /**
   * Pipeline projects, in pipeline order (LEAD … IN_PRODUCTION, then DROPPED), then by id. Without a
   * filter: every non-confidential project. `limit` is 1 to 1000 (larger values count as 1000).
   */
  projects: Array<Project>;
  /** One region by code, or null. */
  region?: Maybe<Region>;
  /**
   * The regions directly WITHIN `parent`, or the top-level regions (within none) when `parent` is
   * omitted; ordered by code. An unknown `parent` is NOT_FOUND.
   */
  regions: Array<Region>;
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
  /** Every user (admins only). */
  users: Array<User>;
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
};


export type QueryChainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChainStatusArgs = {
  chainId: Scalars['ID']['input'];
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


export type QueryEnterpriseArgs = {
  id: Scalars['ID']['input'];
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
  perSegment?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  filter?: InputMaybe<ProjectFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  parent?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySegmentArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupplierNetworkArgs = {
  enterpriseId: Scalars['ID']['input'];
  scope?: InputMaybe<Scalars['ID']['input']>;
  tiers?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupportingRateArgs = {
  enterpriseId: Scalars['ID']['input'];
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTargetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  segmentId: Scalars['ID']['input'];
  weights?: InputMaybe<TargetWeightsInput>;
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
  activeProjects: Array<Project>;
  /** True when the segment is MISSING or WEAK and an active local project targets it or a segment below it. */
  filling: Scalars['Boolean']['output'];
  /** Distinct local enterprises in the segment or any descendant. */
  localCount: Scalars['Int']['output'];
  localEnterprises: Array<Enterprise>;
  segment: Segment;
  status: GapStatus;
};

/** Value-chain position of a segment: columns of the chain map, left to right. */
export type Stage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

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

/** A user account (admins only). */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['String']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** Live (not revoked) API tokens; the secret is never shown again. */
  tokens: Array<ApiTokenInfo>;
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
  ApiTokenInfo: ResolverTypeWrapper<Partial<ApiTokenInfo>>;
  AuditEntry: ResolverTypeWrapper<Partial<AuditEntry>>;
  Boolean: ResolverTypeWrapper<Partial<Scalars['Boolean']['output']>>;
  BrokenLink: ResolverTypeWrapper<Partial<Omit<BrokenLink, 'from' | 'to'> & { from: ResolversTypes['Segment'], to: ResolversTypes['Segment'] }>>;
  Chain: ResolverTypeWrapper<ChainRow>;
  ChainStatus: ResolverTypeWrapper<Partial<Omit<ChainStatus, 'brokenLinks' | 'chain' | 'scope' | 'segments'> & { brokenLinks: Array<ResolversTypes['BrokenLink']>, chain: ResolversTypes['Chain'], scope: ResolversTypes['Region'], segments: Array<ResolversTypes['SegmentStatus']> }>>;
  CypherEdge: ResolverTypeWrapper<Partial<CypherEdge>>;
  CypherGraph: ResolverTypeWrapper<Partial<CypherGraph>>;
  CypherNode: ResolverTypeWrapper<Partial<CypherNode>>;
  CypherResult: ResolverTypeWrapper<Partial<CypherResult>>;
  CypherStatus: ResolverTypeWrapper<Partial<CypherStatus>>;
  Enterprise: ResolverTypeWrapper<EnterpriseRow>;
  EnterpriseInput: ResolverTypeWrapper<Partial<EnterpriseInput>>;
  EnterprisePark: ResolverTypeWrapper<Partial<Omit<EnterprisePark, 'park'> & { park: ResolversTypes['Park'] }>>;
  EnterpriseSegment: ResolverTypeWrapper<Partial<Omit<EnterpriseSegment, 'segment'> & { segment: ResolversTypes['Segment'] }>>;
  EnterpriseSegmentInput: ResolverTypeWrapper<Partial<EnterpriseSegmentInput>>;
  Evidence: ResolverTypeWrapper<Partial<Evidence>>;
  ExampleQuery: ResolverTypeWrapper<Partial<ExampleQuery>>;
  ExploreGroup: ResolverTypeWrapper<Partial<ExploreGroup>>;
  ExploreNode: ResolverTypeWrapper<Partial<ExploreNode>>;
  ExploreRelation: ResolverTypeWrapper<Partial<ExploreRelation>>;
  Float: ResolverTypeWrapper<Partial<Scalars['Float']['output']>>;
  Flow: ResolverTypeWrapper<Partial<Flow>>;
  GapStatus: ResolverTypeWrapper<Partial<GapStatus>>;
  ID: ResolverTypeWrapper<Partial<Scalars['ID']['output']>>;
  ImportIssue: ResolverTypeWrapper<Partial<ImportIssue>>;
  ImportReport: ResolverTypeWrapper<Partial<ImportReport>>;
  ImportTableCount: ResolverTypeWrapper<Partial<ImportTableCount>>;
  Int: ResolverTypeWrapper<Partial<Scalars['Int']['output']>>;
  JSON: ResolverTypeWrapper<Partial<Scalars['JSON']['output']>>;
  Me: ResolverTypeWrapper<SignedIn>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighborhood: ResolverTypeWrapper<Partial<Neighborhood>>;
  NetworkEdge: ResolverTypeWrapper<Partial<NetworkEdge>>;
  NetworkNode: ResolverTypeWrapper<Partial<Omit<NetworkNode, 'enterprise' | 'segments'> & { enterprise: ResolversTypes['Enterprise'], segments: Array<ResolversTypes['Segment']> }>>;
  NewApiToken: ResolverTypeWrapper<Partial<NewApiToken>>;
  NewUser: ResolverTypeWrapper<Partial<Omit<NewUser, 'user'> & { user: ResolversTypes['User'] }>>;
  Panorama: ResolverTypeWrapper<Partial<Omit<Panorama, 'chain' | 'segments'> & { chain: ResolversTypes['Chain'], segments: Array<ResolversTypes['PanoramaSegment']> }>>;
  PanoramaSegment: ResolverTypeWrapper<Partial<Omit<PanoramaSegment, 'enterprises' | 'segment'> & { enterprises: Array<ResolversTypes['Enterprise']>, segment: ResolversTypes['Segment'] }>>;
  Park: ResolverTypeWrapper<ParkRow>;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectFilter: ResolverTypeWrapper<Partial<ProjectFilter>>;
  ProjectInput: ResolverTypeWrapper<Partial<ProjectInput>>;
  ProjectList: ResolverTypeWrapper<Partial<ProjectList>>;
  ProjectStage: ResolverTypeWrapper<Partial<ProjectStage>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rate: ResolverTypeWrapper<Partial<Rate>>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionLevel: ResolverTypeWrapper<Partial<RegionLevel>>;
  Role: ResolverTypeWrapper<Partial<Role>>;
  SavedQuery: ResolverTypeWrapper<SavedQueryRow>;
  Scale: ResolverTypeWrapper<Partial<Scale>>;
  ScoreCode: ResolverTypeWrapper<Partial<ScoreCode>>;
  ScoreItem: ResolverTypeWrapper<Partial<ScoreItem>>;
  SearchHit: ResolverTypeWrapper<Partial<Omit<SearchHit, 'chain' | 'enterprise' | 'segment'> & { chain?: Maybe<ResolversTypes['Chain']>, enterprise?: Maybe<ResolversTypes['Enterprise']>, segment?: Maybe<ResolversTypes['Segment']> }>>;
  SearchKind: ResolverTypeWrapper<Partial<SearchKind>>;
  SearchMatch: ResolverTypeWrapper<Partial<SearchMatch>>;
  Segment: ResolverTypeWrapper<SegmentRow>;
  SegmentInput: ResolverTypeWrapper<Partial<SegmentInput>>;
  SegmentRate: ResolverTypeWrapper<Partial<Omit<SegmentRate, 'segment'> & { segment: ResolversTypes['Segment'] }>>;
  SegmentRole: ResolverTypeWrapper<Partial<SegmentRole>>;
  SegmentStatus: ResolverTypeWrapper<Partial<Omit<SegmentStatus, 'activeProjects' | 'localEnterprises' | 'segment'> & { activeProjects: Array<ResolversTypes['Project']>, localEnterprises: Array<ResolversTypes['Enterprise']>, segment: ResolversTypes['Segment'] }>>;
  Stage: ResolverTypeWrapper<Partial<Stage>>;
  StatusSummary: ResolverTypeWrapper<Partial<StatusSummary>>;
  String: ResolverTypeWrapper<Partial<Scalars['String']['output']>>;
  SupplierNetwork: ResolverTypeWrapper<Partial<Omit<SupplierNetwork, 'center' | 'nodes'> & { center: ResolversTypes['Enterprise'], nodes: Array<ResolversTypes['NetworkNode']> }>>;
  SupplyInput: ResolverTypeWrapper<Partial<SupplyInput>>;
  SupplyLink: ResolverTypeWrapper<Partial<Omit<SupplyLink, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>>;
  SupplyPath: ResolverTypeWrapper<Partial<Omit<SupplyPath, 'nodes'> & { nodes: Array<ResolversTypes['Enterprise']> }>>;
  SupportingRate: ResolverTypeWrapper<Partial<Omit<SupportingRate, 'bySegment' | 'enterprise' | 'scope'> & { bySegment: Array<ResolversTypes['SegmentRate']>, enterprise: ResolversTypes['Enterprise'], scope: ResolversTypes['Region'] }>>;
  Target: ResolverTypeWrapper<Partial<Omit<Target, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>>;
  TargetWeightsInput: ResolverTypeWrapper<Partial<TargetWeightsInput>>;
  User: ResolverTypeWrapper<UserRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiTokenInfo: Partial<ApiTokenInfo>;
  AuditEntry: Partial<AuditEntry>;
  Boolean: Partial<Scalars['Boolean']['output']>;
  BrokenLink: Partial<Omit<BrokenLink, 'from' | 'to'> & { from: ResolversParentTypes['Segment'], to: ResolversParentTypes['Segment'] }>;
  Chain: ChainRow;
  ChainStatus: Partial<Omit<ChainStatus, 'brokenLinks' | 'chain' | 'scope' | 'segments'> & { brokenLinks: Array<ResolversParentTypes['BrokenLink']>, chain: ResolversParentTypes['Chain'], scope: ResolversParentTypes['Region'], segments: Array<ResolversParentTypes['SegmentStatus']> }>;
  CypherEdge: Partial<CypherEdge>;
  CypherGraph: Partial<CypherGraph>;
  CypherNode: Partial<CypherNode>;
  CypherResult: Partial<CypherResult>;
  Enterprise: EnterpriseRow;
  EnterpriseInput: Partial<EnterpriseInput>;
  EnterprisePark: Partial<Omit<EnterprisePark, 'park'> & { park: ResolversParentTypes['Park'] }>;
  EnterpriseSegment: Partial<Omit<EnterpriseSegment, 'segment'> & { segment: ResolversParentTypes['Segment'] }>;
  EnterpriseSegmentInput: Partial<EnterpriseSegmentInput>;
  ExampleQuery: Partial<ExampleQuery>;
  ExploreGroup: Partial<ExploreGroup>;
  ExploreNode: Partial<ExploreNode>;
  Float: Partial<Scalars['Float']['output']>;
  Flow: Partial<Flow>;
  ID: Partial<Scalars['ID']['output']>;
  ImportIssue: Partial<ImportIssue>;
  ImportReport: Partial<ImportReport>;
  ImportTableCount: Partial<ImportTableCount>;
  Int: Partial<Scalars['Int']['output']>;
  JSON: Partial<Scalars['JSON']['output']>;
  Me: SignedIn;
  Mutation: Record<PropertyKey, never>;
  Neighborhood: Partial<Neighborhood>;
  NetworkEdge: Partial<NetworkEdge>;
  NetworkNode: Partial<Omit<NetworkNode, 'enterprise' | 'segments'> & { enterprise: ResolversParentTypes['Enterprise'], segments: Array<ResolversParentTypes['Segment']> }>;
  NewApiToken: Partial<NewApiToken>;
  NewUser: Partial<Omit<NewUser, 'user'> & { user: ResolversParentTypes['User'] }>;
  Panorama: Partial<Omit<Panorama, 'chain' | 'segments'> & { chain: ResolversParentTypes['Chain'], segments: Array<ResolversParentTypes['PanoramaSegment']> }>;
  PanoramaSegment: Partial<Omit<PanoramaSegment, 'enterprises' | 'segment'> & { enterprises: Array<ResolversParentTypes['Enterprise']>, segment: ResolversParentTypes['Segment'] }>;
  Park: ParkRow;
  Project: ProjectRow;
  ProjectFilter: Partial<ProjectFilter>;
  ProjectInput: Partial<ProjectInput>;
  Query: Record<PropertyKey, never>;
  Rate: Partial<Rate>;
  Region: RegionRow;
  SavedQuery: SavedQueryRow;
  ScoreItem: Partial<ScoreItem>;
  SearchHit: Partial<Omit<SearchHit, 'chain' | 'enterprise' | 'segment'> & { chain?: Maybe<ResolversParentTypes['Chain']>, enterprise?: Maybe<ResolversParentTypes['Enterprise']>, segment?: Maybe<ResolversParentTypes['Segment']> }>;
  Segment: SegmentRow;
  SegmentInput: Partial<SegmentInput>;
  SegmentRate: Partial<Omit<SegmentRate, 'segment'> & { segment: ResolversParentTypes['Segment'] }>;
  SegmentStatus: Partial<Omit<SegmentStatus, 'activeProjects' | 'localEnterprises' | 'segment'> & { activeProjects: Array<ResolversParentTypes['Project']>, localEnterprises: Array<ResolversParentTypes['Enterprise']>, segment: ResolversParentTypes['Segment'] }>;
  StatusSummary: Partial<StatusSummary>;
  String: Partial<Scalars['String']['output']>;
  SupplierNetwork: Partial<Omit<SupplierNetwork, 'center' | 'nodes'> & { center: ResolversParentTypes['Enterprise'], nodes: Array<ResolversParentTypes['NetworkNode']> }>;
  SupplyInput: Partial<SupplyInput>;
  SupplyLink: Partial<Omit<SupplyLink, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] }>;
  SupplyPath: Partial<Omit<SupplyPath, 'nodes'> & { nodes: Array<ResolversParentTypes['Enterprise']> }>;
  SupportingRate: Partial<Omit<SupportingRate, 'bySegment' | 'enterprise' | 'scope'> & { bySegment: Array<ResolversParentTypes['SegmentRate']>, enterprise: ResolversParentTypes['Enterprise'], scope: ResolversParentTypes['Region'] }>;
  Target: Partial<Omit<Target, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] }>;
  TargetWeightsInput: Partial<TargetWeightsInput>;
  User: UserRow;
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

export type BrokenLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokenLink'] = ResolversParentTypes['BrokenLink']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
}>;

export type ChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chain'] = ResolversParentTypes['Chain']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  masters?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
}>;

export type ChainStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainStatus'] = ResolversParentTypes['ChainStatus']> = ResolversObject<{
  brokenLinks?: Resolver<Array<ResolversTypes['BrokenLink']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  projected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['SegmentStatus']>, ParentType, ContextType>;
  strongAt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type ImportIssueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportIssue'] = ResolversParentTypes['ImportIssue']> = ResolversObject<{
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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

export type MeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  allowedOperations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addFlow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationAddFlowArgs, 'from' | 'to'>>;
  createApiToken?: Resolver<ResolversTypes['NewApiToken'], ParentType, ContextType, Partial<MutationCreateApiTokenArgs>>;
  createProjectFromTarget?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationCreateProjectFromTargetArgs, 'enterpriseId' | 'segmentId'>>;
  createUser?: Resolver<ResolversTypes['NewUser'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'name' | 'role'>>;
  deleteEnterprise?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteEnterpriseArgs, 'id'>>;
  deleteProject?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteProjectArgs, 'id'>>;
  deleteSavedQuery?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSavedQueryArgs, 'id'>>;
  deleteSegment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSegmentArgs, 'id'>>;
  importWorkbook?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportWorkbookArgs, 'contentBase64' | 'dryRun' | 'filename' | 'lang'>>;
  moveProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationMoveProjectArgs, 'id' | 'stage'>>;
  removeEnterpriseSegment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveEnterpriseSegmentArgs, 'enterpriseId' | 'segmentId'>>;
  removeFlow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveFlowArgs, 'from' | 'to'>>;
  removeSupply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveSupplyArgs, 'customerId' | 'supplierId'>>;
  removeUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveUserArgs, 'name'>>;
  revokeApiToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  saveQuery?: Resolver<ResolversTypes['SavedQuery'], ParentType, ContextType, RequireFields<MutationSaveQueryArgs, 'name' | 'query' | 'shared'>>;
  setEnterpriseSegment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetEnterpriseSegmentArgs, 'input'>>;
  setSupply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetSupplyArgs, 'input'>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'name' | 'role'>>;
  signIn?: Resolver<ResolversTypes['Me'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'name' | 'password'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  upsertEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationUpsertEnterpriseArgs, 'input'>>;
  upsertProject?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationUpsertProjectArgs, 'input'>>;
  upsertSegment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType, RequireFields<MutationUpsertSegmentArgs, 'input'>>;
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

export type ParkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Park'] = ResolversParentTypes['Park']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  confidential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investmentYi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  park?: Resolver<Maybe<ResolversTypes['Park']>, ParentType, ContextType>;
  plannedProductionOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ProjectStage'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  chain?: Resolver<Maybe<ResolversTypes['Chain']>, ParentType, ContextType, RequireFields<QueryChainArgs, 'id'>>;
  chainStatus?: Resolver<ResolversTypes['ChainStatus'], ParentType, ContextType, RequireFields<QueryChainStatusArgs, 'chainId' | 'projected' | 'strongAt'>>;
  chains?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType>;
  cypher?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryCypherArgs, 'limit' | 'query' | 'timeoutMs'>>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryEnterpriseArgs, 'id'>>;
  exampleQueries?: Resolver<Array<ResolversTypes['ExampleQuery']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  neighbors?: Resolver<ResolversTypes['Neighborhood'], ParentType, ContextType, RequireFields<QueryNeighborsArgs, 'id' | 'kind' | 'limit' | 'offset'>>;
  panorama?: Resolver<ResolversTypes['Panorama'], ParentType, ContextType, RequireFields<QueryPanoramaArgs, 'chainId' | 'perSegment'>>;
  paths?: Resolver<Array<ResolversTypes['SupplyPath']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'fromId' | 'maxHops' | 'toId'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectsArgs, 'limit'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  savedQueries?: Resolver<Array<ResolversTypes['SavedQuery']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'query'>>;
  segment?: Resolver<Maybe<ResolversTypes['Segment']>, ParentType, ContextType, RequireFields<QuerySegmentArgs, 'id'>>;
  supplierNetwork?: Resolver<ResolversTypes['SupplierNetwork'], ParentType, ContextType, RequireFields<QuerySupplierNetworkArgs, 'enterpriseId' | 'tiers'>>;
  supportingRate?: Resolver<ResolversTypes['SupportingRate'], ParentType, ContextType, RequireFields<QuerySupportingRateArgs, 'enterpriseId'>>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, RequireFields<QueryTargetsArgs, 'limit' | 'segmentId'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
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

export type SegmentRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SegmentRate'] = ResolversParentTypes['SegmentRate']> = ResolversObject<{
  local?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SegmentStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SegmentStatus'] = ResolversParentTypes['SegmentStatus']> = ResolversObject<{
  activeProjects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  filling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
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

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['ApiTokenInfo']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ApiTokenInfo?: ApiTokenInfoResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  BrokenLink?: BrokenLinkResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainStatus?: ChainStatusResolvers<ContextType>;
  CypherEdge?: CypherEdgeResolvers<ContextType>;
  CypherGraph?: CypherGraphResolvers<ContextType>;
  CypherNode?: CypherNodeResolvers<ContextType>;
  CypherResult?: CypherResultResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterprisePark?: EnterpriseParkResolvers<ContextType>;
  EnterpriseSegment?: EnterpriseSegmentResolvers<ContextType>;
  ExampleQuery?: ExampleQueryResolvers<ContextType>;
  ExploreGroup?: ExploreGroupResolvers<ContextType>;
  ExploreNode?: ExploreNodeResolvers<ContextType>;
  Flow?: FlowResolvers<ContextType>;
  ImportIssue?: ImportIssueResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportTableCount?: ImportTableCountResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  NewUser?: NewUserResolvers<ContextType>;
  Panorama?: PanoramaResolvers<ContextType>;
  PanoramaSegment?: PanoramaSegmentResolvers<ContextType>;
  Park?: ParkResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rate?: RateResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SavedQuery?: SavedQueryResolvers<ContextType>;
  ScoreItem?: ScoreItemResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Segment?: SegmentResolvers<ContextType>;
  SegmentRate?: SegmentRateResolvers<ContextType>;
  SegmentStatus?: SegmentStatusResolvers<ContextType>;
  StatusSummary?: StatusSummaryResolvers<ContextType>;
  SupplierNetwork?: SupplierNetworkResolvers<ContextType>;
  SupplyLink?: SupplyLinkResolvers<ContextType>;
  SupplyPath?: SupplyPathResolvers<ContextType>;
  SupportingRate?: SupportingRateResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

