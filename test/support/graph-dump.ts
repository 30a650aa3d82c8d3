import type { QueryRunner } from '../../server/db/runner.js';

/** Properties whose value is random or a clock reading by design: compared by presence and type only. */
const VOLATILE: Record<string, ReadonlySet<string>> = { DataVersion: new Set(['version', 'changedAt']) };

/**
 * The whole graph as sorted text lines, one per node (`node (Label …)`) and relationship
 * (`rel (Label "key")-[TYPE …]->(Label "key")`): labels or type, endpoints by
 * label and key, every property as key:type=value (value as JSON) in key order. Two graphs are the
 * same when their lines are equal.
 */
export async function canonicalGraph(runner: QueryRunner): Promise<string[]> {
  const rows = await runner.read<{ kind: string; type: string[] | string; from: [string[], string] | null; to: [string[], string] | null; props: Array<[string, string, unknown]> }>(
    'admin/dump-graph',
    {},
    { timeoutMs: 300_000 },
  );
  const lines = rows.map((row) => {
    const label = Array.isArray(row.type) ? [...row.type].sort().join(':') : row.type;
    const volatile = VOLATILE[label];
    const props = [...row.props]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([k, type, value]) => `${k}:${type}=${volatile?.has(k) ? '<volatile>' : JSON.stringify(value)}`)
      .join(' ');
    const end = (e: [string[], string] | null) => (e ? `(${[...e[0]].sort().join(':')} ${JSON.stringify(e[1])})` : '');
    return row.kind === 'node' ? `node (${label} ${props})` : `rel ${end(row.from)}-[${label} ${props}]->${end(row.to)}`;
  });
  return lines.sort();
}

/** What one graph has that the other lacks (at most `limit` lines each way), for a readable failure. */
export function graphDiff(a: string[], b: string[], limit = 8): { onlyFirst: string[]; onlySecond: string[] } {
  const count = (lines: string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const only = (x: Map<string, number>, y: Map<string, number>) =>
    [...x]
      .filter(([l, n]) => (y.get(l) ?? 0) !== n)
      .map(([l, n]) => `${n}× ${l}`)
      .slice(0, limit);
  return { onlyFirst: only(ca, cb), onlySecond: only(cb, ca) };
}
