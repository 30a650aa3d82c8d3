import type { QueryRunner } from './db/runner.js';

export const DEMO_DIR = new URL('../seed/demo/', import.meta.url);

/** Loads the demo workbook through the import path when the database holds no node at all. */
export async function loadDemoDataIfEmpty(runner: QueryRunner, log: (line: string) => void): Promise<string | null> {
  const [row] = await runner.read<{ nodes: number }>('admin/count-nodes');
  if ((row?.nodes ?? 0) > 0) return null;
  log('empty database: loading the demo data…');
  const { importWorkbook } = await import('./import/index.js');
  const result = await importWorkbook(runner, DEMO_DIR.pathname, {});
  if (!result.ok) throw new Error(`the demo data was rejected:\n${result.errors.map((e) => `  ${e.table} row ${e.row ?? '-'} ${e.column ?? ''}: ${e.message}`).join('\n')}`);
  return Object.entries(result.counts)
    .map(([table, c]) => `${table} ${c.rows}`)
    .join(', ');
}
