import type { QueryRunner } from '../db/runner.js';
import type { Evidence } from '../generated/schema-types.js';
import { badInput, notFound } from '../errors.js';
import type { EvidenceMode } from './evidence.js';
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
  /** The segment it is grouped under (groupSegment); null: the "other" group. */
  group: SegmentRow | null;
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
export async function getSupportingRate(runner: QueryRunner, enterpriseId: string, scope: string, evidence: EvidenceMode = 'ALL'): Promise<SupportingRate> {
  const [[enterprise, scopeRow], rows] = await Promise.all([
    requireBoth(runner, enterpriseId, scope),
    runner.read<{ tier1: Count; tier2: Count; unsegmented: Count; bySegment: Array<Count & { segment: SegmentRow }> }>('network/get-supporting-rate', { enterpriseId, scope, evidence }),
  ]);
  const row = rows[0]!;
  const bySegment = row.bySegment.map((s) => ({ segment: s.segment, ...rate(s) })).sort((a, b) => b.total - a.total || compareIds(a.segment.id, b.segment.id));
  return { enterprise, scope: scopeRow, tier1: rate(row.tier1), tier2: rate(row.tier2), unsegmented: rate(row.unsegmented), bySegment };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The supplier network's grouping rule, shared by the drawing and 韧性: a supplier goes under its
 * first segment (by id) in a chain of the centre enterprise (a chain it is IN_SEGMENT), else
 * under its first segment (by id); a supplier in no segment goes in the "other" group (null).
 */
export function groupSegment<S extends { id: string; chainId: string }>(segments: readonly S[], centerChains: ReadonlySet<string>): S | null {
  const byId = [...segments].sort((a, b) => compareIds(a.id, b.id));
  return byId.find((s) => centerChains.has(s.chainId)) ?? byId[0] ?? null;
}

/** An enterprise's supplier network up to `tiers` (capped at MAX_TIERS) links upstream. */
export async function getSupplierNetwork(runner: QueryRunner, enterpriseId: string, tiers: number, scope: string, evidence: EvidenceMode = 'ALL'): Promise<SupplierNetwork> {
  if (!Number.isInteger(tiers) || tiers < 1) throw badInput(`tiers must be at least 1 (got ${tiers})`);
  const rows = await runner.read<{ nodes: Array<Omit<NetworkNode, 'group'>>; edges: NetworkEdge[]; truncated: boolean }>('network/get-supplier-network', {
    enterpriseId,
    scope,
    tiers: Math.min(tiers, MAX_TIERS),
    maxOthers: MAX_NETWORK_NODES - 1,
    maxEdges: MAX_NETWORK_EDGES,
    evidence,
  });
  const row = rows[0];
  if (!row) {
    await requireBoth(runner, enterpriseId, scope);
    throw new Error('network/get-supplier-network returned no row although both ids exist');
  }
  const centerChains = new Set(row.nodes[0]!.segments.map((s) => s.chainId));
  const nodes = row.nodes.map((n) => ({ ...n, group: groupSegment(n.segments, centerChains) }));
  return { center: row.nodes[0]!.enterprise, nodes, edges: row.edges, truncated: row.truncated };
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
