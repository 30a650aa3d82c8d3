// The import that scripts/faults/import-kill.ts and test/integration/faults-import.int.test.ts
// kill Neo4j under. It takes the path of `npm run import` — openDatabase({ attach: true }) on the
// DATA_DIR of a running embedded Neo4j, applySchema, importWorkbook — and prints, on stdout:
//   FAULTS_PROGRESS <rows sent> <rows in all> <table>   after every batch written
//   FAULTS_RESULT <json>                                 when the import returned
// Usage: DATA_DIR=… node --import tsx scripts/faults/import-child.ts <workbook>
// FAULTS_TX_TIMEOUT_MS, when set, is the write transaction's timeout (else the server's, 120 s).
// Exit code: 0 imported, 1 rejected, 2 failed (e.g. the database went away), 3 no running Neo4j.
import { loadConfig } from '../../server/config.js';
import { openDatabase, type Database } from '../../server/database.js';
import { readRuntime } from '../../server/db/embedded.js';
import { applySchema } from '../../server/db/schema.js';
import { importWorkbook } from '../../server/import/index.js';

async function main(): Promise<number> {
  const workbook = process.argv[2];
  if (!workbook) {
    console.error('usage: DATA_DIR=… node --import tsx scripts/faults/import-child.ts <workbook>');
    return 2;
  }
  const config = loadConfig();
  // Never start a database of our own: the point is to write into the one under test.
  if (config.external || !readRuntime(config.dataDir)) {
    console.error(`[import-child] no running embedded Neo4j for DATA_DIR=${config.dataDir}`);
    return 3;
  }
  let db: Database | null = null;
  try {
    db = await openDatabase(config, { attach: true });
    await applySchema(db.runner);
    const timeoutMs = Number(process.env.FAULTS_TX_TIMEOUT_MS) || undefined;
    const result = await importWorkbook(db.runner, workbook, {
      timeoutMs,
      onProgress: (done, total, table) => process.stdout.write(`FAULTS_PROGRESS ${done} ${total} ${table}\n`),
    });
    process.stdout.write(`FAULTS_RESULT ${JSON.stringify({ ok: result.ok, errors: result.errors.length, counts: result.counts })}\n`);
    return result.ok ? 0 : 1;
  } catch (error) {
    const code = (error as { extensions?: { code?: string } }).extensions?.code;
    console.error(`[import-child] failed${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  } finally {
    await db?.close().catch(() => undefined);
  }
}

process.exitCode = await main();
