// Load: a mixed read workload of GraphQL POSTs against the app with the demo data.
//
// Usage: npx tsx scripts/faults/load.ts [--connections 50] [--duration 60]
// Starts scripts/faults/load-server.ts in a child process (its own embedded Neo4j with the demo
// data loaded through the import path, the app on 127.0.0.1:0, a viewer with an API token), then
// runs autocannon with 50 connections for 60 s cycling through: chains, chainStatus of the display
// chain, its panorama, targets for a MISSING display segment, supportingRate of boe-qingdao, and
// search for 京东方 and for jdf. Prints requests/s, latency p50/p99, errors, non-2xx and GraphQL
// errors, and the server's RSS every 5 s.
// Exit code: 0 when there were no errors and the server's RSS stayed flat (after a warm-up of a
// third of the run, the median of the later half of the samples at most 15 % above that of the
// earlier half); 1 otherwise; 2 usage.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/root.js';

interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse?: (status: number, body: string) => void;
}
interface Histogram {
  average: number;
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
}
interface AutocannonResult {
  requests: Histogram & { sent: number };
  latency: Histogram;
  throughput: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  '2xx': number;
}
type Autocannon = ((options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => { stop(): void }) & {
  printResult(result: AutocannonResult): string;
};
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function parseArgs(argv: string[]): { connections: number; duration: number } | string {
  const args = { connections: 50, duration: 60 };
  for (let i = 0; i < argv.length; i += 1) {
    const m = /^--(connections|duration)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) return `unknown argument ${argv[i]}`;
    const n = Number(m[2] ?? argv[++i]);
    if (!Number.isInteger(n) || n < 1 || n > (m[1] === 'connections' ? 1000 : 3600)) return `--${m[1]}: a whole number (connections ≤ 1000, duration ≤ 3600 s)`;
    args[m[1] as 'connections' | 'duration'] = n;
  }
  return args;
}

function rssMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

interface Ready {
  url: string;
  token: string;
  neo4jPid: number;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    console.error('usage: npx tsx scripts/faults/load.ts [--connections 50] [--duration 60]');
    return 2;
  }
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'faults', 'load-server.ts')], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(() => reject(new Error('the load server did not start within 300 s')), 300_000);
      server.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const m = /LOAD_SERVER_READY (\{.*\})\n/.exec(buffer);
        if (m) {
          clearTimeout(timer);
          resolve(JSON.parse(m[1]!) as Ready);
        }
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the load server exited during start-up (code ${code})`));
      });
    });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${ready.token}` };
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${ready.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
    };

    // A display segment the status map shows as MISSING: the one targets are asked for.
    const status = await post('query($c: ID!) { chainStatus(chainId: $c) { segments { segment { id } status } } }', { c: 'display' });
    const segments = (status.body.data?.chainStatus as { segments: Array<{ segment: { id: string }; status: string }> } | undefined)?.segments ?? [];
    const missing = segments.find((s) => s.status === 'MISSING')?.segment.id;
    if (!missing) throw new Error(`no MISSING display segment: ${JSON.stringify(status.body).slice(0, 500)}`);

    const workload: Array<[string, string, Record<string, unknown>]> = [
      ['chains', '{ chains { id name nameEn } }', {}],
      [
        'chainStatus',
        'query($c: ID!) { chainStatus(chainId: $c) { summary { strong weak missing filling broken } segments { segment { id name stage depth } status localCount filling } brokenLinks { from { id } to { id } } } }',
        { c: 'display' },
      ],
      ['panorama', 'query($c: ID!) { panorama(chainId: $c) { segments { segment { id name stage } enterpriseCount enterprises { id name } } flows { from to } } }', { c: 'display' }],
      ['targets', 'query($s: ID!) { targets(segmentId: $s, limit: 20) { enterprise { id name } score breakdown { code points } } }', { s: missing }],
      [
        'supportingRate',
        'query($e: ID!) { supportingRate(enterpriseId: $e) { tier1 { local total rate } tier2 { local total rate } bySegment { segment { id } local total } } }',
        { e: 'boe-qingdao' },
      ],
      ['search 京东方', 'query($q: String!) { search(query: $q) { kind id name score match } }', { q: '京东方' }],
      ['search jdf', 'query($q: String!) { search(query: $q) { kind id name score match } }', { q: 'jdf' }],
    ];
    for (const [name, query, variables] of workload) {
      const { status: code, body } = await post(query, variables);
      if (code !== 200 || body.errors) throw new Error(`${name}: HTTP ${code} ${JSON.stringify(body).slice(0, 500)}`);
    }
    console.log(`server ${ready.url} (pid ${server.pid}, Neo4j JVM pid ${ready.neo4jPid}); missing display segment for targets: ${missing}`);
    console.log(`autocannon: ${args.connections} connections, ${args.duration} s, ${workload.length} operations in turn: ${workload.map((w) => w[0]).join(', ')}`);

    let graphqlErrors = 0;
    const requests: AutocannonRequest[] = workload.map(([, query, variables]) => ({
      method: 'POST',
      path: '/graphql',
      headers,
      body: JSON.stringify({ query, variables }),
      onResponse: (code, body) => {
        if (code === 200 && body.includes('"errors"')) graphqlErrors += 1;
      },
    }));

    const samples: Array<{ t: number; server: number | null; neo4j: number | null }> = [];
    const started = Date.now();
    const sample = () => {
      const s = { t: Math.round((Date.now() - started) / 1000), server: rssMb(server.pid!), neo4j: rssMb(ready.neo4jPid) };
      samples.push(s);
      console.log(`  t=${String(s.t).padStart(3)} s  server RSS ${s.server} MB  Neo4j JVM RSS ${s.neo4j} MB`);
    };
    sample();
    const sampler = setInterval(sample, 5000);
    const result = await new Promise<AutocannonResult>((resolve, reject) => {
      autocannon({ url: ready.url, connections: args.connections, duration: args.duration, requests, timeout: 30 }, (error, r) => (error ? reject(error) : resolve(r)));
    });
    clearInterval(sampler);
    sample();

    // Flat: after the warm-up (the first third of the run, at least 15 s) the median of the later
    // half of the samples is at most 15 % above the median of the earlier half. Medians, because the
    // RSS saw-tooths with garbage collection; a leak lifts the floor.
    const serverRss = samples.map((s) => s.server ?? 0);
    const warmUp = Math.max(15, args.duration / 3);
    const warmed = samples.filter((s) => s.t > warmUp).map((s) => s.server ?? 0);
    const half = Math.floor(warmed.length / 2);
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2 : 0;
    };
    const earlier = median(warmed.slice(0, half));
    const later = median(warmed.slice(half));
    const flat = warmed.length < 2 || later <= earlier * 1.15;
    const last = samples.at(-1)!;
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    console.log();
    console.log(
      `requests: ${result.requests.total} in ${result.duration} s — ${result.requests.average.toFixed(1)} req/s on average (slowest second ${result.requests.min}, fastest ${result.requests.max})`,
    );
    console.log(`latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, mean ${result.latency.average.toFixed(1)} ms`);
    console.log(`errors: connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL errors in 200s ${graphqlErrors}`);
    console.log(
      `server RSS: first ${serverRss[0]} MB, last ${last.server} MB, max ${Math.max(...serverRss)} MB; after the ${warmUp.toFixed(0)} s warm-up the median went ` +
        `${earlier.toFixed(0)} → ${later.toFixed(0)} MB (earlier → later half) — ${flat ? 'flat' : 'GROWING'}; ` +
        `Neo4j JVM RSS first ${samples[0]!.neo4j} MB, last ${last.neo4j} MB, max ${Math.max(...samples.map((s) => s.neo4j ?? 0))} MB`,
    );
    console.log(
      `load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (${os.cpus().length} CPUs)`,
    );
    return errors === 0 && flat ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    const timer = setTimeout(() => server.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error('[load] failed:', error);
  return 1;
});
