import { writeFile } from 'node:fs/promises';
import type { QueryRunner } from '../db/runner.js';
import { readGraphData, toCytoscapeJson, toGraphml } from './graph.js';
import { readWorkbookData, scopeOf, writeCsvFolder, xlsxBuffer } from './workbook.js';

export type ExportFormat = 'xlsx' | 'csv' | 'graphml' | 'cyjs';
export const EXPORT_FORMATS: ExportFormat[] = ['xlsx', 'csv', 'graphml', 'cyjs'];

export interface ExportOptions {
  format: ExportFormat;
  /** One chain; the whole graph when absent. */
  chainId?: string;
  /** A file (xlsx, graphml, cyjs) or a folder (csv). */
  out: string;
}

/** What an export wrote: the files and how many rows (workbooks) or nodes/edges (graphs). */
export interface ExportSummary {
  files: string[];
  counts: Record<string, number>;
}

/**
 * Exports a chain (or the whole graph) as a workbook in the import format — XLSX or a CSV folder,
 * which the importer reads back into the same graph — or as a graph file: GraphML or Cytoscape JSON.
 */
export async function exportGraph(runner: QueryRunner, options: ExportOptions): Promise<ExportSummary> {
  const scope = await scopeOf(runner, options.chainId);
  if (options.format === 'xlsx' || options.format === 'csv') {
    const data = await readWorkbookData(runner, scope);
    const counts = Object.fromEntries(Object.entries(data).map(([t, rows]) => [t, rows.length]));
    if (options.format === 'csv') return { files: await writeCsvFolder(data, options.out), counts };
    await writeFile(options.out, await xlsxBuffer(data));
    return { files: [options.out], counts };
  }
  const graph = await readGraphData(runner, scope);
  const counts = { nodes: graph.nodes.length, edges: graph.edges.length };
  const text = options.format === 'graphml' ? toGraphml(graph) : `${JSON.stringify(toCytoscapeJson(graph), null, 2)}\n`;
  await writeFile(options.out, text, 'utf8');
  return { files: [options.out], counts };
}
