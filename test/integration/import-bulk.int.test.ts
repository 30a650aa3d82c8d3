// The bulk first load (npm run import -- <workbook> --bulk): the same validation and the same graph
// as the transactional import, written by neo4j-admin into a stopped, empty embedded database, and
// refused — nothing changed — on a database that holds data or while anything serves it.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { generateWorkbook } from '../../server/cli/generate.js';
import { loadConfig, type Config } from '../../server/config.js';
import { openDatabase } from '../../server/database.js';
import { runtimeFile } from '../../server/db/embedded.js';
import { BulkRefusal, bulkImportWorkbook, type BulkResult } from '../../server/import/bulk.js';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';
import { canonicalGraph, graphDiff } from '../support/graph-dump.js';

const db = testDatabase();
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** A DATA_DIR of its own for the embedded database, small memory, any free Bolt port. */
function configFor(dataDir: string): Config {
  return loadConfig({ DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', DEMO_DATA: 'off' });
}

/** The canonical graph of an embedded DATA_DIR (started for the dump, stopped after). */
async function graphOf(config: Config): Promise<string[]> {
  const opened = await openDatabase(config);
  try {
    return await canonicalGraph(opened.runner);
  } finally {
    await opened.close();
  }
}

/** The tags of one enterprise as the app reads them (cypher/entities/get-enterprise.cypher), on an embedded DATA_DIR. */
async function enterpriseTags(config: Config, id: string): Promise<string[]> {
  const opened = await openDatabase(config);
  try {
    const [row] = await opened.runner.read<{ enterprise: { tags: string[] } }>('entities/get-enterprise', { id });
    return row!.enterprise.tags;
  } finally {
    await opened.close();
  }
}

/** A CSV file of the generated workbook as records by header. */
function parseCsv(file: string): Array<Record<string, string>> {
  return parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
}

const bulkOptions = { lang: 'en' as const, importHeap: '512m', importOffHeap: '512m' };
/** Each comparison starts four JVMs (the check, the importer, the new store, the dump): minutes on a busy machine. */
const SLOW = 900_000;

/** The refusal a bulk load ends with (fails the test when it does not refuse). */
async function refusal(config: Config, source: string): Promise<BulkRefusal> {
  const error = await bulkImportWorkbook(config, source, bulkOptions).then(
    (result) => assert.fail(`expected a refusal, got ${JSON.stringify(result).slice(0, 300)}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof BulkRefusal, `expected BulkRefusal, got ${String(error)}`);
  return error;
}

/** Imports `source` transactionally into the test database and in bulk into a new DATA_DIR; both graphs. */
async function bothWays(source: string): Promise<{ transactional: string[]; bulk: string[]; result: BulkResult; config: Config }> {
  await db.reset();
  const tx = await importWorkbook(db.runner, source, { lang: 'en' });
  assert.deepEqual(tx.errors, []);
  const transactional = await canonicalGraph(db.runner);
  const config = configFor(tempDir('chainatlas-bulk-'));
  const result = await bulkImportWorkbook(config, source, bulkOptions);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.counts, Object.fromEntries(Object.entries(tx.counts).map(([t, c]) => [t, { rows: c.rows, created: c.rows, updated: 0 }])));
  return { transactional, bulk: await graphOf(config), result, config };
}

function assertSameGraph(transactional: string[], bulk: string[]): void {
  const diff = graphDiff(transactional, bulk);
  assert.deepEqual(diff, { onlyFirst: [], onlySecond: [] }, 'the bulk load wrote another graph than the transactional import');
  assert.equal(bulk.length, transactional.length);
}

const count = (lines: string[], prefix: string) => lines.filter((l) => l.startsWith(prefix)).length;

let generated: string;
let demoConfig: Config | null = null;
/** The transactional import's graph of the generated workbook (set by the comparison test). */
let generatedGraph: string[] | null = null;

beforeAll(async () => {
  generated = tempDir('chainatlas-bulk-wb-');
  await generateWorkbook({ enterprises: 3000, out: generated, seed: 'bulk' });
});
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('bulk load (neo4j-admin database import full) against the transactional import', () => {
  it.skipIf(!existsSync('seed/demo'))(
    'writes the same graph as the transactional import for the demo (seed/demo)',
    async () => {
      const { transactional, bulk, config } = await bothWays('seed/demo');
      demoConfig = config;
      assertSameGraph(transactional, bulk);
      // Not two empty graphs: the demo has regions, chains, enterprises with and without tags, projects…
      assert.ok(count(bulk, 'node (Enterprise ') > 20, 'the demo has enterprises');
      assert.ok(count(bulk, 'node (Project ') > 0, 'the demo has projects');
      assert.ok(count(bulk, 'rel (Project ') > 0, 'the demo links its projects');
      assert.equal(count(bulk, 'node (DataVersion '), 1, 'one data version, as after any write of chain data');
    },
    SLOW,
  );

  it(
    'writes the same graph as the transactional import for a generated workbook of 3,000 enterprises',
    async () => {
      const { transactional, bulk, result, config } = await bothWays(generated);
      assertSameGraph(transactional, bulk);
      generatedGraph = transactional;
      // A new DATA_DIR has no database: it is empty without starting one to ask.
      assert.equal(result.bulk!.emptyBy, 'NO_STORE');
      assert.equal(count(bulk, 'node (Enterprise '), 3000);
      // An empty tags cell is no property on either path (the importer cannot write an empty
      // array; the transactional import stores none): as many enterprises without tags as the
      // workbook has empty tags cells, and a reader still answers [] for one of them.
      const untagged = parseCsv(path.join(generated, 'enterprises.csv')).filter((r) => r.tags === '');
      const enterprises = bulk.filter((l) => l.startsWith('node (Enterprise '));
      assert.ok(untagged.length > 0 && untagged.length < 3000, `the generated workbook has tagged and untagged enterprises (${untagged.length} untagged)`);
      assert.equal(enterprises.filter((l) => !/ tags:/.test(l)).length, untagged.length);
      assert.equal(enterprises.filter((l) => / tags:LIST<STRING[^=]*=\["/.test(l)).length, 3000 - untagged.length, 'every other enterprise holds its tags');
      assert.deepEqual(await enterpriseTags(config, untagged[0]!.id!), [], "read through the app's query, a missing list is []");
      // Numbers keep the transactional types: projects' investment is always a float (toFloat in the
      // merge query), a segment's order an integer; booleans stay booleans.
      assert.ok(
        bulk.some((l) => l.startsWith('node (Project ') && / investmentYi:FLOAT NOT NULL=/.test(l) && / confidential:BOOLEAN NOT NULL=/.test(l)),
        'a project with float investment and boolean confidential',
      );
      assert.ok(
        bulk.some((l) => l.startsWith('node (Segment ') && / order:INTEGER NOT NULL=/.test(l)),
        'a segment order is an integer',
      );
      assert.ok(result.bulk!.nodes >= 3000 && result.bulk!.relationships > 3000);
      assert.ok(result.bulk!.importerPeakRssBytes > 0, 'the importer JVM was measured');
    },
    SLOW,
  );

  it(
    'asks a database that exists and is empty (started before, nothing imported), then loads the same graph',
    async () => {
      const config = configFor(tempDir('chainatlas-bulk-'));
      const once = await openDatabase(config);
      await once.close();
      const result = await bulkImportWorkbook(config, generated, bulkOptions);
      assert.deepEqual(result.errors, []);
      assert.equal(result.bulk!.emptyBy, 'DATABASE', 'the store existed, so the database was started and asked');
      const bulk = await graphOf(config);
      if (generatedGraph) assertSameGraph(generatedGraph, bulk);
      assert.equal(count(bulk, 'node (Enterprise '), 3000);
    },
    SLOW,
  );

  it(
    'refuses a database that holds data, and changes nothing',
    async () => {
      const config = demoConfig ?? configFor(tempDir('chainatlas-bulk-'));
      if (!demoConfig) await bulkImportWorkbook(config, generated, bulkOptions);
      const before = await graphOf(config);
      const error = await refusal(config, generated);
      assert.equal(error.reason, 'NOT_EMPTY');
      assert.match(error.message, /not empty \(it holds \d+ node\(s\)/);
      assert.match(error.message, /without --bulk/);
      assert.deepEqual(await graphOf(config), before);
    },
    SLOW,
  );

  it(
    'refuses while another process serves the DATA_DIR, and while anything else holds its store',
    async () => {
      const config = configFor(tempDir('chainatlas-bulk-'));
      const served = await openDatabase(config);
      try {
        const error = await refusal(config, generated);
        assert.equal(error.reason, 'SERVED');
        assert.match(error.message, new RegExp(`in use \\(process ${process.pid}, Neo4j pid ${served.embedded!.pid}`));
        // Without the app's runtime file, the store lock still tells that the database is open.
        rmSync(runtimeFile(config.dataDir));
        const locked = await refusal(config, generated);
        assert.equal(locked.reason, 'SERVED');
        assert.match(locked.message, /already open in another process/);
        const [row] = await served.runner.read<{ nodes: number }>('admin/count-nodes');
        assert.equal(row!.nodes, 0, 'nothing was written while it served');
      } finally {
        await served.close();
      }
    },
    SLOW,
  );

  it(
    'rejects a bad workbook with the same errors as the transactional import and leaves the database empty',
    async () => {
      const bad = path.join(tempDir('chainatlas-bulk-bad-'), 'bad.json');
      writeFileSync(
        bad,
        JSON.stringify({
          regions: [{ code: 'R1', name: '甲区', level: 'DISTRICT' }],
          chains: [{ id: 'c1', name: '显示' }],
          segments: [{ id: 's1', chain_id: 'c1', name: '面板', stage: 'MIDSTREAM' }],
          enterprises: [
            { id: 'e1', name: '甲公司', region_code: 'R9' }, // unknown region
            { id: 'e2', name: '乙公司', region_code: 'R1', founded: '2023-02-30' }, // no such date
            { id: 'e1', name: '丙公司', region_code: 'R1' }, // duplicate id
          ],
          enterprise_segments: [{ enterprise_id: 'e3', segment_id: 's1' }], // unknown enterprise
        }),
      );
      await db.reset();
      const tx = await importWorkbook(db.runner, bad, { lang: 'en' });
      assert.equal(tx.ok, false);
      assert.ok(tx.errors.length >= 4, JSON.stringify(tx.errors));
      const config = configFor(tempDir('chainatlas-bulk-'));
      const result = await bulkImportWorkbook(config, bad, bulkOptions);
      assert.equal(result.ok, false);
      assert.deepEqual(result.errors, tx.errors);
      assert.deepEqual(result.counts, tx.counts);
      assert.equal(result.bulk, undefined);
      assert.deepEqual(await graphOf(config), [], 'nothing was written');
    },
    SLOW,
  );
});
