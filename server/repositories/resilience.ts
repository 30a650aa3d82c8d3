import type { QueryRunner } from '../db/runner.js';
import { badInput, notFound } from '../errors.js';
import { requireScope } from './chain-status.js';
import { getEnterprise, getSegment, type EnterpriseRow, type SegmentRow } from './entities.js';
import type { EvidenceMode } from './evidence.js';

export type Concentration = 'HIGH' | 'MODERATE' | 'LOW';

/** HHI thresholds (PRODUCT.md "韧性"): HIGH from 0.25, MODERATE from 0.15. */
export const HHI_HIGH = 0.25;
export const HHI_MODERATE = 0.15;

export interface ResilienceGroup {
  /** The group's segment (the supplier network's grouping rule); null: suppliers in no segment. */
  segment: SegmentRow | null;
  /** The first RESILIENCE_LIST_CAP suppliers of the group, by id (`suppliers` says how many there are). */
  enterprises: EnterpriseRow[];
  suppliers: number;
  local: number;
  foreign: number;
  hhi: number;
  /** True when every link of the group carries a share, so the HHI weighs by them. */
  sharesUsed: boolean;
  singleSource: boolean;
  concentration: Concentration;
}

export interface SoleChannel {
  enterprise: EnterpriseRow;
  /** The first CARRIES_CAP of the tier-2 suppliers it carries, by id. */
  carries: EnterpriseRow[];
  carriesCount: number;
}

/** How many suppliers a group lists (by id); the group's page (getResilienceGroupPage) shows the rest. */
export const RESILIENCE_LIST_CAP = 20;
/** How many sole channels the answer lists (by the tier-1 supplier's id), and how many tier-2 suppliers each. */
export const SOLE_CHANNEL_CAP = 50;
export const CARRIES_CAP = 20;

interface GroupFact {
  segment: SegmentRow | null;
  enterprises: EnterpriseRow[];
  suppliers: number;
  local: number;
  foreign: number;
  sharesUsed: boolean;
  hhi: number;
}

interface ResilienceFacts {
  country: string | null;
  suppliers: number;
  local: number;
  foreign: number;
  groups: GroupFact[];
}

export function concentration(hhi: number): Concentration {
  if (hhi >= HHI_HIGH) return 'HIGH';
  return hhi >= HHI_MODERATE ? 'MODERATE' : 'LOW';
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * 韧性 of an enterprise X: its tier-1 suppliers grouped by segment, each group's local and foreign
 * counts, HHI and concentration, and its first RESILIENCE_LIST_CAP suppliers; and the sole channels
 * — a tier-1 supplier V carries a tier-2 supplier U when V is U's only customer among X's tier-1
 * suppliers —, their number and the first SOLE_CHANNEL_CAP. Grouping, counting and the HHI's sums
 * run in network/get-resilience.cypher (the sole channels in list-resilience-sole-channels.cypher), so no supplier's row crosses the wire but the listed ones.
 * Groups in segment-id order, the group of suppliers in no segment last; sole channels by V's id,
 * the U's by id.
 */
export async function getResilience(runner: QueryRunner, args: { enterpriseId: string; scope: string; home: string; evidence: EvidenceMode }) {
  const { enterpriseId, scope, home, evidence } = args;
  // The groups and the sole channels are two walks of their own: run side by side.
  const [enterprise, region, rows, channels] = await Promise.all([
    getEnterprise(runner, enterpriseId),
    requireScope(runner, scope),
    runner.read<ResilienceFacts>('network/get-resilience', { enterpriseId, scope, home, evidence, listCap: RESILIENCE_LIST_CAP }),
    runner.read<{ total: number; channels: SoleChannel[] }>('network/list-resilience-sole-channels', { enterpriseId, evidence, offset: 0, limit: SOLE_CHANNEL_CAP, carriesCap: CARRIES_CAP }),
  ]);
  if (!enterprise) throw notFound('Enterprise', enterpriseId);
  const row = rows[0];
  const sole = channels[0];
  if (!row || !sole) throw new Error('network/get-resilience or list-resilience-sole-channels returned no row although both ids exist');

  const segments: ResilienceGroup[] = [...row.groups]
    .sort((a, b) => (a.segment === null ? 1 : 0) - (b.segment === null ? 1 : 0) || (a.segment && b.segment ? byId(a.segment, b.segment) : 0))
    .map((g) => {
      // Rounded to 9 decimals, so shares written to land on a threshold (0.2, 0.2, 0.15 … → 0.15) are
      // judged as written and not by a binary rounding error.
      const hhi = Number(g.hhi.toFixed(9));
      return {
        segment: g.segment,
        enterprises: g.enterprises,
        suppliers: g.suppliers,
        local: g.local,
        foreign: g.foreign,
        hhi,
        sharesUsed: g.sharesUsed,
        singleSource: g.suppliers === 1,
        concentration: concentration(hhi),
      };
    });
  const { suppliers, foreign } = row;
  return {
    enterprise,
    scope: region,
    evidence,
    country: row.country,
    suppliers,
    local: row.local,
    foreign,
    foreignShare: suppliers === 0 ? null : foreign / suppliers,
    segments,
    soleChannelCount: sole.total,
    soleChannels: sole.channels,
  };
}

/** The largest page of a group's suppliers or of the sole channels. */
export const RESILIENCE_PAGE_MAX = 200;

function checkPage(offset: number, limit: number): void {
  if (!Number.isInteger(offset) || offset < 0) throw badInput(`offset must be 0 or more (got ${offset})`, { argument: 'offset' });
  if (!Number.isInteger(limit) || limit < 1 || limit > RESILIENCE_PAGE_MAX) throw badInput(`limit must be 1 to ${RESILIENCE_PAGE_MAX} (got ${limit})`, { argument: 'limit' });
}

export interface ResilienceSupplier {
  enterprise: EnterpriseRow;
  share: number | null;
  local: boolean;
  foreign: boolean;
}

/**
 * One page of a 韧性 group: the tier-1 suppliers the grouping rule puts under `segmentId` (null:
 * the suppliers in no segment), by id, from `offset`, at most `limit`, with how many the group has.
 * The answer's group lists the first RESILIENCE_LIST_CAP; this shows all of them, page by page.
 */
export async function getResilienceSuppliers(
  runner: QueryRunner,
  args: { enterpriseId: string; scope: string; home: string; evidence: EvidenceMode; segmentId: string | null; offset: number; limit: number },
) {
  const { enterpriseId, scope, home, evidence, segmentId, offset, limit } = args;
  checkPage(offset, limit);
  const [enterprise, region, segment, rows] = await Promise.all([
    getEnterprise(runner, enterpriseId),
    requireScope(runner, scope),
    segmentId === null ? Promise.resolve(null) : getSegment(runner, segmentId),
    runner.read<{ total: number; suppliers: ResilienceSupplier[] }>('network/list-resilience-suppliers', { enterpriseId, scope, home, evidence, segmentId, offset, limit }),
  ]);
  if (!enterprise) throw notFound('Enterprise', enterpriseId);
  if (segmentId !== null && !segment) throw notFound('Segment', segmentId);
  const row = rows[0];
  if (!row) throw new Error('network/list-resilience-suppliers returned no row although both ids exist');
  return { enterprise, scope: region, evidence, segment, total: row.total, offset, suppliers: row.suppliers };
}

/** One page of the sole channels, by the tier-1 supplier's id, with how many there are. */
export async function getResilienceSoleChannels(runner: QueryRunner, args: { enterpriseId: string; evidence: EvidenceMode; offset: number; limit: number }) {
  const { enterpriseId, evidence, offset, limit } = args;
  checkPage(offset, limit);
  const [enterprise, rows] = await Promise.all([
    getEnterprise(runner, enterpriseId),
    runner.read<{ total: number; channels: SoleChannel[] }>('network/list-resilience-sole-channels', { enterpriseId, evidence, offset, limit, carriesCap: CARRIES_CAP }),
  ]);
  if (!enterprise) throw notFound('Enterprise', enterpriseId);
  const row = rows[0];
  if (!row) throw new Error('network/list-resilience-sole-channels returned no row although the enterprise exists');
  return { enterprise, evidence, total: row.total, offset, channels: row.channels };
}
