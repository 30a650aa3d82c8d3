import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { AppError } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { atLeast, type Role } from './roles.js';

/** Who may call a root field: 'public' needs no sign-in; a role means that role or higher. */
export type Access = 'public' | Role;

/**
 * Every root field of the API and who may call it. A field missing here makes the server refuse to
 * start, so nothing becomes reachable by accident.
 */
export const POLICY: Record<'Query' | 'Mutation', Record<string, Access>> = {
  Query: {
    me: 'public',
    chains: 'viewer',
    chain: 'viewer',
    panorama: 'viewer',
    chainStatus: 'viewer',
    regions: 'viewer',
    region: 'viewer',
    segment: 'viewer',
    enterprise: 'viewer',
    targets: 'viewer',
    supportingRate: 'viewer',
    supplierNetwork: 'viewer',
    search: 'viewer',
    paths: 'viewer',
    projects: 'viewer',
    project: 'viewer',
    users: 'admin',
    auditLog: 'admin',
    chainGovernance: 'viewer',
    workChain: 'viewer',
    unitScorecard: 'viewer',
    stageHistory: 'viewer',
    gapTasks: 'viewer',
    bulletin: 'viewer',
    cypher: 'analyst', savedQueries: 'analyst', exampleQueries: 'analyst', // + saveQuery, deleteSavedQuery (Mutation): registered in resolvers/console.ts
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

/** Extra entries other areas register next to their resolvers. */
export function registerPolicy(type: 'Query' | 'Mutation', entries: Record<string, Access>): void {
  for (const [field, access] of Object.entries(entries)) {
    if (field in POLICY[type] && POLICY[type][field] !== access) throw new Error(`policy for ${type}.${field} is set twice`);
    POLICY[type][field] = access;
  }
}

export function requireAccess(context: Context, access: Access, what: string): void {
  if (access === 'public') return;
  if (!context.viewer) throw new AppError('UNAUTHENTICATED', `sign in to use ${what}`);
  if (!atLeast(context.viewer.role, access)) throw new AppError('FORBIDDEN', `${what} needs the ${access} role (you are ${context.viewer.role})`);
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
