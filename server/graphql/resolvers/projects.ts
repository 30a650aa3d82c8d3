import type { Resolvers } from '../generated/resolvers.js';
import { canSeeConfidential as roleSeesConfidential } from '../../auth/policy.js';
import { DEFAULT_PROJECT_LIMIT, EVERY_REGION, getProject, listProjects, type ProjectFilter } from '../../repositories/projects.js';
import type { Context } from '../context.js';

/**
 * Whether this request may see confidential projects: the one place every resolver that could
 * return one asks (Query.projects, Query.project, Enterprise.projects). The rule itself is the
 * policy table's (server/auth/policy.ts).
 */
export function canSeeConfidential(context: Context): boolean {
  return roleSeesConfidential(context.viewer);
}

/**
 * The region a project list is scoped to: the one asked for; `*` for every region; without one,
 * the home region — unless the filter names a region, which then scopes the list by itself.
 */
function projectScope(scope: string | null | undefined, filter: ProjectFilter | null | undefined, context: Context): string | null {
  if (scope === EVERY_REGION) return null;
  if (scope) return scope;
  return filter?.region ? null : context.services.config.homeRegion;
}

export const projectResolvers: Resolvers = {
  Query: {
    projects: (_: unknown, { filter, limit = DEFAULT_PROJECT_LIMIT, scope }: { filter?: ProjectFilter | null; limit?: number; scope?: string | null }, context: Context) =>
      listProjects(
        context.services.runner,
        { ...filter, scope: projectScope(scope, filter, context), includeConfidential: filter?.includeConfidential === true && canSeeConfidential(context) },
        limit,
      ),
    project: async (_: unknown, { id }: { id: string }, context: Context) => {
      const project = await getProject(context.services.runner, id);
      return project && (!project.confidential || canSeeConfidential(context)) ? project : null;
    },
  },
};
