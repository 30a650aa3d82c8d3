import type { Params, QueryRunner, WriteTransaction } from '../db/runner.js';
import { AppError, isDeadlock, isMemoryLimit, isTransient } from '../errors.js';
import { lockCountWrites, maintainCounts } from '../repositories/local-counts.js';
import type { ParsedRow, WorkbookCollector } from './collector.js';
import type { Lang } from './messages.js';
import { nameKeys } from './pinyin.js';
import { TABLE_NAMES, type TableName } from './tables.js';

export interface TableCounts {
  rows: number;
  created: number;
  updated: number;
}

/** Rows sent with one query (an UNWIND batch). */
export const BATCH_SIZE = 10_000;
/** Rows committed by one transaction in batched mode (tables in dependency order, links last). */
export const BATCHED_TX_ROWS = 10_000;
/** Batched mode: attempts per transaction when the database reports a transient failure. */
const BATCH_ATTEMPTS = 4;
/**
 * Attempts of a one-transaction import that Neo4j rolled back as a deadlock. Concurrent imports
 * (two editors saving at once) share hubs — segments, regions, the local counts of a segment and
 * region — and lock them in the order their rows name them; the one rolled back is written again
 * from its first row after a short random wait.
 */
const DEADLOCK_ATTEMPTS = 6;

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
      // No tags (an empty cell; a list cell is never an empty list): no property, read as [] by
      // every query (coalesce(e.tags, [])); the bulk load's importer cannot write an empty array.
      tags: opt(v.tags),
      source: opt(v.source),
      asOf: opt(v.as_of),
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
    props: { products: opt(v.products), since: opt(v.since), evidence: v.evidence ?? 'INFERRED', source: opt(v.source), share: opt(v.share) },
  }),
  parks: (v) => ({
    id: v.id,
    regionCode: v.region_code,
    props: {
      name: v.name,
      source: opt(v.source),
      asOf: opt(v.as_of),
      kind: opt(v.kind),
      operator: opt(v.operator),
      areaMu: opt(v.area_mu),
      floorSpaceSqm: opt(v.floor_space_sqm),
      vacantSqm: opt(v.vacant_sqm),
      rentYuanSqmMonth: opt(v.rent_yuan_sqm_month),
      description: opt(v.description),
    },
  }),
  enterprise_parks: (v) => ({ enterpriseId: v.enterprise_id, parkId: v.park_id, props: { since: opt(v.since) } }),
  units: (v) => ({ id: v.id, props: { name: v.name, kind: opt(v.kind) } }),
  officials: (v) => ({ id: v.id, props: { name: v.name, post: v.post } }),
  projects: (v) => ({
    id: v.id,
    regionCode: v.region_code,
    enterpriseId: opt(v.enterprise_id),
    segmentId: opt(v.segment_id),
    parkId: opt(v.park_id),
    parcelId: opt(v.parcel_id),
    unitId: opt(v.responsible_unit_id),
    championId: opt(v.champion_official_id),
    props: {
      name: v.name,
      stage: v.stage,
      landNeedMu: opt(v.land_need_mu),
      floorSpaceNeedSqm: opt(v.floor_space_need_sqm),
      investmentYi: opt(v.investment_yi),
      signedOn: opt(v.signed_on),
      plannedProductionOn: opt(v.planned_production_on),
      confidential: v.confidential ?? false,
      source: opt(v.source),
      asOf: opt(v.as_of),
      responsiblePerson: opt(v.responsible_person),
      key: opt(v.key),
    },
  }),
  park_themes: (v) => ({ parkId: v.park_id, segmentId: v.segment_id }),
  parcels: (v) => ({
    id: v.id,
    regionCode: v.region_code,
    parkId: opt(v.park_id),
    props: {
      name: v.name,
      areaMu: v.area_mu,
      use: opt(v.use),
      status: v.status,
      availableFrom: opt(v.available_from),
      minInvestmentWanPerMu: opt(v.min_investment_wan_per_mu),
      minTaxWanPerMu: opt(v.min_tax_wan_per_mu),
    },
  }),
  parcel_segments: (v) => ({ parcelId: v.parcel_id, segmentId: v.segment_id }),
  funds: (v) => ({ id: v.id, regionCode: opt(v.region_code), props: { name: v.name, sizeYi: v.size_yi, manager: opt(v.manager), kind: opt(v.kind) } }),
  fund_focus: (v) => ({ fundId: v.fund_id, segmentId: v.segment_id }),
  fund_investments: (v) => ({ fundId: v.fund_id, enterpriseId: opt(v.enterprise_id), projectId: opt(v.project_id), props: { amountYi: opt(v.amount_yi), on: opt(v.on) } }),
  platforms: (v) => ({ id: v.id, regionCode: v.region_code, hostId: opt(v.host_enterprise_id), props: { name: v.name, kind: opt(v.kind), level: opt(v.level) } }),
  platform_segments: (v) => ({ platformId: v.platform_id, segmentId: v.segment_id }),
  enterprise_years: (v) => ({
    id: `${String(v.enterprise_id)}:${String(v.year)}`,
    enterpriseId: v.enterprise_id,
    props: {
      enterpriseId: v.enterprise_id,
      year: v.year,
      outputWan: opt(v.output_wan),
      revenueWan: opt(v.revenue_wan),
      taxWan: opt(v.tax_wan),
      landMu: opt(v.land_mu),
      energyTce: opt(v.energy_tce),
      employees: opt(v.employees),
      rdStaff: opt(v.rd_staff),
    },
  }),
  chain_chiefs: (v) => ({ chainId: v.chain_id, officialId: v.official_id, props: { role: v.role ?? 'CHIEF' } }),
  chain_team: (v) => ({ chainId: v.chain_id, unitId: v.unit_id, props: { role: v.role ?? 'MEMBER' } }),
  policies: (v) => ({
    id: v.id,
    chainId: v.chain_id,
    props: { chainId: v.chain_id, title: v.title, docNumber: opt(v.doc_number), issuedOn: opt(v.issued_on), url: opt(v.url), summary: opt(v.summary) },
  }),
  targets: (v) => ({
    id: targetId(String(v.chain_id), Number(v.year), String(v.indicator)),
    chainId: v.chain_id,
    props: { chainId: v.chain_id, year: v.year, indicator: v.indicator, value: v.value, unit: opt(v.unit), kind: opt(v.kind), name: opt(v.name) },
  }),
  actuals: (v) => ({
    id: actualId(String(v.chain_id), String(v.indicator), String(v.period)),
    chainId: v.chain_id,
    props: { chainId: v.chain_id, indicator: v.indicator, period: v.period, value: v.value, source: opt(v.source) },
  }),
  gap_tasks: (v) => ({
    id: v.id,
    segmentId: v.segment_id,
    unitId: v.unit_id,
    props: { title: v.title, owner: opt(v.owner), dueOn: opt(v.due_on), status: v.status ?? 'OPEN', note: opt(v.note) },
  }),
  milestones: (v) => ({ id: v.id, projectId: v.project_id, props: { name: v.name, plannedOn: v.planned_on, doneOn: opt(v.done_on), kind: opt(v.kind) } }),
};

/** The business key of a target: one per chain, year and indicator. */
export const targetId = (chainId: string, year: number, indicator: string) => `${chainId}|${year}|${indicator}`;
/** The business key of an actual: one per chain, indicator and period. */
export const actualId = (chainId: string, indicator: string, period: string) => `${chainId}|${indicator}|${period}`;

/** Query parameters for some validated rows of a table. */
export function buildRows(table: TableName, rows: readonly ParsedRow[]): WriteRow[] {
  return rows.map((r) => BUILDERS[table](r.values));
}

/**
 * The query that upserts each table (full semantics: tells created, updated and unchanged rows
 * apart, skips unchanged ones, replaces edges that moved), and for trees the one that links it
 * afterwards.
 */
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
  units: 'import/merge-units',
  officials: 'import/merge-officials',
  projects: 'import/merge-projects',
  park_themes: 'import/merge-park-themes',
  parcels: 'import/merge-parcels',
  parcel_segments: 'import/merge-parcel-segments',
  funds: 'import/merge-funds',
  fund_focus: 'import/merge-fund-focus',
  fund_investments: 'import/merge-fund-investments',
  platforms: 'import/merge-platforms',
  platform_segments: 'import/merge-platform-segments',
  enterprise_years: 'import/merge-enterprise-years',
  chain_chiefs: 'import/merge-chain-chiefs',
  chain_team: 'import/merge-chain-team',
  policies: 'import/merge-policies',
  targets: 'import/merge-targets',
  actuals: 'import/merge-actuals',
  gap_tasks: 'import/merge-gap-tasks',
  milestones: 'import/merge-milestones',
};
const LINK_QUERY: Partial<Record<TableName, string>> = {
  regions: 'import/link-regions',
  segments: 'import/link-segments',
};

/**
 * The fast path of the large tables. A row that is certainly new — a node the database does not
 * hold (looked up by key in the same transaction), or an edge from an enterprise this import has
 * just created — goes through a lean query (plain MERGE + SET, no comparison with an old value,
 * no stale-edge removal, no Eager in the plan); every other row through the full query above. The
 * outcome is the same; on a first import nearly every row takes the fast path.
 */
type FastPath = { kind: 'node'; lookup: string; query: string; key: string; fresh?: 'enterprise' } | { kind: 'edge'; query: string; freshEnterprise: string[] };
const FAST_PATH: Partial<Record<TableName, FastPath>> = {
  enterprises: { kind: 'node', lookup: 'import/find-enterprises', query: 'import/merge-enterprises-new', key: 'id', fresh: 'enterprise' },
  projects: { kind: 'node', lookup: 'import/merge-projects-existing', query: 'import/merge-projects-new', key: 'id' },
  enterprise_segments: { kind: 'edge', query: 'import/merge-enterprise-segments-new', freshEnterprise: ['enterpriseId'] },
  supplies: { kind: 'edge', query: 'import/merge-supplies-new', freshEnterprise: ['supplierId', 'customerId'] },
  enterprise_parks: { kind: 'edge', query: 'import/merge-enterprise-parks-new', freshEnterprise: ['enterpriseId'] },
};

export type Progress = (done: number, total: number, table: string) => void;

/** Who writes, and through which door: recorded with every stage change the write makes. */
export interface Actor {
  user: string | null;
  via: 'IMPORT' | 'EDIT' | 'BOARD';
}

/** A calendar date in China time (Asia/Shanghai, UTC+8 all year), YYYY-MM-DD. */
export function shanghaiDate(at: Date = new Date()): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export interface WriteOptions {
  dryRun: boolean;
  /** Who imports (stage changes record it); an anonymous import when absent. */
  actor?: Actor;
  /** Commit every BATCHED_TX_ROWS rows instead of writing the whole workbook in one transaction. */
  batched?: boolean;
  onProgress?: Progress;
  /** Timeout of each transaction; the database's default when absent. */
  timeoutMs?: number;
  lang?: Lang;
  /**
   * Keep the local counts (LocalCount) exact in every transaction of the import (the default).
   * Off only to measure what the maintenance costs (the benchmark): the import then forgets the
   * counts' marker, so the next start rebuilds them.
   */
  maintainCounts?: boolean;
}

/** The import's unit of work: one explicit transaction of chain data (see QueryRunner.beginWrite). */
type Tx = WriteTransaction;
const openTx = (runner: QueryRunner, timeoutMs: number | undefined): Tx => runner.beginWrite({ timeoutMs, bumpsDataVersion: true });

/** What writing one batch of a table did; `fresh` lists enterprises it created. */
interface BatchOutcome {
  created: number;
  updated: number;
  fresh: string[];
}

type Counted = { created: number; updated: number };

/** Writes one batch of a table's rows inside `tx`, routing rows between the fast and full paths. */
async function writeBatch(tx: Tx, table: TableName, rows: WriteRow[], freshEnterprises: ReadonlySet<string>, change: Params, counts: boolean): Promise<BatchOutcome> {
  if (!counts) return writeBatchRows(tx, table, rows, freshEnterprises, change);
  return maintainCounts(tx, await touchedEnterprises(tx, table, rows, freshEnterprises), () => writeBatchRows(tx, table, rows, freshEnterprises, change));
}

/**
 * The enterprises whose contribution to the local counts writing these rows can change: the
 * enterprises a row names (its region, its placements), and every enterprise under a segment whose
 * chain changes (segments) — the tree links are maintained around the link queries. An enterprise
 * this import created in an earlier batch of the enterprises table has no placement yet.
 */
async function touchedEnterprises(tx: Tx, table: TableName, rows: WriteRow[], fresh: ReadonlySet<string>): Promise<string[]> {
  if (table === 'enterprises') return rows.map((r) => r.id as string).filter((id) => !fresh.has(id));
  if (table === 'enterprise_segments') return rows.map((r) => r.enterpriseId as string);
  if (table === 'segments')
    return (await tx.run<{ id: string }>('counts/list-enterprises-of-moved-segments', { rows: rows.map((r) => ({ id: r.id, chainId: r.chainId, parentId: r.parentId })), checkParent: false })).map(
      (r) => r.id,
    );
  return [];
}

/** Runs a tree's link query, maintaining the local counts of the enterprises under every node it re-hangs. */
async function writeLinks(tx: Tx, table: TableName, link: string, rows: WriteRow[], counts: boolean): Promise<void> {
  if (!counts) {
    await tx.run(link, { rows });
    return;
  }
  const moved = table === 'regions' ? 'counts/list-enterprises-of-moved-regions' : 'counts/list-enterprises-of-moved-segments';
  const touched = (await tx.run<{ id: string }>(moved, { rows, checkParent: true })).map((r) => r.id);
  await maintainCounts(tx, touched, () => tx.run(link, { rows }));
}

async function writeBatchRows(tx: Tx, table: TableName, rows: WriteRow[], freshEnterprises: ReadonlySet<string>, change: Params): Promise<BatchOutcome> {
  const out: BatchOutcome = { created: 0, updated: 0, fresh: [] };
  const add = (result: Counted[]) => {
    out.created += result[0]?.created ?? 0;
    out.updated += result[0]?.updated ?? 0;
  };
  const fast = FAST_PATH[table];
  let fastRows: WriteRow[] = [];
  let fullRows = rows;
  if (fast?.kind === 'node') {
    const found = await tx.run<{ id: string }>(fast.lookup, { ids: rows.map((r) => r[fast.key]) });
    const existing = new Set(found.map((r) => r.id));
    fastRows = rows.filter((r) => !existing.has(r[fast.key] as string));
    fullRows = existing.size ? rows.filter((r) => existing.has(r[fast.key] as string)) : [];
    if (fast.fresh === 'enterprise') out.fresh = fastRows.map((r) => r[fast.key] as string);
  } else if (fast?.kind === 'edge' && freshEnterprises.size) {
    const isFresh = (r: WriteRow) => fast.freshEnterprise.some((field) => freshEnterprises.has(r[field] as string));
    fastRows = rows.filter(isFresh);
    fullRows = fastRows.length === rows.length ? [] : rows.filter((r) => !isFresh(r));
  }
  if (fastRows.length && fast) add(await tx.run<Counted>(fast.query, { rows: fastRows }));
  if (fullRows.length) add(await tx.run<Counted>(MERGE_QUERY[table], table === 'projects' ? { rows: fullRows, change } : { rows: fullRows }));
  return out;
}

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A failure of the one-transaction import that batching would avoid — the transaction outgrew
 * the database's transaction memory, or ran past the transaction timeout — becomes an error that
 * says so and what to do; anything else passes unchanged.
 */
export function explainFailure(error: unknown, rows: number, options: WriteOptions): unknown {
  if (!(error instanceof AppError) || (options.batched && !options.dryRun)) return error;
  const neo4jCode = String(error.extensions.neo4jCode ?? '');
  const memory = isMemoryLimit(neo4jCode);
  if (!memory && error.code !== 'TIMEOUT') return error;
  const zh = options.lang === 'zh';
  const what = memory
    ? zh
      ? `工作簿共 ${rows} 行，超出了数据库单个事务可用的内存（${neo4jCode}），已全部回滚，未写入任何数据。`
      : `The workbook's ${rows} rows need more memory than the database allows one transaction (${neo4jCode}); it was rolled back and nothing was written.`
    : zh
      ? `工作簿共 ${rows} 行，在一个事务内写入超出了事务超时时间，已全部回滚，未写入任何数据。`
      : `Writing the workbook's ${rows} rows in one transaction ran past the transaction timeout; it was rolled back and nothing was written.`;
  const fix = options.dryRun
    ? zh
      ? '工作簿已通过校验；试运行需要在一个事务内完成全部写入再回滚，请直接用 --batched 分批导入，或增大 NEO4J_HEAP 后重试。'
      : 'The workbook passed validation; a dry run writes everything in one transaction and rolls it back, so import it with --batched, or raise NEO4J_HEAP and try again.'
    : zh
      ? '请改用分批导入：npm run import -- <工作簿> --batched（每 10,000 行提交一次，失败后重新运行即可补全），或增大 NEO4J_HEAP 后重试。'
      : 'Import it in batches instead: npm run import -- <workbook> --batched (commits every 10,000 rows; re-running after a failure completes it), or raise NEO4J_HEAP and try again.';
  const wrapped = new AppError(memory ? 'BAD_USER_INPUT' : 'TIMEOUT', `${what} ${fix}`, {
    reason: memory ? 'IMPORT_TOO_LARGE_FOR_ONE_TRANSACTION' : 'IMPORT_TIMED_OUT',
    neo4jCode: neo4jCode || null,
    query: error.extensions.query ?? null,
  });
  (wrapped as { originalError?: unknown }).originalError = error;
  return wrapped;
}

/**
 * Writes a validated workbook: tables in dependency order, each in batches of BATCH_SIZE rows,
 * trees linked after all their nodes exist.
 *
 * Atomic (the default): everything in one transaction — all of the workbook or none of it. A dry
 * run does the same work and rolls it back, so the counts it reports are exactly those a real
 * import would (a dry run is always atomic). A workbook too large for one transaction fails with
 * a message that says to use batched mode or a larger heap.
 *
 * An atomic import that Neo4j rolls back as a deadlock with a concurrent one is written again,
 * whole, up to DEADLOCK_ATTEMPTS times.
 *
 * Batched: one transaction per BATCHED_TX_ROWS rows, retried on transient failures. Every batch
 * is an idempotent upsert, so after a failure the graph holds a prefix of the workbook and
 * running the same import again completes it (rows already written then count as unchanged).
 */
export async function writeWorkbook(runner: QueryRunner, collector: WorkbookCollector, options: WriteOptions): Promise<Record<string, TableCounts>> {
  if (options.batched === true && !options.dryRun) return writeWorkbookOnce(runner, collector, options);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await writeWorkbookOnce(runner, collector, options);
    } catch (error) {
      const code = error instanceof AppError ? String(error.extensions.neo4jCode ?? '') : '';
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 80 * attempt));
    }
  }
}

/** One attempt of writeWorkbook: in atomic mode all of the workbook in one transaction, or nothing. */
async function writeWorkbookOnce(runner: QueryRunner, collector: WorkbookCollector, options: WriteOptions): Promise<Record<string, TableCounts>> {
  const present = TABLE_NAMES.filter((t) => collector.tables.has(t));
  const total = present.reduce((n, t) => n + collector.tables.get(t)!.rows.length, 0);
  const counts: Record<string, TableCounts> = {};
  for (const table of present) counts[table] = { rows: collector.tables.get(table)!.rows.length, created: 0, updated: 0 };
  const freshEnterprises = new Set<string>();
  const now = new Date();
  const change = { on: shanghaiDate(now), at: now.toISOString(), user: options.actor?.user ?? null, via: options.actor?.via ?? 'IMPORT' };
  const batched = options.batched === true && !options.dryRun;
  /** Rows per unit of work: a transaction in batched mode, a progress step of the one transaction otherwise. */
  const chunkRows = batched ? BATCHED_TX_ROWS : BATCH_SIZE;
  const maintain = options.maintainCounts !== false;

  /** The unit of work: in atomic mode the one open transaction, in batched mode a new one each time. */
  let atomicTx: Tx | null = batched ? null : openTx(runner, options.timeoutMs);
  const inTransaction = async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    if (atomicTx) return work(atomicTx);
    for (let attempt = 1; ; attempt += 1) {
      const tx = openTx(runner, options.timeoutMs);
      try {
        if (maintain) await lockCountWrites(tx);
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        await tx.rollback();
        const code = error instanceof AppError ? String(error.extensions.neo4jCode ?? '') : '';
        if (attempt >= BATCH_ATTEMPTS || !isTransient(code) || isMemoryLimit(code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
    }
  };

  try {
    if (atomicTx && maintain) await lockCountWrites(atomicTx);
    if (!maintain) await inTransaction((tx) => tx.run('counts/delete-count-state'));
    let done = 0;
    for (const table of present) {
      const rows = collector.tables.get(table)!.rows;
      const c = counts[table]!;
      for await (const chunk of rows.chunks(chunkRows)) {
        const outcome = await inTransaction(async (tx) => {
          const sum: BatchOutcome = { created: 0, updated: 0, fresh: [] };
          for (const batch of slices(chunk, BATCH_SIZE)) {
            const o = await writeBatch(tx, table, buildRows(table, batch), freshEnterprises, change, maintain);
            sum.created += o.created;
            sum.updated += o.updated;
            for (const id of o.fresh) sum.fresh.push(id);
          }
          return sum;
        });
        c.created += outcome.created;
        c.updated += outcome.updated;
        for (const id of outcome.fresh) freshEnterprises.add(id);
        done += chunk.length;
        options.onProgress?.(done, total, table);
      }
      const link = LINK_QUERY[table];
      if (link) {
        for await (const chunk of rows.chunks(Math.min(chunkRows, BATCH_SIZE))) {
          await inTransaction((tx) => writeLinks(tx, table, link, buildRows(table, chunk), maintain));
        }
      }
    }
    if (atomicTx) {
      const tx = atomicTx;
      atomicTx = null;
      if (options.dryRun) await tx.rollback();
      else await tx.commit();
    }
    return counts;
  } catch (error) {
    await atomicTx?.rollback();
    throw explainFailure(error, total, options);
  }
}
