import type { QueryRunner } from '../db/runner.js';
import type { ExploreRelation } from '../generated/schema-types.js';
import { badInput, notFound } from '../errors.js';

export type ExploreKind = 'ENTERPRISE' | 'SEGMENT' | 'CHAIN';

/** The relations of each kind, in the order they are answered. */
export const RELATIONS: Record<ExploreKind, readonly string[]> = {
  ENTERPRISE: ['SUPPLIER', 'CUSTOMER', 'SEGMENT', 'LEADS'],
  SEGMENT: ['ENTERPRISE', 'PARENT', 'CHILD', 'FEEDS_TO', 'FED_BY', 'CHAIN'],
  CHAIN: ['SEGMENT', 'MASTER'],
};

export const MAX_EXPLORE_LIMIT = 100;

export interface ExploreNode {
  kind: ExploreKind;
  id: string;
  name: string;
  nameEn: string | null;
  chainId: string | null;
  local: boolean | null;
}

export interface Neighborhood {
  node: ExploreNode;
  groups: Array<{ relation: ExploreRelation; total: number; nodes: ExploreNode[] }>;
}

const QUERIES: Record<ExploreKind, string> = {
  ENTERPRISE: 'explore/enterprise-neighbors',
  SEGMENT: 'explore/segment-neighbors',
  CHAIN: 'explore/chain-neighbors',
};

const LABELS: Record<ExploreKind, string> = { ENTERPRISE: 'Enterprise', SEGMENT: 'Segment', CHAIN: 'Chain' };

/** A node and a capped page of its neighbours per relation. */
export async function getNeighbors(runner: QueryRunner, args: { kind: ExploreKind; id: string; relation?: string | null; offset: number; limit: number; scope: string }): Promise<Neighborhood> {
  const { kind, id, offset, limit, scope } = args;
  const only = args.relation ?? null;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPLORE_LIMIT) throw badInput(`limit must be 1–${MAX_EXPLORE_LIMIT} (got ${limit})`);
  if (!Number.isInteger(offset) || offset < 0) throw badInput(`offset must be 0 or more (got ${offset})`);
  if (only && !RELATIONS[kind].includes(only)) throw badInput(`a ${kind} has no ${only} relation (it has ${RELATIONS[kind].join(', ')})`);
  const rows = await runner.read<Neighborhood>(QUERIES[kind], { id, scope, only, offset, limit });
  if (!rows[0]) throw notFound(LABELS[kind], id);
  return rows[0];
}
