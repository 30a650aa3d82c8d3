import type { QueryRunner } from '../db/runner.js';

/**
 * A canonical text dump of the whole graph: one line per node (label, business key, properties
 * with sorted keys) and per relationship (type, ends by business key, properties), sorted. Two
 * databases hold the same graph exactly when their dumps are equal; Neo4j's internal ids play no
 * part. Meant for tests and diffing small databases.
 */
export async function dumpGraph(runner: QueryRunner): Promise<string[]> {
  const nodes = await runner.read<{ labels: string[]; props: Record<string, unknown> }>('export/dump-nodes');
  const rels = await runner.read<{ type: string; fromLabel: string; fromKey: string; toLabel: string; toKey: string; props: Record<string, unknown> }>('export/dump-relationships');
  const lines = [
    ...nodes.map((n) => `(${[...n.labels].sort().join(':')} ${canonical(n.props)})`),
    ...rels.map((r) => `(${r.fromLabel} ${r.fromKey})-[${r.type} ${canonical(r.props)}]->(${r.toLabel} ${r.toKey})`),
  ];
  return lines.sort();
}

/** JSON with object keys sorted, so equal values always print the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
