// Query phase of the benchmark: each operation through GraphQL over HTTP (the app in its own
// process) against exactly the Cypher it runs, replayed through the bare driver, in the same run;
// PROFILE db hits of that Cypher; then a mixed read load with autocannon.
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { BENCHMARK_QUERY, STATUS_QUERY, WHAT_IF_QUERY } from '../client/src/api/chains.js';
import { NETWORK_QUERY } from '../client/src/api/enterprises.js';
import { NEIGHBORS_QUERY, SEARCH_QUERY } from '../client/src/api/search.js';
import { TARGETS_QUERY } from '../client/src/api/targets.js';
import { buildApp } from '../server/app.js';
import { createToken, createUser } from '../server/auth/service.js';
import { AccountStore } from '../server/auth/store.js';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../server/config.js';
import { cypher } from '../server/db/cypher.js';
import { QueryRunner, toNeo4j, type Params, type QueryOptions } from '../server/db/runner.js';
import { profile } from './lib/profile.js';
import { percentile } from './lib/stats.js';

export interface Op {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Enterprise ids as server/cli/generate.ts assigns them: rank 0 is the biggest customer (a 链主). */
export function enterpriseByRank(n: number, rank: number): string {
  const width = Math.max(6, String(n).length);
  let stride = Math.max(1, Math.floor(n * 0.618));
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  while (gcd(stride, n) !== 1) stride += 1;
  return `E${String((rank * stride + 7) % n).padStart(width, '0')}`;
}

const RATE = `query Rate($id: ID!, $scope: ID) {
  supportingRate(enterpriseId: $id, scope: $scope) {
    scope { code name }
    tier1 { local total rate }
    tier2 { local total rate }
    bySegment { segment { id name nameEn } local total rate }
  }
}`;
/** 对标 of the zone against six provinces: the widest scopes the generated workbook has. */
const PEER_PROVINCES = ['320000', '440000', '340000', '330000', '420000', '510000'];
// The client's own documents (client/src/api/), so the benchmark measures what the app sends;
// RATE alone is the benchmark's, to time the supporting rate apart from the network it comes with.
const NETWORK = NETWORK_QUERY.toString();
const NEIGHBORS = NEIGHBORS_QUERY.toString();
const SEARCH = SEARCH_QUERY.toString();
const BENCHMARK = BENCHMARK_QUERY.toString();
const WHAT_IF = WHAT_IF_QUERY.toString();

/** The operations measured, on a workbook from server/cli/generate.ts with n enterprises. */
export function operations(n: number): Op[] {
  const master = enterpriseByRank(n, 0);
  const large = enterpriseByRank(n, 100);
  return [
    { name: 'chainStatus', query: STATUS_QUERY.toString(), variables: { chainId: 'DISPLAY', scope: 'ZONE1', strongAt: 3, projected: false } },
    { name: 'targets', query: TARGETS_QUERY.toString(), variables: { segmentId: 'DISPLAY-1-1-1', scope: 'ZONE1', limit: 20 } },
    { name: `supportingRate (链主 ${master})`, query: RATE, variables: { id: master, scope: 'ZONE1' } },
    { name: `supplierNetwork tiers 2 (链主 ${master})`, query: NETWORK, variables: { id: master, tiers: 2, scope: 'ZONE1' } },
    { name: `supportingRate (rank 100 ${large})`, query: RATE, variables: { id: large, scope: 'ZONE1' } },
    { name: `supplierNetwork tiers 2 (rank 100 ${large})`, query: NETWORK, variables: { id: large, tiers: 2, scope: 'ZONE1' } },
    { name: 'search "华海电子"', query: SEARCH, variables: { query: '华海电子' } },
    { name: `neighbors (链主 ${master})`, query: NEIGHBORS, variables: { kind: 'ENTERPRISE', id: master, limit: 12 } },
    { name: `neighbors SUPPLIER page 10 (链主 ${master})`, query: NEIGHBORS, variables: { kind: 'ENTERPRISE', id: master, relation: 'SUPPLIER', offset: 120, limit: 12 } },
    { name: 'neighbors (segment DISPLAY-1-1-1)', query: NEIGHBORS, variables: { kind: 'SEGMENT', id: 'DISPLAY-1-1-1', limit: 12 } },
    { name: 'benchmark 7 scopes (ZONE1 + 6 provinces)', query: BENCHMARK, variables: { chainId: 'DISPLAY', scopes: ['ZONE1', ...PEER_PROVINCES] } },
    {
      name: `whatIf (remove ranks 1-3, add rank 100 ${large})`,
      query: WHAT_IF,
      variables: { chainId: 'DISPLAY', scope: 'ZONE1', remove: [1, 2, 3].map((r) => enterpriseByRank(n, r)), add: [large] },
    },
  ];
}

interface Call {
  name: string;
  text: string;
  params: Params;
  mode: 'READ' | 'WRITE';
  wave: number;
}

/** A QueryRunner that notes every query it runs, grouped in waves of queries that overlapped. */
class RecordingRunner extends QueryRunner {
  calls: Call[] | null = null;
  private pending = 0;
  private wave = 0;

  private async note<T>(name: string, text: string, params: Params, mode: 'READ' | 'WRITE', run: () => Promise<T>): Promise<T> {
    if (this.calls) {
      if (this.pending === 0 && this.calls.length) this.wave += 1;
      this.calls.push({ name, text, params, mode, wave: this.wave });
    }
    this.pending += 1;
    try {
      return await run();
    } finally {
      this.pending -= 1;
    }
  }

  start(): void {
    this.calls = [];
    this.wave = 0;
  }

  override read<T>(name: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return this.note(name, cypher(name), params, 'READ', () => super.read<T>(name, params, options));
  }

  override write<T>(name: string, params: Params = {}, options: QueryOptions = {}): Promise<T[]> {
    return this.note(name, cypher(name), params, 'WRITE', () => super.write<T>(name, params, options));
  }

  override text<T>(label: string, text: string, params: Params = {}, mode: 'READ' | 'WRITE' = 'READ', options: QueryOptions = {}): Promise<T[]> {
    return this.note(label, text, params, mode, () => super.text<T>(label, text, params, mode, options));
  }
}

async function post(url: string, token: string, op: Op): Promise<{ ms: number; body: { data?: unknown; errors?: Array<{ message: string }> }; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  return { ms, body: JSON.parse(text) as never, bytes: text.length };
}

/** Runs each operation once through an in-process app whose runner records the Cypher it runs. */
export async function recordCypher(driver: Driver, ops: Op[]): Promise<Map<string, Call[]>> {
  const runner = new RecordingRunner(driver);
  const accounts = AccountStore.open(':memory:', randomBytes(32));
  const app = await buildApp(loadConfig({ HOME_REGION: 'ZONE1', DEMO_DATA: 'off', NODE_ENV: 'production', RESULT_CACHE: 'off' }), runner, accounts);
  const port = await app.listen(0, '127.0.0.1');
  const name = `bench-rec-${process.pid}`;
  await createUser(accounts, name, 'admin');
  const { token } = await createToken(accounts, name, 'bench');
  const out = new Map<string, Call[]>();
  try {
    for (const op of ops) {
      runner.start();
      const { body } = await post(`http://127.0.0.1:${port}`, token, op);
      if (body.errors?.length) throw new Error(`${op.name}: ${body.errors.map((e) => e.message).join('; ')}`);
      out.set(op.name, runner.calls ?? []);
      runner.calls = null;
    }
  } finally {
    await app.close();
  }
  return out;
}

/** The recorded Cypher of one operation minus authentication: waves in order, each wave's queries at once. */
async function replay(driver: Driver, calls: Call[]): Promise<number> {
  const started = performance.now();
  const data = calls.filter((c) => !c.name.startsWith('auth/'));
  const waves = [...new Set(data.map((c) => c.wave))];
  for (const wave of waves) {
    await Promise.all(
      data.filter((c) => c.wave === wave).map((c) => driver.executeQuery(c.text, toNeo4j(c.params) as Params, { routing: c.mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE })),
    );
  }
  return performance.now() - started;
}

export interface OpFigures {
  name: string;
  queries: string[];
  authQueries: string[];
  responseBytes: number;
  graphql: { p50: number; p95: number; runs: number };
  bare: { p50: number; p95: number; runs: number };
  /** graphql p95 / bare p95 */
  ratio95: number;
  ratio50: number;
  dbHits: number;
  dbHitsByQuery: Record<string, number>;
  /** The same operation asked repeatedly with the result cache on. */
  cached?: { p50: number; p95: number; runs: number } | null;
}

/** GraphQL over HTTP against the bare replay of the same Cypher, alternating, after a warm-up. */
export async function measureOps(
  url: string,
  token: string,
  driver: Driver,
  ops: Op[],
  recorded: Map<string, Call[]>,
  runs: number,
  warmup: number,
  log: (line: string) => void,
  /** Stop an operation's runs after this long (at least 5 runs), so that a very slow one cannot stall the benchmark. */
  budgetMs = 240_000,
): Promise<OpFigures[]> {
  const out: OpFigures[] = [];
  for (const op of ops) {
    const calls = recorded.get(op.name) ?? [];
    let bytes = 0;
    for (let i = 0; i < warmup; i += 1) {
      const r = await post(url, token, op);
      if (r.body.errors?.length) throw new Error(`${op.name}: ${r.body.errors.map((e) => e.message).join('; ')}`);
      bytes = r.bytes;
      await replay(driver, calls);
    }
    const gql: number[] = [];
    const bare: number[] = [];
    const opStarted = performance.now();
    for (let i = 0; i < runs && (i < 5 || performance.now() - opStarted < budgetMs); i += 1) {
      // Alternate which goes first so that neither always meets a warmer cache.
      if (i % 2 === 0) {
        gql.push((await post(url, token, op)).ms);
        bare.push(await replay(driver, calls));
      } else {
        bare.push(await replay(driver, calls));
        gql.push((await post(url, token, op)).ms);
      }
    }
    const dbHitsByQuery: Record<string, number> = {};
    for (const c of calls.filter((x) => !x.name.startsWith('auth/'))) {
      const p = await profile(driver, c.text, toNeo4j(c.params) as Record<string, unknown>, true);
      dbHitsByQuery[c.name] = (dbHitsByQuery[c.name] ?? 0) + p.dbHits;
    }
    const figures: OpFigures = {
      name: op.name,
      queries: calls.filter((c) => !c.name.startsWith('auth/')).map((c) => c.name),
      authQueries: calls.filter((c) => c.name.startsWith('auth/')).map((c) => c.name),
      responseBytes: bytes,
      graphql: { p50: percentile(gql, 50), p95: percentile(gql, 95), runs: gql.length },
      bare: { p50: percentile(bare, 50), p95: percentile(bare, 95), runs: bare.length },
      ratio95: percentile(gql, 95) / percentile(bare, 95),
      ratio50: percentile(gql, 50) / percentile(bare, 50),
      dbHits: Object.values(dbHitsByQuery).reduce((a, b) => a + b, 0),
      dbHitsByQuery,
    };
    log(
      `  ${op.name} (${gql.length} runs): GraphQL p50 ${figures.graphql.p50.toFixed(1)} p95 ${figures.graphql.p95.toFixed(1)} ms | bare p50 ${figures.bare.p50.toFixed(1)} p95 ${figures.bare.p95.toFixed(1)} ms | ${figures.dbHits} db hits`,
    );
    out.push(figures);
  }
  return out;
}

/** GraphQL p50/p95 of each operation asked again and again (with the result cache on: hits). */
export async function measureRepeated(
  url: string,
  token: string,
  ops: Op[],
  runs: number,
  warmup: number,
  log: (line: string) => void,
): Promise<Record<string, { p50: number; p95: number; runs: number }>> {
  const out: Record<string, { p50: number; p95: number; runs: number }> = {};
  for (const op of ops) {
    for (let i = 0; i < warmup; i += 1) {
      const r = await post(url, token, op);
      if (r.body.errors?.length) throw new Error(`${op.name}: ${r.body.errors.map((e) => e.message).join('; ')}`);
    }
    const ms: number[] = [];
    for (let i = 0; i < runs; i += 1) ms.push((await post(url, token, op)).ms);
    out[op.name] = { p50: percentile(ms, 50), p95: percentile(ms, 95), runs: ms.length };
    log(`  ${op.name} repeated (${ms.length} runs): p50 ${out[op.name]!.p50.toFixed(1)} p95 ${out[op.name]!.p95.toFixed(1)} ms`);
  }
  return out;
}

export interface LoadFigures {
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 200 responses whose body carried GraphQL errors (e.g. DATABASE_UNAVAILABLE when the pool runs dry). */
  graphqlErrors: number;
  errorCodes: Record<string, number>;
  /** Revalidations answered 304 Not Modified (loads with ETags only). */
  notModified?: number;
  operations: string[];
}

/**
 * A mixed read load: every connection cycles through the operations. With `etags` (the ETag of
 * each operation's answer), every operation is also sent a second time with If-None-Match, so half
 * the requests are revalidations (answered 304 while the answer is unchanged).
 */
export async function loadTest(url: string, token: string, ops: Op[], connections: number, durationSeconds: number, etags?: Array<string | null>): Promise<LoadFigures> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  let graphqlErrors = 0;
  let notModified = 0;
  const errorCodes: Record<string, number> = {};
  const onResponse = (status: number, body: string) => {
    if (status === 304) notModified += 1;
    if (!body.includes('"errors"')) return;
    graphqlErrors += 1;
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'unknown';
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  };
  const requests = ops.flatMap((op, i) => {
    const body = JSON.stringify({ query: op.query, variables: op.variables });
    const plain = { method: 'POST', path: '/graphql', headers, body, onResponse };
    const etag = etags?.[i];
    return etag ? [plain, { ...plain, headers: { ...headers, 'if-none-match': etag } }] : [plain];
  });
  const result = await autocannon({ url: `${url}/graphql`, connections, duration: durationSeconds, timeout: 30, requests });
  return {
    connections,
    durationSeconds,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    // autocannon counts a 304 as "non-2xx": it is the answer asked for.
    non2xx: result.non2xx - notModified,
    notModified,
    graphqlErrors,
    errorCodes,
    operations: ops.map((o) => o.name),
  };
}
