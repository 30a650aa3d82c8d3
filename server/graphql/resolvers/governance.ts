import type { Resolvers } from '../generated/resolvers.js';
import * as gov from '../../repositories/governance.js';
import * as edit from '../../repositories/governance-editing.js';
import type { Context } from '../context.js';
import { audited } from './editing.js';
import { canSeeConfidential } from './projects.js';

const who = (c: Context): edit.Who => ({ lang: c.lang, user: c.viewer?.name ?? null });
type Input<T> = { input: T };

export const governanceResolvers: Resolvers = {
  Project: {
    key: (p) => p.key ?? false,
  },
  Query: {
    chainGovernance: (_: unknown, a: { chainId: string; year: number; asOf?: string | null; scope?: string | null }, c: Context) =>
      gov.getChainGovernance(c.services.runner, { chainId: a.chainId, year: a.year, asOf: a.asOf, scope: a.scope ?? c.services.config.homeRegion }),
    workChain: (_: unknown, a: { asOf?: string | null; dueSoonDays?: number; filter?: gov.WorkFilter | null }, c: Context) =>
      gov.getWorkChain(c.services.runner, { asOf: a.asOf, dueSoonDays: a.dueSoonDays, filter: a.filter, includeConfidential: canSeeConfidential(c) }),
    unitScorecard: (_: unknown, a: { asOf?: string | null; dueSoonDays?: number; chainId?: string | null }, c: Context) => gov.getUnitScorecard(c.services.runner, a),
    gapTasks: (_: unknown, a: { chainId: string; status?: string | null }, c: Context) => gov.listGapTasks(c.services.runner, a.chainId, a.status ?? null),
    stageHistory: (_: unknown, a: { projectId: string }, c: Context) => gov.getStageHistory(c.services.runner, { projectId: a.projectId, includeConfidential: canSeeConfidential(c) }),
    bulletin: (_: unknown, a: { from: string; to: string; asOf?: string | null }, c: Context) =>
      gov.getBulletin(c.services.runner, { ...a, homeRegion: c.services.config.homeRegion, includeConfidential: canSeeConfidential(c) }),
  },
  Mutation: {
    upsertMilestone: audited(
      'upsertMilestone',
      (a: Input<edit.MilestoneInput>) => a.input.id,
      (c, a) => edit.upsertMilestone(c.services.runner, a.input, who(c)),
    ),
    markMilestoneDone: audited(
      'markMilestoneDone',
      (a: { id: string; doneOn: string }) => a.id,
      (c, a) => edit.markMilestoneDone(c.services.runner, a.id, a.doneOn, who(c)),
    ),
    upsertGapTask: audited(
      'upsertGapTask',
      (a: Input<edit.GapTaskInput>) => a.input.id,
      (c, a) => edit.upsertGapTask(c.services.runner, a.input, who(c)),
    ),
    upsertTarget: audited(
      'upsertTarget',
      (a: Input<edit.TargetInput>) => `${a.input.chainId}|${a.input.year}|${a.input.indicator}`,
      (c, a) => edit.upsertTarget(c.services.runner, a.input, who(c)),
    ),
    upsertActual: audited(
      'upsertActual',
      (a: Input<edit.ActualInput>) => `${a.input.chainId}|${a.input.indicator}|${a.input.period}`,
      (c, a) => edit.upsertActual(c.services.runner, a.input, who(c)),
    ),
    upsertPolicy: audited(
      'upsertPolicy',
      (a: Input<edit.PolicyInput>) => a.input.id,
      (c, a) => edit.upsertPolicy(c.services.runner, a.input, who(c)),
    ),
    upsertUnit: audited(
      'upsertUnit',
      (a: Input<{ id: string; name: string; kind?: string | null }>) => a.input.id,
      (c, a) => edit.upsertUnit(c.services.runner, a.input, who(c)),
    ),
    upsertOfficial: audited(
      'upsertOfficial',
      (a: Input<{ id: string; name: string; post: string }>) => a.input.id,
      (c, a) => edit.upsertOfficial(c.services.runner, a.input, who(c)),
    ),
    setChainChief: audited(
      'setChainChief',
      (a: { chainId: string; officialId: string; role: string }) => `${a.officialId}→${a.chainId}`,
      (c, a) => edit.setChainChief(c.services.runner, a.chainId, a.officialId, a.role, who(c)),
    ),
    setChainTeamMember: audited(
      'setChainTeamMember',
      (a: { chainId: string; unitId: string; role: string }) => `${a.unitId}→${a.chainId}`,
      (c, a) => edit.setChainTeamMember(c.services.runner, a.chainId, a.unitId, a.role, who(c)),
    ),
  },
};
