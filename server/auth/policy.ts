import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { AppError } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { atLeast, type Role, type Viewer } from './roles.js';

/** Who is signed in, as `me` answers it. */
export type SignedIn = Pick<Viewer, 'name' | 'role'>;

/** Who may call a root field: 'public' needs no sign-in; a role means that role or higher. */
export type Access = 'public' | Role;

/**
 * Every root field of the API and who may call it. A field missing here makes the server refuse to
 * start, so nothing becomes reachable by accident.
 */
export const POLICY: Readonly<Record<'Query' | 'Mutation', Readonly<Record<string, Access>>>> = {
  Query: {
    me: 'public',
    chains: 'viewer',
    chain: 'viewer',
    panorama: 'viewer',
    chainStatus: 'viewer',
    segmentLocals: 'viewer',
    regions: 'viewer',
    region: 'viewer',
    segment: 'viewer',
    enterprise: 'viewer',
    targets: 'viewer',
    supportingRate: 'viewer',
    supplierNetwork: 'viewer',
    search: 'viewer',
    paths: 'viewer',
    benchmark: 'viewer',
    resilience: 'viewer',
    resilienceSuppliers: 'viewer',
    resilienceSoleChannels: 'viewer',
    whatIf: 'viewer',
    projects: 'viewer',
    project: 'viewer',
    neighbors: 'viewer',
    elementMatch: 'viewer',
    elementLayer: 'viewer',
    landEfficiency: 'viewer',
    landGradeDistribution: 'viewer',
    landEfficiencyYears: 'viewer',
    parks: 'viewer',
    park: 'viewer',
    parcels: 'viewer',
    funds: 'viewer',
    platforms: 'viewer',
    workbookFormat: 'viewer', // the import format and template rows: no data
    users: 'admin',
    auditLog: 'admin',
    cypher: 'analyst',
    savedQueries: 'analyst',
    exampleQueries: 'analyst',
    chainGovernance: 'viewer',
    workChain: 'viewer',
    unitScorecard: 'viewer',
    stageHistory: 'viewer',
    gapTasks: 'viewer',
    bulletin: 'viewer',
  },
  Mutation: {
    signIn: 'public',
    signOut: 'public',
    createApiToken: 'viewer',
    revokeApiToken: 'viewer',
    createUser: 'admin',
    setUserRole: 'admin',
    removeUser: 'admin',
    upsertEnterprise: 'editor',
    deleteEnterprise: 'editor',
    upsertSegment: 'editor',
    deleteSegment: 'editor',
    addFlow: 'editor',
    removeFlow: 'editor',
    setEnterpriseSegment: 'editor',
    removeEnterpriseSegment: 'editor',
    setSupply: 'editor',
    removeSupply: 'editor',
    upsertProject: 'editor',
    deleteProject: 'editor',
    moveProject: 'editor',
    createProjectFromTarget: 'editor',
    importWorkbook: 'editor',
    saveQuery: 'analyst',
    deleteSavedQuery: 'analyst',
    upsertPark: 'editor',
    upsertParcel: 'editor',
    upsertFund: 'editor',
    upsertPlatform: 'editor',
    setEnterpriseYear: 'editor',
    deleteElement: 'editor',
    upsertMilestone: 'editor',
    markMilestoneDone: 'editor',
    upsertGapTask: 'editor',
    upsertTarget: 'editor',
    upsertActual: 'editor',
    upsertPolicy: 'editor',
    upsertUnit: 'editor',
    upsertOfficial: 'editor',
    setChainChief: 'editor',
    setChainTeamMember: 'editor',
  },
};

/**
 * What a role may see inside answers it may ask for: not a root field, but decided by role all
 * the same, and offered to the client with the root fields so it need not know role ranks.
 */
export const DATA_POLICY = {
  /** Confidential pipeline projects. */
  confidentialProjects: 'analyst',
} as const satisfies Record<string, Role>;

/** Confidential pipeline projects are for the role DATA_POLICY names (analysts and up). */
export const canSeeConfidential = (viewer: Pick<Viewer, 'role'> | null): boolean => allows(viewer, DATA_POLICY.confidentialProjects);

/** Whether `viewer` (null: not signed in) may do what `access` guards. */
export function allows(viewer: Pick<Viewer, 'role'> | null, access: Access): boolean {
  return access === 'public' || (viewer !== null && atLeast(viewer.role, access));
}

/**
 * Everything `viewer` may do, as `Query.x`, `Mutation.y` and `Data.z`, sorted: what the client's
 * can() asks, so the table above is the only place that says who may do what.
 */
export function allowedOperations(viewer: Pick<Viewer, 'role'> | null): string[] {
  const out: string[] = [];
  for (const type of ['Query', 'Mutation'] as const) {
    for (const [field, access] of Object.entries(POLICY[type])) if (allows(viewer, access)) out.push(`${type}.${field}`);
  }
  for (const [what, access] of Object.entries(DATA_POLICY)) if (allows(viewer, access)) out.push(`Data.${what}`);
  return out.sort();
}

export function requireAccess(context: Context, access: Access, what: string): void {
  if (allows(context.viewer, access)) return;
  if (!context.viewer) throw new AppError('UNAUTHENTICATED', `sign in to use ${what}`);
  throw new AppError('FORBIDDEN', `${what} needs the ${access} role (you are ${context.viewer.role})`);
}

/** Wraps every root resolver with its policy check; throws at start-up for a field with none. */
export function applyPolicy(schema: GraphQLSchema): GraphQLSchema {
  const missing: string[] = [];
  for (const typeName of ['Query', 'Mutation'] as const) {
    const type = typeName === 'Query' ? schema.getQueryType() : schema.getMutationType();
    if (!type) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const access = POLICY[typeName][name];
      if (!access) {
        missing.push(`${typeName}.${name}`);
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        requireAccess(context, access, `${typeName}.${name}`);
        return resolve(source, args, context, info);
      };
    }
  }
  if (missing.length) throw new Error(`no access policy for: ${missing.join(', ')} (add them to server/auth/policy.ts)`);
  return schema;
}
