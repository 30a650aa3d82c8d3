import path from 'node:path';

export interface ExternalNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  dataDir: string;
  /** ACCOUNTS_DB: the SQLite file of accounts, sessions, tokens, the audit log and saved queries. */
  accountsFile: string;
  /** PEPPER_FILE: the server-side secret that keys stored passwords and tokens (created on first start). */
  pepperFile: string;
  /** PASSWORD_PEPPER: the same secret given directly (base64 or hex, at least 32 bytes); wins over PEPPER_FILE. */
  pepper: string | undefined;
  host: string;
  port: number;
  boltPort: number;
  demoData: boolean;
  homeRegion: string;
  /** Set when NEO4J_URI is given: no embedded database is started. */
  external: ExternalNeo4j | null;
  /** Embedded JVM sizing. */
  neo4jHeap: string;
  neo4jPageCache: string;
  /**
   * WORKERS (or `npm start -- --workers N`): app processes sharing the port (node:cluster), each
   * with its own result cache; one embedded Neo4j for all of them. Default 1: one process.
   */
  workers: number;
  /** RESULT_CACHE: expensive reads answered from a cache keyed by the data version (default on). */
  resultCache: boolean;
  /**
   * DATA_VERSION_POLL_MS: how often each app process reads the data version in the background, so
   * writes made around the app (the import CLI, another host) are seen; default 250. A process trusts
   * a version read for 4× this (at least 1 s): that is the bound for such writes.
   */
  versionPollMs: number;
  /** False only with NODE_ENV=development: stack traces and field suggestions are then shown. */
  production: boolean;
  /** 亩均论英雄: the 亩均税收 (万元/亩) at or above which an enterprise-year grades A, B, C (else D). */
  landGrades: LandGradeThresholds;
}

export interface LandGradeThresholds {
  a: number;
  b: number;
  c: number;
}

/** PRODUCT.md Part 2: A ≥ 30, B ≥ 15, C ≥ 5 万元/亩, else D; MU_GRADE_THRESHOLDS overrides per deployment. */
export const DEFAULT_LAND_GRADES: LandGradeThresholds = { a: 30, b: 15, c: 5 };

function landGrades(env: Env, problems: string[]): LandGradeThresholds {
  const raw = env.MU_GRADE_THRESHOLDS;
  if (raw === undefined || raw.trim() === '') return DEFAULT_LAND_GRADES;
  const parts = raw.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n) || n < 0) || !(parts[0]! > parts[1]! && parts[1]! > parts[2]!)) {
    problems.push(`MU_GRADE_THRESHOLDS=${raw}: expected three decreasing numbers ≥ 0 (万元/亩 for A, B and C), e.g. 30,15,5`);
    return DEFAULT_LAND_GRADES;
  }
  return { a: parts[0]!, b: parts[1]!, c: parts[2]! };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** DATA_DIR's database is open in another process (its runtime file, or Neo4j's own store lock). */
export class DataDirInUse extends ConfigError {}

type Env = Record<string, string | undefined>;

function port(env: Env, name: string, fallback: number, problems: string[], allowZero = false): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1) || n > 65535) {
    problems.push(`${name}=${raw}: expected a port number from ${allowZero ? 0 : 1} to 65535`);
    return fallback;
  }
  return n;
}

const SIZE = /^\d+[kmg]$/i;

/** Reads and validates every setting at once; throws ConfigError listing all problems. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const demo = (env.DEMO_DATA ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(demo)) problems.push(`DEMO_DATA=${env.DEMO_DATA}: expected on or off`);
  const cache = (env.RESULT_CACHE ?? 'on').toLowerCase();
  if (!['on', 'off'].includes(cache)) problems.push(`RESULT_CACHE=${env.RESULT_CACHE}: expected on or off`);
  const homeRegion = env.HOME_REGION ?? 'QDEDZ';
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(homeRegion)) problems.push(`HOME_REGION=${homeRegion}: expected a region code (letters, digits, - or _)`);
  const host = env.HOST ?? '127.0.0.1';
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) problems.push(`HOST=${host}: ChainAtlas listens on loopback only (127.0.0.1, localhost or ::1); put a reverse proxy in front to serve others`);

  let external: ExternalNeo4j | null = null;
  const uri = env.NEO4J_URI;
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) problems.push(`NEO4J_URI=${uri}: expected bolt://, neo4j://, neo4j+s:// or bolt+s:// followed by a host`);
    if (!env.NEO4J_USER) problems.push('NEO4J_USER: required when NEO4J_URI is set');
    if (!env.NEO4J_PASSWORD) problems.push('NEO4J_PASSWORD: required when NEO4J_URI is set');
    external = { uri, user: env.NEO4J_USER ?? '', password: env.NEO4J_PASSWORD ?? '', database: env.NEO4J_DATABASE || undefined };
  } else {
    for (const name of ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
      if (env[name]) problems.push(`${name}: only used together with NEO4J_URI (the embedded database manages its own credentials)`);
    }
  }
  const heap = env.NEO4J_HEAP ?? '512m';
  if (!SIZE.test(heap)) problems.push(`NEO4J_HEAP=${heap}: expected a size such as 512m or 2g`);
  const pageCache = env.NEO4J_PAGECACHE ?? '256m';
  if (!SIZE.test(pageCache)) problems.push(`NEO4J_PAGECACHE=${pageCache}: expected a size such as 256m or 4g`);

  const workersRaw = env.WORKERS ?? '1';
  const workers = Number(workersRaw);
  if (!/^\d+$/.test(workersRaw) || workers < 1 || workers > 32) problems.push(`WORKERS=${workersRaw}: expected a whole number of app processes from 1 to 32`);

  const pollRaw = env.DATA_VERSION_POLL_MS ?? '250';
  const versionPollMs = Number(pollRaw);
  if (!/^\d+$/.test(pollRaw) || versionPollMs < 50 || versionPollMs > 600_000) problems.push(`DATA_VERSION_POLL_MS=${pollRaw}: expected a whole number of milliseconds from 50 to 600000`);

  const dataDir = path.resolve(env.DATA_DIR || '.data');
  if (env.PASSWORD_PEPPER !== undefined && !/^([0-9a-fA-F]{64,}|[A-Za-z0-9+/_-]{43,}={0,2})$/.test(env.PASSWORD_PEPPER)) {
    problems.push('PASSWORD_PEPPER: expected at least 32 bytes as hex (64+ digits) or base64 (43+ characters)');
  }
  const config: Config = {
    dataDir,
    accountsFile: path.resolve(dataDir, env.ACCOUNTS_DB || 'accounts.sqlite'),
    pepperFile: path.resolve(dataDir, env.PEPPER_FILE || 'pepper.key'),
    pepper: env.PASSWORD_PEPPER || undefined,
    host,
    port: port(env, 'PORT', 4000, problems, true),
    boltPort: port(env, 'NEO4J_BOLT_PORT', 7687, problems, true),
    demoData: demo === 'on',
    homeRegion,
    external,
    neo4jHeap: heap,
    neo4jPageCache: pageCache,
    resultCache: cache === 'on',
    versionPollMs: Number.isInteger(versionPollMs) && versionPollMs >= 50 ? versionPollMs : 250,
    workers: Number.isInteger(workers) && workers >= 1 && workers <= 32 ? workers : 1,
    production: env.NODE_ENV !== 'development',
    landGrades: landGrades(env, problems),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
