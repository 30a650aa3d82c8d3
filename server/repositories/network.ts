import type { QueryRunner } from '../db/runner.js';
import type { Evidence } from '../generated/schema-types.js';
import { badInput, notFound } from '../errors.js';
import { getEnterprise, getRegion, type EnterpriseRow, type RegionRow, type SegmentRow } from './entities.js';

export interface Rate {
  local: number;
  total: number;
  /** local / total; null when total is 0. */
  rate: number | null;
}

export interface SegmentRate extends Rate {
  segment: SegmentRow;
}

export interface SupportingRate {
  enterprise: EnterpriseRow;
  scope: RegionRow;
  tier1: Rate;
  tier2: Rate;
  bySegment: SegmentRate[];
  unsegmented: Rate;
}

export interface NetworkEdge {
  from: string;
  to: string;
  products: string | null;
  since: string | null;
  evidence: Evidence | null;
  source: string | null;
}

export interface NetworkNode {
  enterprise: EnterpriseRow;
  tier: number;
  local: boolean;
  segments: SegmentRow[];
}

export interface SupplierNetwork {
  center: EnterpriseRow;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
}

export interface SupplyPath {
  nodes: EnterpriseRow[];
  edges: NetworkEdge[];
  directed: boolean;
}

export const MAX_TIERS = 3;
export const MAX_NETWORK_NODES = 500;
export const MAX_NETWORK_EDGES = 5000;
export const MAX_HOPS = 6;
export const MAX_PATHS = 10;

interface Count {
  local: number;
  total: number;
}

function rate({ local, total }: Count): Rate {
  return { local, total, rate: total === 0 ? null : local / total };
}

/** Throws NOT_FOUND for whichever of the enterprise and the scope is missing. */
async function requireBoth(runner: QueryRunner, enterpriseId: string, scope: string): Promise<[EnterpriseRow, RegionRow]> {
  const [enterprise, region] = await Promise.all([getEnterprise(runner, enterpriseId), getRegion(runner, scope)]);
  if (!enterprise) throw notFound('Enterprise', enterpriseId);
  if (!region) throw notFound('Region', scope);
  return [enterprise, region];
}

/** The local supporting rate (本地配套率) of an enterprise in a scope. */
export async function getSupportingRate(runner: QueryRunner, enterpriseId: string, scope: string): Promise<SupportingRate> {
  const [[enterprise, scopeRow], rows] = await Promise.all([
    requireBoth(runner, enterpriseId, scope),
    runner.read<{ tier1: Count; tier2: Count; unsegmented: Count; bySegment: Array<Count & { segment: SegmentRow }> }>('network/get-supporting-rate', { enterpriseId, scope }),
  ]);
  const row = rows[0]!;
  const bySegment = row.bySegment
    .map((s) => ({ segment: s.segment, ...rate(s) }))
    .sort((a, b) => b.total - a.total || compareIds(a.segment.id, b.segment.id));
  return { enterprise, scope: scopeRow, tier1: rate(row.tier1), tier2: rate(row.tier2), unsegmented: rate(row.unsegmented), bySegment };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An enterprise's supplier network up to `tiers` (capped at MAX_TIERS) links upstream. */
export async function getSupplierNetwork(runner: QueryRunner, enterpriseId: string, tiers: number, scope: string): Promise<SupplierNetwork> {
  if (!Number.isInteger(tiers) || tiers < 1) throw badInput(`tiers must be at least 1 (got ${tiers})`);
  const rows = await runner.read<{ nodes: NetworkNode[]; edges: NetworkEdge[]; truncated: boolean }>('network/get-supplier-network', {
    enterpriseId,
    scope,
    tiers: Math.min(tiers, MAX_TIERS),
    maxOthers: MAX_NETWORK_NODES - 1,
    maxEdges: MAX_NETWORK_EDGES,
  });
  const row = rows[0];
  if (!row) {
    await requireBoth(runner, enterpriseId, scope);
    throw new Error('network/get-supplier-network returned no row although both ids exist');
  }
  return { center: row.nodes[0]!.enterprise, nodes: row.nodes, edges: row.edges, truncated: row.truncated };
}

/**
 * Shortest supply paths between two enterprises, at most `maxHops` (capped at MAX_HOPS) links and
 * MAX_PATHS paths: directed supplier → customer ones when any exist, else undirected ones.
 */
export async function findSupplyPaths(runner: QueryRunner, fromId: string, toId: string, maxHops: number): Promise<SupplyPath[]> {
  if (!Number.isInteger(maxHops) || maxHops < 1) throw badInput(`maxHops must be at least 1 (got ${maxHops})`);
  if (fromId === toId) throw badInput('fromId and toId must be different enterprises');
  const [rows, from, to] = await Promise.all([
    runner.read<SupplyPath>('network/find-supply-paths', { fromId, toId, maxHops: Math.min(maxHops, MAX_HOPS), maxPaths: MAX_PATHS }),
    getEnterprise(runner, fromId),
    getEnterprise(runner, toId),
  ]);
  if (!from) throw notFound('Enterprise', fromId);
  if (!to) throw notFound('Enterprise', toId);
  return rows;
}
