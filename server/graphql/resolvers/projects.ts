import type { Resolvers } from '../generated/resolvers.js';
import { canSeeConfidential as roleSeesConfidential } from '../../auth/policy.js';
import { DEFAULT_PROJECT_LIMIT, getProject, listProjects, type ProjectFilter } from '../../repositories/projects.js';
import type { Context } from '../context.js';

/**
 * Whether this request may see confidential projects: the one place every resolver that could
 * return one asks (Query.projects, Query.project, Enterprise.projects). The rule itself is the
 * policy table's (server/auth/policy.ts).
 */
export function canSeeConfidential(context: Context): boolean {
  return roleSeesConfidential(context.viewer);
}

export const projectResolvers: Resolvers = {
  Query: {
    projects: (_: unknown, { filter, limit = DEFAULT_PROJECT_LIMIT }: { filter?: ProjectFilter | null; limit?: number }, context: Context) =>
      listProjects(context.services.runner, { ...filter, includeConfidential: filter?.includeConfidential === true && canSeeConfidential(context) }, limit),
    project: async (_: unknown, { id }: { id: string }, context: Context) => {
      const project = await getProject(context.services.runner, id);
      return project && (!project.confidential || canSeeConfidential(context)) ? project : null;
    },
  },
};
