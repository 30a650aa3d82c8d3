// CPU cost of one stored answer, split between the app process, Neo4j (the data-version read each
// request makes) and the load generator: a small graph (the status-map test fixture), one app
// process, autocannon asking the same status map for 10 s with 50 connections. CPU seconds are
// read from /proc, so they hold on a busy machine where wall-clock rates do not.
// Usage: node --import tsx bench/hit-cost.ts [seconds]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { importWorkbook } from '../server/import/index.js';
import { statusFixture } from '../test/fixtures/status-fixture.js';
import { cpuOf, freshNeo4j } from './lib/neo4j.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.argv[2] ?? '10');
const neo = await freshNeo4j({ heap: '512m', pageCache: '128m' });
try {
  const imported = await importWorkbook(neo.runner, { filename: 'fixture.json', data: Buffer.from(JSON.stringify(statusFixture)) });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'server.ts')], {
    cwd: ROOT,
    env: { ...process.env, BENCH_NEO4J_URI: neo.embedded.uri, BENCH_NEO4J_PASSWORD: neo.embedded.password, BENCH_HOME_REGION: 'QDEDZ', BENCH_RESULT_CACHE: 'on', BENCH_WORKERS: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const info = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve))) as { url: string; token: string; pid: number };
  const body = JSON.stringify({ query: 'query { chainStatus(chainId: "c1") { segments { segment { id name } localCount status activeProjects { id } } } }' });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${info.token}` };
  for (let i = 0; i < 3; i += 1) await fetch(`${info.url}/graphql`, { method: 'POST', headers, body });
  const before = { app: cpuOf(info.pid), jvm: cpuOf(neo.embedded.pid), self: process.cpuUsage() };
  const result = await autocannon({ url: `${info.url}/graphql`, connections: 50, duration: seconds, requests: [{ method: 'POST', path: '/graphql', headers, body }] });
  const self = process.cpuUsage(before.self);
  const n = result.requests.total;
  const app = cpuOf(info.pid) - before.app;
  const jvm = cpuOf(neo.embedded.pid) - before.jvm;
  const gen = (self.user + self.system) / 1e6;
  const ms = (s: number) => ((s * 1000) / n).toFixed(2);
  console.log(
    JSON.stringify({
      requests: n,
      reqPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
      cpuSeconds: { app, neo4j: jvm, autocannon: gen },
      cpuMsPerRequest: { app: ms(app), neo4j: ms(jvm), autocannon: ms(gen) },
    }),
  );
  child.stdin!.end();
  await new Promise((r) => child.once('exit', r));
} finally {
  await neo.stop();
}
