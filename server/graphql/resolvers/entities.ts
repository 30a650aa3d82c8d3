import type { Resolvers } from '../generated/resolvers.js';
import { badInput } from '../../errors.js';
import type { ChainRow } from '../../repositories/chains.js';
import {
  getEnterprise,
  getRegion,
  getSegment,
  listEnterpriseCustomers,
  listEnterpriseLeads,
  listEnterpriseParks,
  listEnterpriseProjects,
  listEnterpriseSegments,
  listEnterpriseSuppliers,
  listProjectParks,
  listRegions,
  listSegmentChildren,
  listSegmentEnterprises,
  listSegmentFlows,
  MAX_SEGMENT_ENTERPRISES,
  type EnterpriseParkRow,
  type EnterpriseRow,
  type EnterpriseSegmentRow,
  type ParkRow,
  type ProjectRow,
  type SegmentFlowsRow,
  type SegmentRow,
  type SupplyLinkRow,
} from '../../repositories/entities.js';
import type { Context } from '../context.js';
import { loader } from '../loaders.js';
import { canSeeConfidential } from './projects.js';

type Parent = { id: string };

// Every field below a list is batched: one query per field per request, however many parents ask
// (the loaders live as long as the request's context).
const flows = (context: Context) => loader<SegmentFlowsRow>(context, 'segmentFlows', (ids) => listSegmentFlows(context.services.runner, ids), { feedsTo: [], fedBy: [] });

export const entityResolvers: Resolvers = {
  Query: {
    regions: (_: unknown, { parent }: { parent?: string | null }, { services }: Context) => listRegions(services.runner, parent),
    region: (_: unknown, { code }: { code: string }, { services }: Context) => getRegion(services.runner, code),
    segment: (_: unknown, { id }: { id: string }, { services }: Context) => getSegment(services.runner, id),
    enterprise: (_: unknown, { id }: { id: string }, { services }: Context) => getEnterprise(services.runner, id),
  },
  Segment: {
    children: ({ id }: Parent, _: unknown, context: Context) => loader<SegmentRow[]>(context, 'segmentChildren', (ids) => listSegmentChildren(context.services.runner, ids), []).load(id),
    feedsTo: async ({ id }: Parent, _: unknown, context: Context) => (await flows(context).load(id)).feedsTo,
    fedBy: async ({ id }: Parent, _: unknown, context: Context) => (await flows(context).load(id)).fedBy,
    enterprises: ({ id }: Parent, args: { limit: number; includeDescendants: boolean }, context: Context) => {
      if (args.limit < 1) throw badInput(`limit must be at least 1 (got ${args.limit})`);
      const options = { limit: Math.min(args.limit, MAX_SEGMENT_ENTERPRISES), includeDescendants: args.includeDescendants };
      const name = `segmentEnterprises:${options.limit}:${options.includeDescendants}`;
      return loader<EnterpriseRow[]>(context, name, (ids) => listSegmentEnterprises(context.services.runner, ids, options), []).load(id);
    },
  },
  Enterprise: {
    segments: ({ id }: Parent, _: unknown, context: Context) =>
      loader<EnterpriseSegmentRow[]>(context, 'enterpriseSegments', (ids) => listEnterpriseSegments(context.services.runner, ids), []).load(id),
    suppliers: ({ id }: Parent, _: unknown, context: Context) => loader<SupplyLinkRow[]>(context, 'enterpriseSuppliers', (ids) => listEnterpriseSuppliers(context.services.runner, ids), []).load(id),
    customers: ({ id }: Parent, _: unknown, context: Context) => loader<SupplyLinkRow[]>(context, 'enterpriseCustomers', (ids) => listEnterpriseCustomers(context.services.runner, ids), []).load(id),
    parks: ({ id }: Parent, _: unknown, context: Context) => loader<EnterpriseParkRow[]>(context, 'enterpriseParks', (ids) => listEnterpriseParks(context.services.runner, ids), []).load(id),
    leads: ({ id }: Parent, _: unknown, context: Context) => loader<ChainRow[]>(context, 'enterpriseLeads', (ids) => listEnterpriseLeads(context.services.runner, ids), []).load(id),
    projects: ({ id }: Parent, args: { includeConfidential: boolean }, context: Context) => {
      const includeConfidential = args.includeConfidential && canSeeConfidential(context);
      return loader<ProjectRow[]>(context, `enterpriseProjects:${includeConfidential}`, (ids) => listEnterpriseProjects(context.services.runner, ids, includeConfidential), []).load(id);
    },
  },
  Project: {
    park: ({ id }: Parent, _: unknown, context: Context) => loader<ParkRow | null>(context, 'projectPark', (ids) => listProjectParks(context.services.runner, ids), null).load(id),
  },
};
