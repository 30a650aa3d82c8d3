// Runs the benchmark (bench/run.ts): synthetic workbooks of 100,000 enterprises (and 1,000,000 with
// --full), each imported into a fresh embedded Neo4j; queries through GraphQL against the bare
// driver; HTTP throughput; memory; chain maps in headless Chromium. Prints a table and writes
// bench/results/latest.json (and latest.md). Not part of `npm test`; takes 15–25 min (--full: hours).
// Usage: npm run bench [-- --full] [--enterprises N[,M]] [--runs 40] [--duration 30] [--no-atomic] [--no-maps]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const big = args.includes('--full') || args.some((a, i) => (a === '--enterprises' ? args[i + 1] : a.startsWith('--enterprises=') ? a.slice(14) : '').split(',').some((n) => Number(n) > 300_000));
// The importer validates a whole workbook in memory before writing: 1M enterprises ≈ 5.5M rows.
const heap = big ? 10240 : 4096;
const child = spawn(process.execPath, [`--max-old-space-size=${heap}`, '--import', 'tsx', path.join('bench', 'run.ts'), ...args], { cwd: root, stdio: 'inherit' });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
