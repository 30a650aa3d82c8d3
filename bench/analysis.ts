// 韧性 and 推演 measured through the repositories (no HTTP, no result cache), side by side with the
// computations they replace, on a generated workbook's database.
// Usage:
//   npx tsx bench/analysis.ts --uri <bolt> --password <pw> --enterprises 100000 [--runs 20]
//   flock /work/bench.lock npx tsx bench/analysis.ts --store /work/store-1m --enterprises 1000000 [--runs 20]
//     (the store is copied first and the copy deleted at the end; never opened in place)
// Options: --resilience-runs (default --runs), --skip-scan, --baseline-runs 3 (today's computations, each bounded by the app's 60 s read deadline),
//   --heap 6g --pagecache 4g (with --store), --skip-baseline.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../server/db/driver.js';
import { QueryRunner, READ_TIMEOUT_MS } from '../server/db/runner.js';
import { getWhatIf, getWhatIfByScan, type CountsMemo, type Tier1Counts, type WhatIfArgs } from '../server/repositories/benchmark.js';
import { getResilience } from '../server/repositories/resilience.js';
import { freshNeo4j, type FreshNeo4j } from './lib/neo4j.js';
import { enterpriseByRank } from './queries.js';
import { percentile } from './lib/stats.js';
import { todayResilienceQuery, todayWhatIf } from './lib/analysis-baseline.js';

const argv = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const n = Number(value('enterprises', '100000'));
const runs = Number(value('runs', '20'));
const baselineRuns = Number(value('baseline-runs', '3'));
const resilienceRuns = Number(value('resilience-runs', String(runs)));
const skipBaseline = argv.includes('--skip-baseline');
const skipScan = argv.includes('--skip-scan');
const store = value('store', '');

let fresh: FreshNeo4j | null = null;
let runner: QueryRunner;
let driver: Driver;
const started = Date.now();
if (store) {
  fresh = await freshNeo4j({ heap: value('heap', '6g'), pageCache: value('pagecache', '4g'), store, log: (l) => console.error(l) });
  runner = fresh.runner;
  driver = fresh.driver;
} else {
  driver = createDriver({ uri: value('uri', ''), user: 'neo4j', password: value('password', '') });
  runner = new QueryRunner(driver);
}
console.error(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const master = enterpriseByRank(n, 0);
const large = enterpriseByRank(n, 100);
const whatIfs: Array<{ name: string; args: WhatIfArgs }> = [
  {
    name: `whatIf (remove ranks 1-3, add rank 100 ${large})`,
    args: { chainId: 'DISPLAY', scope: 'ZONE1', remove: [1, 2, 3].map((r) => enterpriseByRank(n, r)), add: [large], strongAt: 3, evidence: 'ALL', includeConfidential: false },
  },
  {
    name: 'whatIf (remove the 链主 and ranks 1-4, add ranks 100-104), CONFIRMED',
    args: {
      chainId: 'DISPLAY',
      scope: 'ZONE1',
      remove: [0, 1, 2, 3, 4].map((r) => enterpriseByRank(n, r)),
      add: [100, 101, 102, 103, 104].map((r) => enterpriseByRank(n, r)),
      strongAt: 3,
      evidence: 'CONFIRMED',
      includeConfidential: false,
    },
  },
];
const resilienceArgs = { enterpriseId: master, scope: 'ZONE1', home: 'ZONE1', evidence: 'ALL' as const };

interface Line {
  name: string;
  runs: number;
  p50: number | null;
  p95: number | null;
  note: string;
}
const lines: Line[] = [];

/** Times `f` `count` times (after one warm-up); a failure (the read deadline) ends the series and is noted. */
async function measure(name: string, count: number, f: () => Promise<unknown>, warmup = true): Promise<void> {
  const times: number[] = [];
  let note = '';
  try {
    if (warmup) await f();
    for (let i = 0; i < count; i += 1) {
      const t = performance.now();
      await f();
      times.push(performance.now() - t);
    }
  } catch (error) {
    const e = error as Error & { code?: string };
    note = `stopped: ${e.code ?? ''} ${e.message.slice(0, 100)}`;
  }
  const line = { name, runs: times.length, p50: times.length ? percentile(times, 50) : null, p95: times.length ? percentile(times, 95) : null, note };
  lines.push(line);
  console.error(JSON.stringify(line));
}

try {
  for (const { name, args } of whatIfs) {
    await measure(`${name}: from the maintained counts`, runs, () => getWhatIf(runner, args));
    // As the app runs it: the 链主's supplier counts before the change kept while the data is unchanged.
    const kept = new Map<string, Promise<Tier1Counts[]>>();
    const memo: CountsMemo = (key, compute) => {
      const k = JSON.stringify(key);
      if (!kept.has(k)) kept.set(k, compute());
      return kept.get(k)!;
    };
    await measure(`${name}: from the maintained counts, the 链主's counts before kept`, runs, () => getWhatIf(runner, args, { memo }));
    if (!skipBaseline) {
      const t = performance.now();
      await measure(`${name}: today (status rows with lists, every 链主 supplier listed)`, baselineRuns, () => todayWhatIf(runner, args), false);
      if (lines.at(-1)!.runs === 0) lines.at(-1)!.note += ` after ${((performance.now() - t) / 1000).toFixed(1)} s`;
      if (!skipScan) await measure(`${name}: full scan recomputation (the tests' reference)`, 1, () => getWhatIfByScan(runner, args), false);
    }
  }
  await measure(`resilience (链主 ${master}): in Cypher, capped lists`, resilienceRuns, () => getResilience(runner, resilienceArgs));
  if (!skipBaseline) {
    const t = performance.now();
    await measure(`resilience (链主 ${master}): today's query (every supplier's row)`, baselineRuns, () => todayResilienceQuery(driver, resilienceArgs, READ_TIMEOUT_MS), false);
    if (lines.at(-1)!.runs === 0) lines.at(-1)!.note += ` after ${((performance.now() - t) / 1000).toFixed(1)} s`;
  }
} finally {
  await fresh?.stop();
  if (!fresh) await driver.close();
}
const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
console.log(`\n${new Date().toISOString()} · ${n.toLocaleString('en')} enterprises · commit ${commit} · load average at the end ${load}\n`);
console.log('| operation | runs | p50 ms | p95 ms | note |\n| --- | ---: | ---: | ---: | --- |');
for (const l of lines) console.log(`| ${l.name} | ${l.runs} | ${l.p50?.toFixed(0) ?? '—'} | ${l.p95?.toFixed(0) ?? '—'} | ${l.note} |`);
