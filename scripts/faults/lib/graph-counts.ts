/** Graph counts for fault tests: nodes per label and relationships per type, and what a workbook should give. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import neo4j, { type Driver } from 'neo4j-driver';
import type { QueryRunner } from '../../../server/db/runner.js';

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

/**
 * Labels of derived data: the maintained local counts and their marker. They are written in the
 * same transactions as the data they count (so all-or-nothing holds for them too), their number
 * is not a workbook's, and their exactness has its own tests (local-counts.int.test.ts).
 */
const DERIVED_LABELS = new Set(['LocalCount', 'LocalCountState']);

/** Nodes per label and relationships per type (cypher/admin/count-graph), derived data left out. */
export async function countGraph(runner: QueryRunner): Promise<GraphCounts> {
  const [row] = await runner.read<{ labels: Array<{ name: string; count: number }>; types: Array<{ name: string; count: number }> }>('admin/count-graph');
  return {
    labels: Object.fromEntries((row?.labels ?? []).filter((l) => !DERIVED_LABELS.has(l.name)).map((l) => [l.name, l.count])),
    types: Object.fromEntries((row?.types ?? []).map((t) => [t.name, t.count])),
  };
}

export function totalOf(counts: GraphCounts): { nodes: number; relationships: number } {
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return { nodes: sum(counts.labels), relationships: sum(counts.types) };
}

export type Outcome = 'all' | 'none' | 'partial';

/** ALL when every label and type count equals the expected one, NONE when the graph is empty, else PARTIAL. */
export function classify(actual: GraphCounts, expected: GraphCounts): Outcome {
  const same = (a: Record<string, number>, b: Record<string, number>) => {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
  };
  if (same(actual.labels, expected.labels) && same(actual.types, expected.types)) return 'all';
  const { nodes, relationships } = totalOf(actual);
  return nodes === 0 && relationships === 0 ? 'none' : 'partial';
}

/**
 * The graph a CSV-folder workbook of canonical headers makes in an empty database, worked out from
 * its rows alone (not from an import): one node per row of the node tables, one relationship per
 * row of the link tables, and the tree, region and optional project edges its cells name.
 */
export function expectedFromCsvWorkbook(dir: string): GraphCounts {
  const rows = (table: string): Array<Record<string, string>> => {
    const file = path.join(dir, `${table}.csv`);
    return existsSync(file) ? (parseCsv(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>) : [];
  };
  const filled = (list: Array<Record<string, string>>, column: string) => list.filter((r) => (r[column] ?? '').trim() !== '').length;
  const regions = rows('regions');
  const segments = rows('segments');
  const enterprises = rows('enterprises');
  const parks = rows('parks');
  const projects = rows('projects');
  const counts: GraphCounts = {
    labels: { Region: regions.length, Chain: rows('chains').length, Segment: segments.length, Enterprise: enterprises.length, Park: parks.length, Project: projects.length },
    types: {
      WITHIN: filled(regions, 'parent_code'),
      HAS_SEGMENT: segments.length - filled(segments, 'parent_id'),
      HAS_CHILD: filled(segments, 'parent_id'),
      FEEDS: rows('flows').length,
      LOCATED_IN: enterprises.length + parks.length + projects.length,
      IN_SEGMENT: rows('enterprise_segments').length,
      LEADS: rows('chain_masters').length,
      SUPPLIES: rows('supplies').length,
      SETTLED_IN: rows('enterprise_parks').length,
      BY: filled(projects, 'enterprise_id'),
      TARGETS: filled(projects, 'segment_id'),
      IN_PARK: filled(projects, 'park_id'),
    },
  };
  for (const part of [counts.labels, counts.types]) for (const [k, v] of Object.entries(part)) if (v === 0) delete part[k];
  return counts;
}

/**
 * Empties a database of any size: relationships, then nodes, in batches of their own
 * transactions (CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run).
 */
export async function emptyGraph(driver: Driver): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}
