// The 推演 and 韧性 computations as they were before they were reworked for a million enterprises
// (commit afe4365), kept for the benchmark's side-by-side only: the what-if read the status map's
// rows (counts and the lists of local enterprises) and listed every tier-1 supplier of every 链主;
// 韧性 read every tier-1 supplier's full row, segments and region and grouped them in TypeScript.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { toNeo4j } from '../../server/db/runner.js';
import type { WhatIfArgs } from '../../server/repositories/benchmark.js';
import { computeStatus, listChainMasters, listChainSegments, readStatusRows, type Flow, type StatusRow } from '../../server/repositories/chain-status.js';
import type { QueryRunner } from '../../server/db/runner.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BEFORE = 'afe4365';

/** Today's what-if (before the rework), minus its argument checks: the same reads, the same work. */
export async function todayWhatIf(runner: QueryRunner, args: WhatIfArgs) {
  const { chainId, scope, strongAt, evidence, includeConfidential, remove, add } = args;
  const picks = [...remove, ...add];
  const [segmentMap, flows, rows, placements, localPicks, masterMap] = await Promise.all([
    listChainSegments(runner, [chainId]),
    runner.read<Flow>('chains/list-chain-flows', { chainId }),
    readStatusRows(runner, { chainId, scope, includeConfidential, evidence }),
    runner.read<{ segmentId: string; enterpriseIds: string[] }>('chains/list-enterprise-placements', { chainId, enterpriseIds: picks, evidence }),
    runner.read<{ id: string }>('chains/list-local-enterprise-ids', { ids: picks, scope }),
    listChainMasters(runner, [chainId]),
  ]);
  const segments = segmentMap.get(chainId) ?? [];
  const removed = new Set(remove);
  const added = new Set(add);
  const local = new Set(localPicks.map((r) => r.id));
  const placedBySegment = new Map(placements.map((p) => [p.segmentId, p.enterpriseIds]));
  const rowBySegment = new Map(rows.map((r) => [r.segmentId, r]));
  const afterRows: StatusRow[] = segments.map((s) => {
    const row = rowBySegment.get(s.id) ?? { segmentId: s.id, localCount: 0, locals: [], projects: [], localProjectEnterprises: [] };
    const placed = placedBySegment.get(s.id) ?? [];
    const leaving = placed.filter((id) => removed.has(id) && local.has(id)).length;
    const joining = placed.filter((id) => added.has(id) && !local.has(id)).length;
    return { ...row, localCount: row.localCount - leaving + joining, locals: row.locals.filter((e) => !removed.has(e.id)) };
  });
  computeStatus({ segments, flows, rows, strongAt, projected: false });
  computeStatus({ segments, flows, rows: afterRows, strongAt, projected: false });
  const masters = masterMap.get(chainId) ?? [];
  return masters.length ? runner.read('network/list-tier1-suppliers', { enterpriseIds: masters.map((m) => m.id), scope, evidence }) : [];
}

/** Today's 韧性 query text, from the commit before the rework. */
const resilienceText = () => execFileSync('git', ['show', `${BEFORE}:cypher/network/get-resilience.cypher`], { cwd: ROOT, encoding: 'utf8' });

/** Today's 韧性 query (its TypeScript grouping costs little beside it), bounded by the read deadline. */
export async function todayResilienceQuery(driver: Driver, params: { enterpriseId: string; scope: string; home: string; evidence: string }, timeoutMs: number) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const text = resilienceText();
    return await session.executeRead((tx) => tx.run(text, toNeo4j(params) as Record<string, unknown>), { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}
