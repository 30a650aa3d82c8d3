import type { QueryRunner, TxRunner } from '../db/runner.js';
import type { ParsedRow, WorkbookCollector } from './collector.js';
import { nameKeys } from './pinyin.js';
import { TABLE_NAMES, type TableName } from './tables.js';

export interface TableCounts {
  rows: number;
  created: number;
  updated: number;
}

export const BATCH_SIZE = 1000;

type WriteRow = Record<string, unknown>;

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * Turns a table's validated rows into query parameters. `props` holds every property the import
 * owns, null where the cell was empty, so that `SET n += props` also removes a value a re-import
 * left out.
 */
const BUILDERS: Record<TableName, (v: Record<string, unknown>) => WriteRow> = {
  regions: (v) => ({ code: v.code, parentCode: opt(v.parent_code), props: { name: v.name, level: v.level } }),
  chains: (v) => ({ id: v.id, props: { name: v.name, nameEn: opt(v.name_en), description: opt(v.description), ...nameKeys(String(v.name)) } }),
  segments: (v) => ({
    id: v.id,
    chainId: v.chain_id,
    parentId: opt(v.parent_id),
    props: { chainId: v.chain_id, name: v.name, nameEn: opt(v.name_en), stage: v.stage, order: opt(v.order), ...nameKeys(String(v.name)) },
  }),
  flows: (v) => ({ fromId: v.from_segment_id, toId: v.to_segment_id }),
  enterprises: (v) => ({
    id: v.id,
    regionCode: v.region_code,
    props: {
      name: v.name,
      nameEn: opt(v.name_en),
      uscc: opt(v.uscc),
      scale: opt(v.scale),
      listed: opt(v.listed),
      founded: opt(v.founded),
      tags: v.tags ?? [],
      ...nameKeys(String(v.name)),
    },
  }),
  enterprise_segments: (v) => ({
    enterpriseId: v.enterprise_id,
    segmentId: v.segment_id,
    props: { role: v.role ?? 'PRODUCER', products: opt(v.products), evidence: v.evidence ?? 'INFERRED', source: opt(v.source) },
  }),
  chain_masters: (v) => ({ enterpriseId: v.enterprise_id, chainId: v.chain_id }),
  supplies: (v) => ({
    supplierId: v.supplier_id,
    customerId: v.customer_id,
    props: { products: opt(v.products), since: opt(v.since), evidence: v.evidence ?? 'INFERRED', source: opt(v.source) },
  }),
  parks: (v) => ({ id: v.id, regionCode: v.region_code, props: { name: v.name } }),
  enterprise_parks: (v) => ({ enterpriseId: v.enterprise_id, parkId: v.park_id, props: { since: opt(v.since) } }),
  projects: (v) => ({
    id: v.id,
    regionCode: v.region_code,
    enterpriseId: opt(v.enterprise_id),
    segmentId: opt(v.segment_id),
    parkId: opt(v.park_id),
    props: {
      name: v.name,
      stage: v.stage,
      investmentYi: opt(v.investment_yi),
      signedOn: opt(v.signed_on),
      plannedProductionOn: opt(v.planned_production_on),
      confidential: v.confidential ?? false,
    },
  }),
};

/** Query parameters for some validated rows of a table. */
export function buildRows(table: TableName, rows: readonly ParsedRow[]): WriteRow[] {
  return rows.map((r) => BUILDERS[table](r.values));
}

/** The query that upserts each table, and for trees the one that links it afterwards. */
export const MERGE_QUERY: Record<TableName, string> = {
  regions: 'import/merge-regions',
  chains: 'import/merge-chains',
  segments: 'import/merge-segments',
  flows: 'import/merge-flows',
  enterprises: 'import/merge-enterprises',
  enterprise_segments: 'import/merge-enterprise-segments',
  chain_masters: 'import/merge-chain-masters',
  supplies: 'import/merge-supplies',
  parks: 'import/merge-parks',
  enterprise_parks: 'import/merge-enterprise-parks',
  projects: 'import/merge-projects',
};
const LINK_QUERY: Partial<Record<TableName, string>> = {
  regions: 'import/link-regions',
  segments: 'import/link-segments',
};

export type Progress = (done: number, total: number, table: string) => void;

/** Thrown inside the transaction of a dry run so that it rolls back, carrying the counts. */
export class DryRunRollback extends Error {
  constructor(readonly counts: Record<string, TableCounts>) {
    super('dry run: rolled back');
  }
}

/**
 * Writes a validated workbook in one transaction: tables in dependency order, each in batches of
 * BATCH_SIZE rows, trees linked after all their nodes exist. A dry run does the same work and
 * rolls it back, so the counts it reports are exactly those a real import would.
 */
export async function writeWorkbook(runner: QueryRunner, collector: WorkbookCollector, options: { dryRun: boolean; onProgress?: Progress; timeoutMs?: number }): Promise<Record<string, TableCounts>> {
  const present = TABLE_NAMES.filter((t) => collector.tables.has(t));
  const total = present.reduce((n, t) => n + collector.tables.get(t)!.rows.length, 0);
  const work = async (tx: TxRunner) => {
    const counts: Record<string, TableCounts> = {};
    let done = 0;
    for (const table of present) {
      const rows: ParsedRow[] = collector.tables.get(table)!.rows;
      const c: TableCounts = { rows: rows.length, created: 0, updated: 0 };
      counts[table] = c;
      const linkRows: WriteRow[] = [];
      for (let i = 0; i < rows.length; i += BATCH_SIZE) {
        const batch = rows.slice(i, i + BATCH_SIZE).map((r) => BUILDERS[table](r.values));
        const [result] = await tx.run<{ created: number; updated: number }>(MERGE_QUERY[table], { rows: batch });
        c.created += result?.created ?? 0;
        c.updated += result?.updated ?? 0;
        if (LINK_QUERY[table]) linkRows.push(...batch);
        done += batch.length;
        options.onProgress?.(done, total, table);
      }
      const link = LINK_QUERY[table];
      for (let i = 0; link && i < linkRows.length; i += BATCH_SIZE) await tx.run(link, { rows: linkRows.slice(i, i + BATCH_SIZE) });
    }
    if (options.dryRun) throw new DryRunRollback(counts);
    return counts;
  };
  try {
    return await runner.writeTransaction(work, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
  } catch (error) {
    const original = error instanceof DryRunRollback ? error : (error as { originalError?: unknown }).originalError;
    if (original instanceof DryRunRollback) return original.counts;
    throw error;
  }
}
