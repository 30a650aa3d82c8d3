// Development aid: times variants of the import's write queries side by side on one fresh Neo4j.
// Usage: npx tsx bench/lab.ts [--enterprises 20000] [--batch 1000] [--tx atomic|batched]
import type { ParsedRow } from '../server/import/row-store.js';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { generateWorkbook } from '../server/cli/generate.js';
import { cypher } from '../server/db/cypher.js';
import { toNeo4j } from '../server/db/runner.js';
import { WorkbookCollector } from '../server/import/collector.js';
import { messages } from '../server/import/messages.js';
import { readWorkbook } from '../server/import/read.js';
import { buildRows } from '../server/import/write.js';
import type { TableName } from '../server/import/tables.js';
import { cpuOf, freshNeo4j, threadCpu } from './lib/neo4j.js';

const argv = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const enterprises = Number(value('enterprises', '20000'));
const batchSize = Number(value('batch', '1000'));
const dir = path.join(os.tmpdir(), `chainatlas-wb-${enterprises}`);
if (!existsSync(path.join(dir, 'projects.csv'))) await generateWorkbook({ enterprises, out: dir, seed: 'bench' });
const collector = new WorkbookCollector(messages('en'), true, Infinity);
await readWorkbook(dir, collector);
const tables = new Map<TableName, ParsedRow[]>();
for (const [name, state] of collector.tables) tables.set(name, await state.rows.toArray());
const rowsOf = (t: TableName) => buildRows(t, tables.get(t)!);

type Step = [string, Record<string, unknown>[], string?];
async function timed(driver: Driver, pid: number, label: string, steps: Step[], atomic: boolean) {
  const session = driver.session();
  const started = performance.now();
  const cpu0 = cpuOf(pid);
  const th0 = new Map(threadCpu(pid));
  const ncpu0 = process.cpuUsage();
  let n = 0;
  try {
    let tx = session.beginTransaction({ timeout: 3_600_000 });
    for (const [text, rows, pre] of steps) {
      for (let i = 0; i < rows.length; i += batchSize) {
        if (pre) await tx.run(pre, { ids: rows.slice(i, i + batchSize).map((r) => r.id) });
        await tx.run(text, toNeo4j({ rows: rows.slice(i, i + batchSize) }) as Record<string, unknown>);
        n += Math.min(batchSize, rows.length - i);
        if (!atomic) {
          await tx.commit();
          tx = session.beginTransaction({ timeout: 3_600_000 });
        }
      }
    }
    await tx.commit();
  } finally {
    await session.close();
  }
  const ms = performance.now() - started;
  const cpu = cpuOf(pid) - cpu0;
  const ncpu = process.cpuUsage(ncpu0);
  const th = threadCpu(pid)
    .map(([name, c]) => [name, c - (th0.get(name) ?? 0)] as const)
    .filter(([, c]) => c >= 0.3);
  console.log(
    `${label.padEnd(36)} ${String(n).padStart(7)} rows ${ms.toFixed(0).padStart(7)} ms ${String(Math.round(n / (ms / 1000))).padStart(7)} rows/s | JVM cpu ${cpu.toFixed(1)} s = ${Math.round(n / cpu)} rows/cpu-s | node cpu ${((ncpu.user + ncpu.system) / 1e6).toFixed(1)} s\n    ${th.map(([n, c]) => `${n}=${c.toFixed(1)}`).join(' ')}`,
  );
}

const base: Step[] = [
  [cypher('import/merge-regions'), rowsOf('regions')],
  [cypher('import/link-regions'), rowsOf('regions')],
  [cypher('import/merge-chains'), rowsOf('chains')],
  [cypher('import/merge-segments'), rowsOf('segments')],
  [cypher('import/link-segments'), rowsOf('segments')],
  [cypher('import/merge-parks'), rowsOf('parks')],
];
const ENT_BARE = `UNWIND $rows AS row MERGE (n:Enterprise {id: row.id}) SET n += row.props WITH n, row MATCH (r:Region {code: row.regionCode}) MERGE (n)-[:LOCATED_IN]->(r)`;
const SUP_BARE = `UNWIND $rows AS row MATCH (a:Enterprise {id: row.supplierId}) MATCH (b:Enterprise {id: row.customerId}) MERGE (a)-[r:SUPPLIES]->(b) SET r += row.props`;
const ES_BARE = `UNWIND $rows AS row MATCH (a:Enterprise {id: row.enterpriseId}) MATCH (b:Segment {id: row.segmentId}) MERGE (a)-[r:IN_SEGMENT]->(b) SET r += row.props`;
const variants: Record<string, Step[]> = {
  current: [
    [cypher('import/merge-enterprises'), rowsOf('enterprises')],
    [cypher('import/merge-enterprise-segments'), rowsOf('enterprise_segments')],
    [cypher('import/merge-supplies'), rowsOf('supplies')],
  ],
  bare: [
    [ENT_BARE, rowsOf('enterprises')],
    [ES_BARE, rowsOf('enterprise_segments')],
    [SUP_BARE, rowsOf('supplies')],
  ],
  lean: [
    [cypher('import/merge-enterprises-new'), rowsOf('enterprises'), cypher('import/find-enterprises')],
    [cypher('import/merge-enterprise-segments-new'), rowsOf('enterprise_segments')],
    [cypher('import/merge-supplies-new'), rowsOf('supplies')],
  ],
};
for (let rep = 0; rep < Number(value('reps', '1')); rep += 1)
  for (const name of value('variants', 'bare,lean,current').split(',')) {
    const neo = await freshNeo4j({ heap: value('heap', '2g'), pageCache: value('pagecache', '1g') });
    try {
      await timed(neo.driver, neo.embedded.pid, `${name}: base tables`, base, true);
      if (argv.includes('--jfr')) {
        const { execFileSync } = await import('node:child_process');
        execFileSync('jcmd', [String(neo.embedded.pid), 'JFR.start', 'name=lab', 'settings=profile', `filename=/tmp/lab-${name}.jfr`]);
      }
      if (argv.includes('--gc')) {
        const { spawn } = await import('node:child_process');
        const gc = spawn('jstat', ['-gcutil', String(neo.embedded.pid), '5000'], { stdio: ['ignore', 'inherit', 'inherit'] });
        process.once('beforeExit', () => gc.kill());
        setTimeout(() => gc.kill(), 600_000).unref();
      }
      await timed(neo.driver, neo.embedded.pid, `${name}: ent+es+supplies`, variants[name]!, value('tx', 'atomic') === 'atomic');
      if (argv.includes('--threads'))
        console.log(
          threadCpu(neo.embedded.pid)
            .slice(0, 12)
            .map(([n, c]) => `${n}=${c.toFixed(1)}`)
            .join(' '),
        );
      if (argv.includes('--jfr')) {
        const { execFileSync } = await import('node:child_process');
        execFileSync('jcmd', [String(neo.embedded.pid), 'JFR.stop', 'name=lab']);
      }
    } finally {
      await neo.stop();
    }
  }
