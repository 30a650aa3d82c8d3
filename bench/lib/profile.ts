// Renders a Neo4j PROFILE plan: operators with rows and db hits, and the total db hits.
import type { Driver } from 'neo4j-driver';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers: string[];
  dbHits?: number;
  rows?: number;
  children: PlanNode[];
}

export function totalDbHits(plan: PlanNode): number {
  return (plan.dbHits ?? 0) + plan.children.reduce((n, c) => n + totalDbHits(c), 0);
}

export function renderPlan(plan: PlanNode, depth = 0): string {
  const details = String(plan.arguments.Details ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 110);
  const line = `${'  '.repeat(depth)}${plan.operatorType.replace(/@neo4j$/, '')}  rows=${plan.rows ?? '?'} hits=${plan.dbHits ?? '?'}  ${details}`;
  return [line, ...plan.children.map((c) => renderPlan(c, depth + 1))].join('\n');
}

/** Every operator type in the plan, e.g. to spot Eager. */
export function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@neo4j$/, ''), ...plan.children.flatMap(operators)];
}

/** PROFILEs a query (in a transaction that is rolled back when rollback is true). */
export async function profile(driver: Driver, text: string, params: Record<string, unknown>, rollback = false): Promise<{ plan: PlanNode; dbHits: number; ms: number }> {
  const session = driver.session();
  const tx = session.beginTransaction();
  try {
    const started = performance.now();
    const result = await tx.run(`PROFILE ${text}`, params);
    const ms = performance.now() - started;
    const plan = result.summary.profile as unknown as PlanNode;
    if (rollback) await tx.rollback();
    else await tx.commit();
    return { plan, dbHits: totalDbHits(plan), ms };
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  }
}
