// Bad workbooks at volume: the generator and properties of test/integration/fuzz-workbooks.int.test.ts
// (scripts/faults/lib/bad-workbooks.ts) for 1,000+ cases against an embedded Neo4j of its own. Every case runs
// to the end (a violation is recorded, not thrown), then the counts are printed.
//
// Usage: npx tsx scripts/faults/fuzz-workbooks.ts [--runs 1000] [--seed N] [--path I] [--heap 1g]
//   --seed N --path I replays case I of seed N alone and prints it in full.
// Exit code: 0 no case violated a property; 1 some did; 2 usage.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { buildCase, chooserFrom, describeCase, runFuzzCase, type CorruptionKind, type FuzzVerdict, type OddityKind } from './lib/bad-workbooks.js';
import { OwnNeo4j } from './lib/own-neo4j.js';

interface Args {
  runs: number;
  seed: number;
  path: string | undefined;
  heap: string;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { runs: 1000, seed: Date.now() % 2_147_483_647, path: undefined, heap: '1g' };
  for (let i = 0; i < argv.length; i += 1) {
    const m = /^--(runs|seed|path|heap)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) return `unknown argument ${argv[i]}`;
    const value = m[2] ?? argv[++i];
    if (value === undefined) return `--${m[1]} needs a value`;
    if (m[1] === 'runs' || m[1] === 'seed') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < (m[1] === 'runs' ? 1 : 0)) return `--${m[1]}: a whole number`;
      args[m[1]] = n;
    } else if (m[1] === 'path') args.path = value;
    else if (!/^\d+[kmg]$/i.test(value)) return '--heap: a size such as 1g';
    else args.heap = value;
  }
  return args;
}

function tally<K extends string>(into: Partial<Record<K, number>>, keys: K[]): void {
  for (const k of keys) into[k] = (into[k] ?? 0) + 1;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    console.error('usage: npx tsx scripts/faults/fuzz-workbooks.ts [--runs 1000] [--seed N] [--path I] [--heap 1g]');
    return 2;
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-fuzz-'));
  const neo = await OwnNeo4j.start({ heap: args.heap, pageCache: '128m' });
  const reset = async () => {
    await neo.runner.write('admin/delete-all');
  };
  const started = Date.now();
  const verdicts: Record<FuzzVerdict, number> = { accepted: 0, rejected: 0, threw: 0 };
  const doors = { json: 0, csv: 0 };
  const planted: Partial<Record<CorruptionKind, number>> = {};
  const odd: Partial<Record<OddityKind, number>> = {};
  let plantedProblems = 0;
  let errorsReported = 0;
  let withBase = 0;
  const failures: Array<{ index: number; problems: string[]; description: string }> = [];
  let index = 0;
  try {
    console.log(`fuzz: ${args.path === undefined ? `${args.runs} cases` : `case ${args.path}`}, seed ${args.seed}, Neo4j ${neo.uri}`);
    const property = fc.asyncProperty(fc.gen(), async (g) => {
      const fuzz = buildCase(chooserFrom(g, fc));
      const outcome = await runFuzzCase(neo.runner, reset, fuzz, path.join(scratch, 'csv'));
      verdicts[outcome.verdict] += 1;
      doors[fuzz.door] += 1;
      if (Object.keys(fuzz.base).length) withBase += 1;
      tally(planted, fuzz.corruptions);
      tally(odd, fuzz.oddities);
      plantedProblems += fuzz.expected.length;
      errorsReported += outcome.errors.length;
      if (outcome.problems.length || args.path !== undefined) failures.push({ index, problems: outcome.problems, description: describeCase(fuzz) });
      index += 1;
      if (index % 100 === 0) console.log(`  ${index} cases, ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(verdicts)}, ${failures.length} violating`);
      return true;
    });
    await fc.check(property, { numRuns: args.path === undefined ? args.runs : 1, seed: args.seed, path: args.path });
  } finally {
    await neo.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  console.log();
  console.log(`cases ${index} (JSON ${doors.json}, CSV ${doors.csv}; ${withBase} on top of an imported base): accepted ${verdicts.accepted}, rejected ${verdicts.rejected}, threw ${verdicts.threw}`);
  console.log(
    `planted problems ${plantedProblems} (${Object.entries(planted)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  );
  console.log(
    `odd but valid values in ${Object.entries(odd)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} cases`,
  );
  console.log(`errors reported ${errorsReported}; cases violating a property ${failures.filter((f) => f.problems.length).length}`);
  console.log(`time ${seconds.toFixed(1)} s (${(index / seconds).toFixed(1)} cases/s)`);
  for (const f of failures.slice(0, 5)) {
    console.log(`\ncase ${f.index} (replay: --seed ${args.seed} --path ${f.index}):`);
    for (const p of f.problems) console.log(`  - ${p.slice(0, 1000)}`);
    if (args.path !== undefined || failures.length <= 2) console.log(f.description.slice(0, 20_000));
  }
  return failures.some((f) => f.problems.length) ? 1 : 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error('[fuzz-workbooks] failed:', error);
  return 1;
});
