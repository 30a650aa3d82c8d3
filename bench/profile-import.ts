// Development aid: times the workbook import table by table on a fresh embedded Neo4j and, with
// --profile, PROFILEs each table's merge query on its first batch (rolled back) before importing.
// Usage: npx tsx bench/profile-import.ts [--enterprises 20000] [--batched] [--heap 2g] [--pagecache 1g] [--twice]
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateWorkbook } from '../server/cli/generate.js';
import { cypher } from '../server/db/cypher.js';
import { toNeo4j } from '../server/db/runner.js';
import { checkWorkbook } from '../server/import/checks.js';
import { WorkbookCollector } from '../server/import/collector.js';
import { importWorkbook } from '../server/import/index.js';
import { messages } from '../server/import/messages.js';
import { readWorkbook } from '../server/import/read.js';
import { buildRows, MERGE_QUERY } from '../server/import/write.js';
import { TABLE_NAMES } from '../server/import/tables.js';
import { freshNeo4j, rssOf } from './lib/neo4j.js';
import { operators, profile, renderPlan } from './lib/profile.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const value = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const enterprises = Number(value('enterprises', '20000'));
const dir = path.join(os.tmpdir(), `chainatlas-wb-${enterprises}`);
if (!existsSync(path.join(dir, 'projects.csv'))) await generateWorkbook({ enterprises, out: dir, seed: 'bench' });

const neo = await freshNeo4j({ heap: value('heap', '2g'), pageCache: value('pagecache', '1g') });
try {
  let t = performance.now();
  const collector = new WorkbookCollector(messages('en'), true);
  await readWorkbook(dir, collector);
  const readMs = performance.now() - t;
  t = performance.now();
  const issues = await checkWorkbook(collector, neo.runner);
  const checkMs = performance.now() - t;
  const total = TABLE_NAMES.reduce((n, tn) => n + (collector.tables.get(tn)?.rows.length ?? 0), 0);
  console.log(`rows ${total}; read ${readMs.toFixed(0)} ms, check ${checkMs.toFixed(0)} ms, issues ${issues.length}`);

  if (flag('profile')) {
    for (const table of TABLE_NAMES) {
      const rows = (await collector.tables.get(table)?.rows.toArray()) ?? [];
      if (!rows.length) continue;
      const batch = buildRows(table, rows.slice(0, Number(value('batch', '1000'))));
      const p = await profile(neo.driver, cypher(MERGE_QUERY[table]), toNeo4j({ rows: batch }) as Record<string, unknown>, true);
      const eager = operators(p.plan).filter((o) => o.startsWith('Eager'));
      console.log(`\n== ${table}: ${batch.length} rows, ${p.ms.toFixed(0)} ms, ${p.dbHits} db hits${eager.length ? `, ${eager.length} EAGER` : ''}\n${renderPlan(p.plan)}`);
    }
  }

  let watcher: NodeJS.Timeout | undefined;
  if (flag('watch')) {
    const { execFileSync } = await import('node:child_process');
    watcher = setInterval(() => {
      void neo.driver
        .executeQuery('SHOW TRANSACTIONS YIELD transactionId, estimatedUsedHeapMemory, allocatedDirectBytes, currentQueryAllocatedBytes, elapsedTime WHERE estimatedUsedHeapMemory > 0 RETURN *')
        .then((r) => {
          const gc = execFileSync('jstat', ['-gc', String(neo.embedded.pid)])
            .toString()
            .trim()
            .split('\n');
          const h = gc[0]!.trim().split(/\s+/);
          const v = gc[1]!.trim().split(/\s+/).map(Number);
          const used = (['S0U', 'S1U', 'EU', 'OU'] as const).reduce((n, k) => n + (v[h.indexOf(k)] ?? 0), 0);
          for (const rec of r.records)
            console.log(
              `  tx heap≈${Math.round(Number(rec.get('estimatedUsedHeapMemory')) / 1048576)}M direct=${Math.round(Number(rec.get('allocatedDirectBytes') ?? 0) / 1048576)}M | JVM heap used ${Math.round(used / 1024)}M rss ${Math.round((rssOf(neo.embedded.pid) ?? 0) / 1048576)}M`,
            );
        })
        .catch((e: unknown) => console.log('watch:', String(e).slice(0, 200)));
    }, 5000);
  }
  for (let round = 0; round < (flag('twice') ? 2 : 1); round += 1) {
    const marks: Array<[string, number, number]> = [];
    let last = performance.now();
    let lastDone = 0;
    const started = last;
    const result = await importWorkbook(neo.runner, dir, {
      batched: flag('batched'),
      timeoutMs: 3_600_000,
      onProgress: (done, _total, table) => {
        const now = performance.now();
        const prev = marks[marks.length - 1];
        if (prev && prev[0] === table) {
          prev[1] += now - last;
          prev[2] += done - lastDone;
        } else marks.push([table, now - last, done - lastDone]);
        last = now;
        lastDone = done;
      },
    });
    const ms = performance.now() - started;
    console.log(`\nround ${round + 1}: ok=${result.ok} ${ms.toFixed(0)} ms for ${total} rows = ${Math.round(total / (ms / 1000))} rows/s (incl. read+check)`);
    for (const [table, tms, n] of marks) console.log(`  ${table.padEnd(20)} ${String(n).padStart(8)} rows ${tms.toFixed(0).padStart(7)} ms ${String(Math.round(n / (tms / 1000))).padStart(8)} rows/s`);
    if (!result.ok) console.log(result.errors.slice(0, 5));
    console.log(JSON.stringify(result.counts));
  }
  clearInterval(watcher);
} finally {
  await neo.stop();
}
