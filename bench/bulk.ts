// The bulk first load alone (npm run import -- <workbook> --bulk) on a cached benchmark workbook,
// into a new DATA_DIR, with the memory bench/run.ts gives it: its phases, memory and the graph's
// shape (nodes per label, relationships per type). For a run of the bulk load without the
// batched import beside it (which takes half an hour at 1,000,000 enterprises here).
// Usage: node --max-old-space-size=10240 --import tsx bench/bulk.ts [--enterprises 100000]
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { generateWorkbook } from '../server/cli/generate.js';
import { bulkRunOf } from './import.js';

const argv = process.argv.slice(2);
const i = argv.indexOf('--enterprises');
const enterprises = Number(i >= 0 ? argv[i + 1] : '100000');
const dir = path.join(os.tmpdir(), `chainatlas-bench-wb-${enterprises}-bench`);
if (!existsSync(path.join(dir, 'projects.csv'))) await generateWorkbook({ enterprises, out: dir, seed: 'bench' });
const memory = enterprises > 300_000 ? { heap: '6g', pageCache: '3g' } : { heap: '4g', pageCache: '2g' };
const started = Date.now();
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const log = (line: string) => console.log(`[bulk ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
log(`${enterprises} enterprises, ${dir}; Neo4j heap ${memory.heap}, page cache ${memory.pageCache}; load ${load()}`);
const run = await bulkRunOf(dir, memory, log);
const s = run.stats;
const sec = (ms: number) => (ms / 1000).toFixed(1);
log(
  `${run.rows} rows in ${sec(run.ms)} s = ${run.rowsPerSecond.toFixed(0)} rows/s; empty by ${s.emptyBy}; check ${sec(s.checkMs)}, read + validate ${sec(s.validateMs)}, stop ${sec(s.stopMs)}, ` +
    `CSV ${sec(s.csvMs)} (${(s.csvBytes / 2 ** 20).toFixed(1)} MiB), neo4j-admin ${sec(s.importMs)} (CPU ${s.importerCpuSeconds.toFixed(1)} s, peak RSS ${(s.importerPeakRssBytes / 2 ** 20).toFixed(0)} MiB), ` +
    `start ${sec(s.startMs)}, schema + post-load ${sec(s.afterMs)}; Node CPU ${run.nodeCpuSeconds.toFixed(1)} s, peak RSS ${(s.nodePeakRssBytes / 2 ** 20).toFixed(0)} MiB; load ${load()}`,
);
log(`shape: ${JSON.stringify(run.shape)}`);
