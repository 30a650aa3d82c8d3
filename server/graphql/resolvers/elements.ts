import type { Resolvers } from '../generated/resolvers.js';
import { recordAudit } from '../../auth/service.js';
import { canSeeConfidential } from '../../auth/policy.js';
import * as editing from '../../repositories/element-editing.js';
import {
  getElementLayer,
  getElementMatch,
  getLandEfficiency,
  gradeDistribution,
  listFunds,
  listLandYears,
  listNodesById,
  listParcels,
  listParkDetails,
  listParks,
  listPlatforms,
  listProjectElements,
  type FundParent,
  type ParcelFilter,
  type ParcelParent,
  type ParkDetails,
  type ParkFields,
  type ParkParent,
  type PlatformParent,
} from '../../repositories/elements.js';
import type { ProjectRow, RegionRow } from '../../repositories/entities.js';
import { listChains } from '../../repositories/chains.js';
import type { Context } from '../context.js';
import { loader } from '../loaders.js';

/** "*" asks for every park or platform; nothing means the home zone. */
const scopeOrAll = (scope: string | null | undefined, context: Context) => (scope === '*' ? null : (scope ?? context.services.config.homeRegion));
const home = (scope: string | null | undefined, context: Context) => scope ?? context.services.config.homeRegion;

const parkDetails = (context: Context, id: string) =>
  loader<ParkDetails | null>(context, 'parkDetails', (ids) => listParkDetails(context.services.runner, ids, canSeeConfidential(context.viewer)), null).load(id);

/** A park field: from the parent when the query that produced it had it, else from the park's details. */
const parkField =
  <K extends keyof ParkFields>(name: K) =>
  async (park: ParkParent, _: unknown, context: Context): Promise<ParkFields[K] | null> =>
    name in park ? (park[name] as ParkFields[K]) : ((await parkDetails(context, park.id))?.park[name] ?? null);

const nodes = (context: Context, keys: Parameters<typeof listNodesById>[1]) => listNodesById(context.services.runner, keys);
const regionOf = async (parent: { region?: RegionRow | null; regionCode?: string | null }, context: Context) => {
  if (parent.region !== undefined) return parent.region;
  const code = parent.regionCode;
  return code ? ((await nodes(context, { regionCodes: [code] })).regions[0] ?? null) : null;
};
const segmentsOf = async (ids: string[] | undefined, context: Context) => (await nodes(context, { segmentIds: ids ?? [] })).segments;

function audited<A, R>(action: string, target: (args: A) => string, run: (context: Context, args: A) => Promise<R>) {
  return async (_: unknown, args: A, context: Context): Promise<R> => {
    const result = await run(context, args);
    await recordAudit(context.services.accounts, { user: context.viewer?.name ?? null, action, target: target(args), detail: args as Record<string, unknown>, address: context.address });
    return result;
  };
}

export const elementResolvers: Resolvers = {
  Query: {
    elementMatch: (_: unknown, args: { segmentId: string; projectId?: string | null; scope?: string | null }, context: Context) =>
      getElementMatch(context.services.runner, {
        segmentId: args.segmentId,
        projectId: args.projectId ?? null,
        scope: home(args.scope, context),
        includeConfidential: canSeeConfidential(context.viewer),
      }),
    elementLayer: async (_: unknown, args: { chainId: string; scope?: string | null }, context: Context) =>
      (await getElementLayer(context.services.runner, args.chainId, home(args.scope, context))).segments,
    landEfficiency: (_: unknown, args: { year: number; scope?: string | null; chainId?: string | null; parkId?: string | null }, context: Context) =>
      getLandEfficiency(context.services.runner, {
        year: args.year,
        scope: home(args.scope, context),
        chainId: args.chainId ?? null,
        parkId: args.parkId ?? null,
        thresholds: context.services.config.landGrades,
      }),
    landGradeDistribution: async (_: unknown, args: { year: number; scope?: string | null }, context: Context) => {
      const { runner, config } = context.services;
      const rows = await getLandEfficiency(runner, { year: args.year, scope: home(args.scope, context), chainId: null, parkId: null, thresholds: config.landGrades });
      const dist = gradeDistribution(rows);
      const chainNames = new Map((await listChains(runner)).map((c) => [c.id, c.name]));
      const parkNames = new Map((await listParks(runner, null)).map((p) => [p.id, p.name]));
      return {
        chains: dist.chains.map((c) => ({ ...c, name: chainNames.get(c.id) ?? c.id })),
        parks: dist.parks.map((p) => ({ ...p, name: parkNames.get(p.id) ?? p.id })),
        thresholdA: config.landGrades.a,
        thresholdB: config.landGrades.b,
        thresholdC: config.landGrades.c,
      };
    },
    landEfficiencyYears: (_: unknown, args: { scope?: string | null }, context: Context) => listLandYears(context.services.runner, home(args.scope, context)),
    parks: (_: unknown, args: { scope?: string | null }, context: Context) => listParks(context.services.runner, scopeOrAll(args.scope, context)),
    park: async (_: unknown, args: { id: string }, context: Context) => (await parkDetails(context, args.id))?.park ?? null,
    parcels: (_: unknown, args: { filter?: ParcelFilter | null }, context: Context) => listParcels(context.services.runner, args.filter ?? {}),
    funds: (_: unknown, __: unknown, context: Context) => listFunds(context.services.runner),
    platforms: (_: unknown, args: { scope?: string | null }, context: Context) => listPlatforms(context.services.runner, scopeOrAll(args.scope, context)),
  },
  Mutation: {
    upsertPark: audited(
      'upsertPark',
      (a: { input: editing.ParkInput }) => a.input.id,
      async (c, a) => {
        await editing.upsertPark(c.services.runner, a.input, c.lang);
        return (await listParkDetails(c.services.runner, [a.input.id], canSeeConfidential(c.viewer))).get(a.input.id)!.park;
      },
    ),
    upsertParcel: audited(
      'upsertParcel',
      (a: { input: editing.ParcelInput }) => a.input.id,
      async (c, a) => {
        await editing.upsertParcel(c.services.runner, a.input, c.lang);
        return (await listParcels(c.services.runner, { ids: [a.input.id] }))[0]!;
      },
    ),
    upsertFund: audited(
      'upsertFund',
      (a: { input: editing.FundInput }) => a.input.id,
      async (c, a) => {
        await editing.upsertFund(c.services.runner, a.input, c.lang);
        return (await listFunds(c.services.runner, [a.input.id]))[0]!;
      },
    ),
    upsertPlatform: audited(
      'upsertPlatform',
      (a: { input: editing.PlatformInput }) => a.input.id,
      async (c, a) => {
        await editing.upsertPlatform(c.services.runner, a.input, c.lang);
        return (await listPlatforms(c.services.runner, null)).find((p) => p.id === a.input.id)!;
      },
    ),
    setEnterpriseYear: audited(
      'setEnterpriseYear',
      (a: { input: editing.EnterpriseYearInput }) => `${a.input.enterpriseId}:${a.input.year}`,
      (c, a) => editing.setEnterpriseYear(c.services.runner, a.input, c.lang),
    ),
    deleteElement: audited(
      'deleteElement',
      (a: { kind: string; id: string }) => `${a.kind}:${a.id}`,
      (c, a) => editing.deleteElement(c.services.runner, a.kind, a.id),
    ),
  },
  Park: {
    kind: parkField('kind'),
    operator: parkField('operator'),
    areaMu: parkField('areaMu'),
    floorSpaceSqm: parkField('floorSpaceSqm'),
    vacantSqm: parkField('vacantSqm'),
    rentYuanSqmMonth: parkField('rentYuanSqmMonth'),
    description: parkField('description'),
    region: (parent, _, context) => regionOf(parent, context),
    themes: async (park: ParkParent, _: unknown, context: Context) => segmentsOf((await parkDetails(context, park.id))?.themeIds, context),
    enterpriseCount: async (park: ParkParent, _: unknown, context: Context) => (await parkDetails(context, park.id))?.enterpriseIds.length ?? 0,
    enterprises: async (park: ParkParent, _: unknown, context: Context) => (await nodes(context, { enterpriseIds: (await parkDetails(context, park.id))?.enterpriseIds ?? [] })).enterprises,
    projects: async (park: ParkParent, _: unknown, context: Context) => (await nodes(context, { projectIds: (await parkDetails(context, park.id))?.projectIds ?? [] })).projects,
    parcels: async (park: ParkParent, _: unknown, context: Context) => listParcels(context.services.runner, { parkId: park.id }),
  },
  Parcel: {
    region: (parent, _, context) => regionOf(parent, context),
    park: async (parcel: ParcelParent, _: unknown, context: Context) => (parcel.parkId ? ((await parkDetails(context, parcel.parkId))?.park ?? null) : null),
    segments: async (parcel: ParcelParent, _: unknown, context: Context) => segmentsOf(parcel.segmentIds ?? (await listParcels(context.services.runner, { ids: [parcel.id] }))[0]?.segmentIds, context),
  },
  Fund: {
    region: (parent, _, context) => regionOf(parent, context),
    focus: (fund: FundParent, _: unknown, context: Context) => segmentsOf(fund.segmentIds, context),
    investments: async (fund: FundParent, _: unknown, context: Context) => {
      const investments = fund.investments ?? (await listFunds(context.services.runner, [fund.id]))[0]?.investments ?? [];
      const found = await nodes(context, {
        enterpriseIds: investments.flatMap((i) => (i.enterpriseId ? [i.enterpriseId] : [])),
        projectIds: investments.flatMap((i) => (i.projectId ? [i.projectId] : [])),
      });
      const e = new Map(found.enterprises.map((x) => [x.id, x]));
      const p = new Map(found.projects.map((x) => [x.id, x]));
      const mayShow = canSeeConfidential(context.viewer);
      return investments
        .map((i) => ({ enterprise: i.enterpriseId ? (e.get(i.enterpriseId) ?? null) : null, project: i.projectId ? (p.get(i.projectId) ?? null) : null, amountYi: i.amountYi, on: i.on }))
        .filter((i) => (i.enterprise || i.project) && (!i.project || mayShow || !i.project.confidential));
    },
  },
  Platform: {
    region: (parent, _, context) => regionOf(parent, context),
    host: async (platform: PlatformParent, _: unknown, context: Context) => (platform.hostId ? ((await nodes(context, { enterpriseIds: [platform.hostId] })).enterprises[0] ?? null) : null),
    segments: (platform: PlatformParent, _: unknown, context: Context) => segmentsOf(platform.segmentIds, context),
  },
  Project: {
    landNeedMu: async (project: ProjectRow, _: unknown, context: Context) =>
      project.landNeedMu !== undefined
        ? project.landNeedMu
        : ((await loader(context, 'projectElements', (ids) => listProjectElements(context.services.runner, ids), null).load(project.id))?.landNeedMu ?? null),
    floorSpaceNeedSqm: async (project: ProjectRow, _: unknown, context: Context) =>
      project.floorSpaceNeedSqm !== undefined
        ? project.floorSpaceNeedSqm
        : ((await loader(context, 'projectElements', (ids) => listProjectElements(context.services.runner, ids), null).load(project.id))?.floorSpaceNeedSqm ?? null),
    parcel: async (project: ProjectRow, _: unknown, context: Context) => {
      const el = await loader(context, 'projectElements', (ids) => listProjectElements(context.services.runner, ids), null).load(project.id);
      return el?.parcelId ? ((await listParcels(context.services.runner, { ids: [el.parcelId] }))[0] ?? null) : null;
    },
  },
};
