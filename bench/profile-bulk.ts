// Development aid: times the Node side of a bulk load (read, checks, importer CSV files) on a
// cached benchmark workbook, without a database (checked as an empty one). Run it under
// `node --cpu-prof --import tsx bench/profile-bulk.ts` to see where the time goes.
// Usage: npx tsx bench/profile-bulk.ts [--enterprises 100000] [--keep DIR]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateWorkbook } from '../server/cli/generate.js';
import { writeBulkCsv } from '../server/import/bulk-csv.js';
import { checkWorkbook } from '../server/import/checks.js';
import { WorkbookCollector } from '../server/import/collector.js';
import { messages } from '../server/import/messages.js';
import { readWorkbook } from '../server/import/read.js';

const argv = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const enterprises = Number(value('enterprises', '100000'));
const dir = path.join(os.tmpdir(), `chainatlas-bench-wb-${enterprises}-bench`);
if (!existsSync(path.join(dir, 'projects.csv'))) await generateWorkbook({ enterprises, out: dir, seed: 'bench' });

const out = value('keep', '') || mkdtempSync(path.join(os.tmpdir(), 'chainatlas-bulk-csv-'));
const collector = new WorkbookCollector(messages('en'), true);
try {
  // Wall and CPU milliseconds of one phase: on a shared machine the CPU time is the steadier figure.
  const timed = async <T>(work: () => Promise<T>): Promise<[T, string]> => {
    const t = performance.now();
    const c = process.cpuUsage();
    const result = await work();
    const cpu = process.cpuUsage(c);
    return [result, `${(performance.now() - t).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`];
  };
  const [, read] = await timed(() => readWorkbook(dir, collector));
  const [issues, check] = await timed(() => checkWorkbook(collector, null));
  const [files, csv] = await timed(() => writeBulkCsv(collector, out));
  console.log(
    `${enterprises} enterprises: read ${read}, check ${check} (${issues.length} issues), CSV ${csv} ` +
      `(${files.nodes} nodes, ${files.relationships} relationships, ${files.files} files, ${(files.bytes / 2 ** 20).toFixed(1)} MiB); load ${os.loadavg()[0]!.toFixed(1)}`,
  );
} finally {
  collector.dispose();
  if (!argv.includes('--keep')) rmSync(out, { recursive: true, force: true });
}
