// Import phase of the benchmark: the validated import (batched) against a bare UNWIND … MERGE of
// the same rows through the driver, each on a fresh embedded Neo4j of the same size.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/database.js';
import { createDriver } from '../server/db/driver.js';
import { bulkImportWorkbook, type BulkStats } from '../server/import/bulk.js';
import type { ParsedRow } from '../server/import/row-store.js';
import { toNeo4j } from '../server/db/runner.js';
import { WorkbookCollector } from '../server/import/collector.js';
import { importWorkbook } from '../server/import/index.js';
import { messages } from '../server/import/messages.js';
import { readWorkbook } from '../server/import/read.js';
import { TABLE_NAMES, type TableName } from '../server/import/tables.js';
import { BATCHED_TX_ROWS, buildRows, MERGE_QUERY } from '../server/import/write.js';
import { cypher } from '../server/db/cypher.js';
import { cpuOf, type FreshNeo4j } from './lib/neo4j.js';

/** The obvious hand-written upserts: MERGE on the key, `SET += props`, MERGE the edges. */
/** The generated benchmark workbooks hold the chain tables only; the element and governance tables have no bare twin. */
const BARE: Partial<Record<TableName, string>> = {
  regions: 'UNWIND $rows AS row MERGE (n:Region {code: row.code}) SET n += row.props',
  chains: 'UNWIND $rows AS row MERGE (n:Chain {id: row.id}) SET n += row.props',
  segments: 'UNWIND $rows AS row MERGE (n:Segment {id: row.id}) SET n += row.props',
  flows: 'UNWIND $rows AS row MATCH (a:Segment {id: row.fromId}) MATCH (b:Segment {id: row.toId}) MERGE (a)-[:FEEDS]->(b)',
  enterprises: 'UNWIND $rows AS row MERGE (n:Enterprise {id: row.id}) SET n += row.props WITH n, row MATCH (r:Region {code: row.regionCode}) MERGE (n)-[:LOCATED_IN]->(r)',
  enterprise_segments: 'UNWIND $rows AS row MATCH (a:Enterprise {id: row.enterpriseId}) MATCH (b:Segment {id: row.segmentId}) MERGE (a)-[r:IN_SEGMENT]->(b) SET r += row.props',
  chain_masters: 'UNWIND $rows AS row MATCH (e:Enterprise {id: row.enterpriseId}) MATCH (c:Chain {id: row.chainId}) MERGE (e)-[:LEADS]->(c)',
  supplies: 'UNWIND $rows AS row MATCH (a:Enterprise {id: row.supplierId}) MATCH (b:Enterprise {id: row.customerId}) MERGE (a)-[r:SUPPLIES]->(b) SET r += row.props',
  parks: 'UNWIND $rows AS row MERGE (n:Park {id: row.id}) SET n += row.props WITH n, row MATCH (r:Region {code: row.regionCode}) MERGE (n)-[:LOCATED_IN]->(r)',
  enterprise_parks: 'UNWIND $rows AS row MATCH (a:Enterprise {id: row.enterpriseId}) MATCH (b:Park {id: row.parkId}) MERGE (a)-[r:SETTLED_IN]->(b) SET r += row.props',
  projects: `UNWIND $rows AS row
    MERGE (n:Project {id: row.id}) SET n += row.props, n.investmentYi = toFloat(row.props.investmentYi)
    WITH n, row MATCH (x:Region {code: row.regionCode}) MERGE (n)-[:LOCATED_IN]->(x)
    WITH n, row
    CALL (n, row) { MATCH (e:Enterprise {id: row.enterpriseId}) MERGE (n)-[:BY]->(e) }
    CALL (n, row) { MATCH (s:Segment {id: row.segmentId}) MERGE (n)-[:TARGETS]->(s) }
    CALL (n, row) { MATCH (p:Park {id: row.parkId}) MERGE (n)-[:IN_PARK]->(p) }`,
};
const BARE_LINK: Partial<Record<TableName, string>> = {
  regions: 'UNWIND $rows AS row MATCH (n:Region {code: row.code}) MATCH (p:Region {code: row.parentCode}) MERGE (n)-[:WITHIN]->(p)',
  segments: `UNWIND $rows AS row MATCH (n:Segment {id: row.id})
    CALL (n, row) { MATCH (p:Segment {id: row.parentId}) MERGE (p)-[:HAS_CHILD]->(n) }
    CALL (n, row) { MATCH (c:Chain {id: row.chainId}) WHERE row.parentId IS NULL MERGE (c)-[:HAS_SEGMENT]->(n) }`,
};

export interface ImportRun {
  rows: number;
  ms: number;
  rowsPerSecond: number;
  /** CPU seconds the Neo4j JVM spent during the run (less sensitive to a busy machine than wall time). */
  jvmCpuSeconds: number;
  nodeCpuSeconds: number;
}

export interface ValidatedRun extends ImportRun {
  /** Reading and validating the workbook (until the first batch was written). */
  validateMs: number;
  writeMs: number;
  writeRowsPerSecond: number;
  ok: boolean;
  atomic: boolean;
  /** Highest resident memory of this Node process during the import (sampled every 250 ms). */
  peakRssBytes: number;
}

/** Counts of nodes per label and relationships per type: two imports must agree on them. */
export async function graphShape(driver: Driver): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const labels = (await driver.executeQuery('CALL db.labels() YIELD label RETURN label')).records.map((r) => r.get('label') as string);
  const types = (await driver.executeQuery('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS t')).records.map((r) => r.get('t') as string);
  // Literal labels and types make these count-store lookups, not scans.
  for (const label of labels) out[`node ${label}`] = Number((await driver.executeQuery(`MATCH (n:\`${label}\`) RETURN count(n) AS n`)).records[0]!.get('n'));
  for (const type of types) out[`rel ${type}`] = Number((await driver.executeQuery(`MATCH ()-[r:\`${type}\`]->() RETURN count(r) AS n`)).records[0]!.get('n'));
  for (const key of Object.keys(out))
    if (!out[key] || /^node (User|ApiToken|Session|AuditEntry|SavedQuery|DataVersion)$/.test(key) || /^rel (HAS_TOKEN|HAS_SESSION|OWNS|BY_USER)$/.test(key)) delete out[key];
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The workbook read and validated into memory, for the writers that take rows already parsed. */
async function parsedWorkbook(dir: string): Promise<{ tables: TableName[]; rowsOf: Map<TableName, ParsedRow[]>; rows: number }> {
  const collector = new WorkbookCollector(messages('en'), true, Infinity);
  await readWorkbook(dir, collector);
  const tables = TABLE_NAMES.filter((t) => collector.tables.has(t));
  const rowsOf = new Map<TableName, ParsedRow[]>();
  for (const t of tables) rowsOf.set(t, await collector.tables.get(t)!.rows.toArray());
  return { tables, rowsOf, rows: tables.reduce((n, t) => n + rowsOf.get(t)!.length, 0) };
}

/** The bare upserts of the workbook's rows, BATCHED_TX_ROWS rows per transaction (reading is not timed). */
export async function bareImport(neo: FreshNeo4j, dir: string, log: (line: string) => void): Promise<ImportRun> {
  const { tables, rowsOf, rows } = await parsedWorkbook(dir);
  const jvm0 = cpuOf(neo.embedded.pid);
  const node0 = process.cpuUsage();
  const started = performance.now();
  const session = neo.driver.session();
  try {
    for (const table of tables) {
      const all = rowsOf.get(table)!;
      for (const query of [BARE[table], BARE_LINK[table]]) {
        if (!query) continue;
        for (let i = 0; i < all.length; i += BATCHED_TX_ROWS) {
          const params = toNeo4j({ rows: buildRows(table, all.slice(i, i + BATCHED_TX_ROWS)) }) as Record<string, unknown>;
          await session.executeWrite((tx) => tx.run(query, params), { timeout: 600_000 });
        }
      }
      log(`  bare: ${table} done (${Math.round(performance.now() - started)} ms)`);
    }
  } finally {
    await session.close();
  }
  const ms = performance.now() - started;
  const node = process.cpuUsage(node0);
  return { rows, ms, rowsPerSecond: rows / (ms / 1000), jvmCpuSeconds: cpuOf(neo.embedded.pid) - jvm0, nodeCpuSeconds: (node.user + node.system) / 1e6 };
}

/** The product's import, validation included (batched, or atomic in one transaction). */
export async function validatedImport(neo: FreshNeo4j, dir: string, log: (line: string) => void, options: { batched: boolean; timeoutMs?: number }): Promise<ValidatedRun> {
  const jvm0 = cpuOf(neo.embedded.pid);
  const node0 = process.cpuUsage();
  const started = performance.now();
  let firstBatch = 0;
  let lastTable = '';
  let peakRssBytes = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  }, 250);
  const result = await importWorkbook(neo.runner, dir, {
    batched: options.batched,
    timeoutMs: options.timeoutMs,
    lang: 'en',
    onProgress: (_done, _total, table) => {
      firstBatch ||= performance.now();
      if (table !== lastTable) log(`  ${options.batched ? 'batched' : 'atomic'}: ${table} (${Math.round(performance.now() - started)} ms)`);
      lastTable = table;
    },
  }).finally(() => clearInterval(sampler));
  const ms = performance.now() - started;
  const node = process.cpuUsage(node0);
  const rows = Object.values(result.counts).reduce((n, c) => n + c.rows, 0);
  if (!result.ok) log(`  validated import rejected the workbook: ${JSON.stringify(result.errors.slice(0, 3))}`);
  const validateMs = (firstBatch || performance.now()) - started;
  return {
    rows,
    ms,
    rowsPerSecond: rows / (ms / 1000),
    validateMs,
    writeMs: ms - validateMs,
    writeRowsPerSecond: rows / ((ms - validateMs) / 1000),
    jvmCpuSeconds: cpuOf(neo.embedded.pid) - jvm0,
    nodeCpuSeconds: (node.user + node.system) / 1e6,
    ok: result.ok,
    atomic: result.atomic !== false,
    peakRssBytes,
  };
}

const LEGACY_LINK: Partial<Record<TableName, string>> = { regions: 'import/link-regions', segments: 'import/link-segments' };

/**
 * The write path as it was before the fast path (for comparison, writing only): every row through
 * the full upsert query (old value compared, stale edges removed), 1,000 rows per query, the whole
 * workbook in one transaction. Reading is not timed.
 */
export async function legacyImport(neo: FreshNeo4j, dir: string, log: (line: string) => void): Promise<ImportRun> {
  const { tables, rowsOf, rows } = await parsedWorkbook(dir);
  const jvm0 = cpuOf(neo.embedded.pid);
  const node0 = process.cpuUsage();
  const started = performance.now();
  const session = neo.driver.session();
  try {
    const tx = session.beginTransaction({ timeout: 3_600_000 });
    for (const table of tables) {
      const all = rowsOf.get(table)!;
      for (const name of [MERGE_QUERY[table], LEGACY_LINK[table]]) {
        if (!name) continue;
        for (let i = 0; i < all.length; i += 1000) {
          await tx.run(cypher(name), toNeo4j({ rows: buildRows(table, all.slice(i, i + 1000)) }) as Record<string, unknown>);
        }
      }
      log(`  legacy: ${table} done (${Math.round(performance.now() - started)} ms)`);
    }
    await tx.commit();
  } finally {
    await session.close();
  }
  const ms = performance.now() - started;
  const node = process.cpuUsage(node0);
  return { rows, ms, rowsPerSecond: rows / (ms / 1000), jvmCpuSeconds: cpuOf(neo.embedded.pid) - jvm0, nodeCpuSeconds: (node.user + node.system) / 1e6 };
}

export interface BulkRun extends ImportRun {
  /** Where the time and memory went (server/import/bulk.ts). */
  stats: BulkStats;
  /** Labels and relationship types counted on the loaded database (compared with the batched import's). */
  shape: Record<string, number>;
}

/**
 * The bulk first load (npm run import -- <workbook> --bulk) into a new, empty DATA_DIR: validation,
 * CSV files, neo4j-admin database import full, the database started and its schema built. The
 * JVM CPU is the importer's (neo4j-admin); the embedded database's own start and index build
 * are in the wall time.
 */
export async function bulkRunOf(dir: string, memory: { heap: string; pageCache: string }, log: (line: string) => void): Promise<BulkRun> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-bench-bulk-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', NEO4J_HEAP: memory.heap, NEO4J_PAGECACHE: memory.pageCache, DEMO_DATA: 'off' });
    const node0 = process.cpuUsage();
    const started = performance.now();
    const result = await bulkImportWorkbook(config, dir, { lang: 'en', log: (line) => log(`  bulk: ${line}`), importHeap: '2g', importOffHeap: memory.pageCache });
    const ms = performance.now() - started;
    const node = process.cpuUsage(node0);
    if (!result.ok || !result.bulk) throw new Error(`the bulk load rejected the workbook: ${JSON.stringify(result.errors.slice(0, 3))}`);
    const rows = Object.values(result.counts).reduce((n, c) => n + c.rows, 0);
    // A busy machine can time out the driver's first connection: start it again (at most 3 times).
    const db = await openDatabase(config)
      .catch(() => openDatabase(config))
      .catch(() => openDatabase(config));
    let shape: Record<string, number>;
    try {
      const driver = createDriver(db.embedded!);
      shape = await graphShape(driver).finally(() => driver.close());
    } finally {
      await db.close();
    }
    return { rows, ms, rowsPerSecond: rows / (ms / 1000), jvmCpuSeconds: result.bulk.importerCpuSeconds, nodeCpuSeconds: (node.user + node.system) / 1e6, stats: result.bulk, shape };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
