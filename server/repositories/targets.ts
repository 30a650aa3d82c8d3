import type { QueryRunner } from '../db/runner.js';
import { badInput, notFound } from '../errors.js';
import { getRegion, getSegment, type EnterpriseRow } from './entities.js';
import type { EvidenceMode } from './evidence.js';
import { ACTIVE_STAGES } from './projects.js';

/** Scoring weights of target recommendations (PRODUCT.md, "Target recommendations"). */
export interface TargetWeights {
  suppliesMaster: number;
  suppliesLocal: number;
  scaleLarge: number;
  scaleMedium: number;
  scaleSmall: number;
  scaleMicro: number;
  scaleUnknown: number;
  listed: number;
  confirmed: number;
  inProvince: number;
}

export const DEFAULT_WEIGHTS: Readonly<TargetWeights> = Object.freeze({
  suppliesMaster: 3,
  suppliesLocal: 1,
  scaleLarge: 3,
  scaleMedium: 2,
  scaleSmall: 1,
  scaleMicro: 0,
  scaleUnknown: 0,
  listed: 1,
  confirmed: 1,
  inProvince: 1,
});

export const MAX_TARGET_LIMIT = 200;

export type ScoreCode = 'SUPPLIES_MASTER' | 'SUPPLIES_LOCAL' | 'SCALE' | 'LISTED' | 'CONFIRMED' | 'IN_PROVINCE';

export interface ScoreItem {
  reason: string;
  reasonEn: string;
  code: ScoreCode;
  points: number;
}

export interface Target {
  enterprise: EnterpriseRow;
  score: number;
  breakdown: ScoreItem[];
}

interface Named {
  id: string;
  name: string;
  /** The English name where the data has one (English reasons use it). */
  nameEn?: string | null;
}

/** What list-targets returns per candidate: the facts its score is made of. */
export interface TargetFacts {
  enterprise: EnterpriseRow;
  masters: Named[];
  locals: Named[];
  confirmed: boolean;
  inProvince: boolean;
  score: number;
}

const SCALE_ZH: Record<string, string> = { LARGE: '大型', MEDIUM: '中型', SMALL: '小型', MICRO: '微型' };

/** "+3", "+1.5", "-1": points as a reason shows them. */
export function formatPoints(points: number): string {
  const text = String(Number(points.toFixed(6)));
  return points >= 0 ? `+${text}` : text;
}

/** Weights with the request's overrides applied; every weight must be a finite number. */
export function resolveWeights(overrides: Partial<Record<keyof TargetWeights, number | null>> | null | undefined): TargetWeights {
  const weights: TargetWeights = { ...DEFAULT_WEIGHTS };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (!(key in weights)) throw badInput(`unknown weight ${key}`);
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value)) throw badInput(`weight ${key} must be a finite number`);
    weights[key as keyof TargetWeights] = value;
  }
  return weights;
}

/**
 * The breakdown of a candidate's score under the weights: one item per local 链主 and per other
 * local enterprise it supplies, then scale, listed, confirmed and province. Items worth zero points
 * are left out, so the items always sum to the score.
 */
export function scoreBreakdown(facts: TargetFacts, weights: TargetWeights, province: Named | null): ScoreItem[] {
  const items: ScoreItem[] = [];
  const add = (code: ScoreCode, points: number, reason: string, reasonEn: string) => {
    if (points !== 0) items.push({ code, points, reason: `${reason} ${formatPoints(points)}`, reasonEn: `${reasonEn} ${formatPoints(points)}` });
  };
  const en = (n: Named) => n.nameEn || n.name;
  for (const m of facts.masters) add('SUPPLIES_MASTER', weights.suppliesMaster, `供应 ${m.name} (链主)`, `supplies ${en(m)} (chain master)`);
  for (const c of facts.locals) add('SUPPLIES_LOCAL', weights.suppliesLocal, `供应本地企业 ${c.name}`, `supplies local enterprise ${en(c)}`);
  const scale = facts.enterprise.scale;
  const scalePoints =
    scale === 'LARGE' ? weights.scaleLarge : scale === 'MEDIUM' ? weights.scaleMedium : scale === 'SMALL' ? weights.scaleSmall : scale === 'MICRO' ? weights.scaleMicro : weights.scaleUnknown;
  add('SCALE', scalePoints, scale ? `规模 ${SCALE_ZH[scale] ?? scale}` : '规模未知', scale ? `scale ${scale.toLowerCase()}` : 'scale unknown');
  if (facts.enterprise.listed === true) add('LISTED', weights.listed, '上市企业', 'listed');
  if (facts.confirmed) add('CONFIRMED', weights.confirmed, '环节归属已确认', 'segment link confirmed');
  if (facts.inProvince && province) add('IN_PROVINCE', weights.inProvince, `位于${province.name}`, `in ${province.name}`);
  return items;
}

/** Sums points so that weights like 0.1 do not leave 0.30000000000000004 behind. */
export function sumPoints(items: ScoreItem[]): number {
  return Number(items.reduce((sum, item) => sum + item.points, 0).toFixed(9));
}

/**
 * Ranked targets for a segment in a scope. The database ranks and cuts the candidates with the
 * same weights; the score shown is the sum of the breakdown, re-sorted the same way so that the
 * two can never disagree.
 */
export async function listTargets(runner: QueryRunner, args: { segmentId: string; scope: string; limit: number; weights: TargetWeights; evidence?: EvidenceMode }): Promise<Target[]> {
  if (!Number.isInteger(args.limit) || args.limit < 1) throw badInput(`limit must be at least 1 (got ${args.limit})`);
  const rows = await runner.read<{ province: Named | null; targets: TargetFacts[] }>('targets/list-targets', {
    segmentId: args.segmentId,
    scope: args.scope,
    activeStages: ACTIVE_STAGES,
    weights: args.weights,
    limit: Math.min(args.limit, MAX_TARGET_LIMIT),
    evidence: args.evidence ?? 'ALL',
  });
  const row = rows[0];
  if (!row) {
    if (!(await getSegment(runner, args.segmentId))) throw notFound('Segment', args.segmentId);
    if (!(await getRegion(runner, args.scope))) throw notFound('Region', args.scope);
    throw new Error('targets/list-targets returned no row');
  }
  const targets = row.targets.map((facts) => {
    const breakdown = scoreBreakdown(facts, args.weights, row.province);
    return { enterprise: facts.enterprise, score: sumPoints(breakdown), breakdown };
  });
  return targets.sort((a, b) => b.score - a.score || (a.enterprise.id < b.enterprise.id ? -1 : a.enterprise.id > b.enterprise.id ? 1 : 0));
}
