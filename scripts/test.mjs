// Runs the tests with Vitest (vitest.config.ts): unit, integration (real Neo4j) and end-to-end
// (real Chromium). Vitest's global setup starts one throwaway Neo4j and builds the client when needed.
// Usage: npm test [-- unit|integration|e2e|<file>...|<vitest option>...]
//   npm test                     every project
//   npm test -- unit e2e         those projects
//   npm test -- test/unit/a.test.ts test/e2e/b.e2e.test.ts   those files
//   npm test -- --coverage       with V8 coverage (npm run coverage)
// The last line it prints is `tests: N passed, N failed, N skipped`; "failed" also counts a file
// that failed outside any test (it did not load, or a hook failed) and an unhandled error, so a run
// that exits non-zero never ends on "0 failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const PROJECTS = ['unit', 'integration', 'e2e'];
// Vitest's JSON report of this run (its own file: runs in parallel do not read each other's)
const report = path.join('test-results', `vitest-report-${process.pid}.json`);
mkdirSync('test-results', { recursive: true });

const args = [];
for (const arg of process.argv.slice(2)) {
  if (PROJECTS.includes(arg)) args.push('--project', arg);
  else args.push(arg);
}

const started = Date.now();
const vitest = path.join('node_modules', 'vitest', 'vitest.mjs');
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], { stdio: 'inherit' });
  const forward = (sig) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (c, sig) => resolve(c ?? (sig ? 1 : 0)));
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests;
  skipped = result.numPendingTests + result.numTodoTests;
  // a file that failed with no failed test in it: it did not load, or a hook failed before its tests
  for (const file of result.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) failed++;
  }
  rmSync(report, { force: true });
}
if (code !== 0 && failed === 0) failed = 1; // the run failed outside any file (global setup, unhandled error)
console.log(`[test] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(code);
