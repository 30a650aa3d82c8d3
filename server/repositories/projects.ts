import type { QueryRunner } from '../db/runner.js';
import { badInput, notFound } from '../errors.js';
import { getChain } from './chains.js';
import { getRegion, getSegment, type ProjectRow } from './entities.js';

/** Project stages in pipeline order; DROPPED last. */
export const PROJECT_STAGES = ['LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED', 'LAND_ACQUIRED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'DROPPED'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/** Stages of an active project: NEGOTIATING through UNDER_CONSTRUCTION (PRODUCT.md, 补链中). */
export const ACTIVE_STAGES: ProjectStage[] = ['NEGOTIATING', 'SIGNED', 'REGISTERED', 'LAND_ACQUIRED', 'UNDER_CONSTRUCTION'];

export type ProjectList = 'NEGOTIATING_LIST' | 'SIGNED_REGISTERED' | 'NEW_LAND' | 'UNDER_CONSTRUCTION' | 'INVESTMENT_SUPPORT';

/**
 * The five project lists (在谈/签约注册/新拿地/在建/固投支撑): their stages, and for 固投支撑 the
 * investment a project must exceed. 固投支撑 counts the projects that carry fixed-asset investment
 * now: being built or producing, with a recorded investment above zero.
 */
export const PROJECT_LISTS: Record<ProjectList, { stages: ProjectStage[]; minInvestment: number | null }> = {
  NEGOTIATING_LIST: { stages: ['NEGOTIATING'], minInvestment: null },
  SIGNED_REGISTERED: { stages: ['SIGNED', 'REGISTERED'], minInvestment: null },
  NEW_LAND: { stages: ['LAND_ACQUIRED'], minInvestment: null },
  UNDER_CONSTRUCTION: { stages: ['UNDER_CONSTRUCTION'], minInvestment: null },
  INVESTMENT_SUPPORT: { stages: ['UNDER_CONSTRUCTION', 'IN_PRODUCTION'], minInvestment: 0 },
};

export const DEFAULT_PROJECT_LIMIT = 200;
export const MAX_PROJECT_LIMIT = 1000;

export interface ProjectFilter {
  stages?: ProjectStage[] | null;
  list?: ProjectList | null;
  region?: string | null;
  chainId?: string | null;
  segmentId?: string | null;
  includeConfidential?: boolean | null;
  /** The scope: only projects LOCATED_IN this region or a region within it (null: every region). */
  scope?: string | null;
}

/** The `scope` argument's value for "every region". */
export const EVERY_REGION = '*';

const STAGE_RANK = Object.fromEntries(PROJECT_STAGES.map((s, i) => [s, i]));

/**
 * Projects matching every condition of the filter, in pipeline order then id. Confidential ones
 * only with `filter.includeConfidential` — the caller decides whether the user may ask for that.
 */
export async function listProjects(runner: QueryRunner, filter: ProjectFilter, limit: number): Promise<ProjectRow[]> {
  if (!Number.isInteger(limit) || limit < 1) throw badInput(`limit must be at least 1 (got ${limit})`);
  const { region = null, chainId = null, segmentId = null, scope = null } = filter;
  const [regionRow, chainRow, segmentRow, scopeRow] = await Promise.all([
    region === null ? null : getRegion(runner, region),
    chainId === null ? null : getChain(runner, chainId),
    segmentId === null ? null : getSegment(runner, segmentId),
    scope === null ? null : getRegion(runner, scope),
  ]);
  if (region !== null && !regionRow) throw notFound('Region', region);
  if (scope !== null && !scopeRow) throw notFound('Region', scope);
  if (chainId !== null && !chainRow) throw notFound('Chain', chainId);
  if (segmentId !== null && !segmentRow) throw notFound('Segment', segmentId);

  const list = filter.list ? PROJECT_LISTS[filter.list] : null;
  let stages: ProjectStage[] = filter.stages ? [...new Set(filter.stages)] : [...PROJECT_STAGES];
  if (list) stages = stages.filter((s) => list.stages.includes(s));
  if (!stages.length) return [];
  const rows = await runner.read<{ project: ProjectRow }>('projects/list-projects', {
    stages,
    stageRank: STAGE_RANK,
    minInvestment: list?.minInvestment ?? null,
    region,
    scope,
    chainId,
    segmentId,
    includeConfidential: filter.includeConfidential === true,
    limit: Math.min(limit, MAX_PROJECT_LIMIT),
  });
  return rows.map((r) => r.project);
}

export async function getProject(runner: QueryRunner, id: string): Promise<ProjectRow | null> {
  const rows = await runner.read<{ project: ProjectRow }>('projects/get-project', { id });
  return rows[0]?.project ?? null;
}
