import type { QueryRunner } from '../db/runner.js';
import { notFound } from '../errors.js';
import { requireScope } from './chain-status.js';
import { getEnterprise, type EnterpriseRow, type SegmentRow } from './entities.js';
import type { EvidenceMode } from './evidence.js';
import { groupSegment } from './network.js';

export type Concentration = 'HIGH' | 'MODERATE' | 'LOW';

/** HHI thresholds (PRODUCT.md "韧性"): HIGH from 0.25, MODERATE from 0.15. */
export const HHI_HIGH = 0.25;
export const HHI_MODERATE = 0.15;

export interface ResilienceGroup {
  /** The group's segment (the supplier network's grouping rule); null: suppliers in no segment. */
  segment: SegmentRow | null;
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
  carries: EnterpriseRow[];
}

interface Tier1Fact {
  enterprise: EnterpriseRow;
  share: number | null;
  local: boolean;
  foreign: boolean;
  segments: SegmentRow[];
}

/**
 * Σ sᵢ² where sᵢ = shareᵢ / Σ share when every share is given, else 1/n. Rounded to 9 decimals, so
 * shares written to land on a threshold (0.2, 0.2, 0.15 … → 0.15) are judged as written and not
 * by a binary rounding error.
 */
export function herfindahl(shares: ReadonlyArray<number | null>): { hhi: number; sharesUsed: boolean } {
  const n = shares.length;
  if (n === 0) return { hhi: 0, sharesUsed: false };
  const sharesUsed = shares.every((s) => s !== null && s > 0);
  let hhi: number;
  if (sharesUsed) {
    const total = shares.reduce<number>((sum, s) => sum + s!, 0);
    hhi = shares.reduce<number>((sum, s) => sum + (s! / total) ** 2, 0);
  } else {
    hhi = 1 / n;
  }
  return { hhi: Number(hhi.toFixed(9)), sharesUsed };
}

export function concentration(hhi: number): Concentration {
  if (hhi >= HHI_HIGH) return 'HIGH';
  return hhi >= HHI_MODERATE ? 'MODERATE' : 'LOW';
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * 韧性 of an enterprise X: its tier-1 suppliers grouped by segment, each group's local and foreign
 * counts, HHI and concentration; and the sole channels — a tier-1 supplier V carries a tier-2
 * supplier U when V is U's only customer among X's tier-1 suppliers. Groups in segment-id order,
 * the group of suppliers in no segment last; sole channels by V's id, the U's by id.
 */
export async function getResilience(runner: QueryRunner, args: { enterpriseId: string; scope: string; home: string; evidence: EvidenceMode }) {
  const { enterpriseId, scope, home, evidence } = args;
  const [enterprise, region, rows] = await Promise.all([
    getEnterprise(runner, enterpriseId),
    requireScope(runner, scope),
    runner.read<{ centerChains: string[]; country: string | null; tier1: Tier1Fact[]; tier2: Array<{ supplier: EnterpriseRow; customerId: string }> }>('network/get-resilience', {
      enterpriseId,
      scope,
      home,
      evidence,
    }),
  ]);
  if (!enterprise) throw notFound('Enterprise', enterpriseId);
  const row = rows[0];
  if (!row) throw new Error('network/get-resilience returned no row although both ids exist');

  const centerChains = new Set(row.centerChains);
  const groups = new Map<string | null, { segment: SegmentRow | null; members: Tier1Fact[] }>();
  for (const t of row.tier1) {
    const segment = groupSegment(t.segments, centerChains);
    const key = segment?.id ?? null;
    const group = groups.get(key) ?? { segment, members: [] };
    group.members.push(t);
    groups.set(key, group);
  }
  const segments: ResilienceGroup[] = [...groups.values()]
    .sort((a, b) => (a.segment === null ? 1 : 0) - (b.segment === null ? 1 : 0) || (a.segment && b.segment ? byId(a.segment, b.segment) : 0))
    .map(({ segment, members }) => {
      const { hhi, sharesUsed } = herfindahl(members.map((m) => m.share));
      return {
        segment,
        enterprises: members.map((m) => m.enterprise),
        suppliers: members.length,
        local: members.filter((m) => m.local).length,
        foreign: members.filter((m) => m.foreign).length,
        hhi,
        sharesUsed,
        singleSource: members.length === 1,
        concentration: concentration(hhi),
      };
    });

  const customersOf = new Map<string, { supplier: EnterpriseRow; customers: string[] }>();
  for (const link of row.tier2) {
    const entry = customersOf.get(link.supplier.id) ?? { supplier: link.supplier, customers: [] };
    entry.customers.push(link.customerId);
    customersOf.set(link.supplier.id, entry);
  }
  const carried = new Map<string, EnterpriseRow[]>();
  for (const { supplier, customers } of customersOf.values()) {
    if (customers.length !== 1) continue;
    const list = carried.get(customers[0]!) ?? [];
    list.push(supplier);
    carried.set(customers[0]!, list);
  }
  const tier1ById = new Map(row.tier1.map((t) => [t.enterprise.id, t.enterprise]));
  const soleChannels: SoleChannel[] = [...carried.entries()].map(([id, carries]) => ({ enterprise: tier1ById.get(id)!, carries: carries.sort(byId) })).sort((a, b) => byId(a.enterprise, b.enterprise));

  const suppliers = row.tier1.length;
  const foreign = row.tier1.filter((t) => t.foreign).length;
  return {
    enterprise,
    scope: region,
    evidence,
    country: row.country,
    suppliers,
    local: row.tier1.filter((t) => t.local).length,
    foreign,
    foreignShare: suppliers === 0 ? null : foreign / suppliers,
    segments,
    soleChannels,
  };
}
