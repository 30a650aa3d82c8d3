import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { importWorkbook } from '../../server/import/index.js';
import { tinyChain } from '../fixtures/tiny-chain.js';
import { startTestApp, type GraphQLBody, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

/** The tiny chain plus suppliers, so the console has relationships with properties to show. */
const fixture = {
  ...tinyChain,
  enterprises: [
    ...tinyChain.enterprises,
    { id: 'corning-qd', name: '青岛康宁玻璃有限公司', region_code: 'QDEDZ', scale: 'MEDIUM', listed: 'false' },
    { id: 'sanlipu', name: '深圳市三利谱光电科技股份有限公司', region_code: '110000', scale: 'MEDIUM', listed: 'true' },
  ],
  enterprise_segments: [...tinyChain.enterprise_segments, { enterprise_id: 'corning-qd', segment_id: 'display-glass' }],
  supplies: [
    { supplier_id: 'corning-qd', customer_id: 'boe-qd', products: '玻璃基板', evidence: 'INFERRED' },
    { supplier_id: 'sanlipu', customer_id: 'boe-qd', products: '偏光片', evidence: 'INFERRED' },
    { supplier_id: 'sanlipu', customer_id: 'boe', products: '偏光片', evidence: 'INFERRED' },
  ],
};

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, { filename: 'console.json', data: Buffer.from(JSON.stringify(fixture)) });
  assert.deepEqual(result.errors, []);
  // Nodes the importer cannot make: one without any key, and two labels sharing one id.
  await db.runner.text('fixture', "CREATE (:Note {text: '无键节点'}), (:Tag {id: 'display'})", {}, 'WRITE');
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db.close();
});

const CYPHER = `query ($query: String!, $params: JSON, $limit: Int, $timeoutMs: Int) {
  cypher(query: $query, params: $params, limit: $limit, timeoutMs: $timeoutMs) {
    columns rows rowCount truncated timedOut status elapsedMs plan
    graph { nodes { id key labels properties } edges { id type from to properties } }
  }
}`;

interface CypherResult {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  timedOut: boolean;
  status: string;
  elapsedMs: number;
  plan: string | null;
  graph: {
    nodes: Array<{ id: string; key: string | null; labels: string[]; properties: Record<string, unknown> }>;
    edges: Array<{ id: string; type: string; from: string; to: string; properties: Record<string, unknown> }>;
  } | null;
}

async function cypher(query: string, variables: Record<string, unknown> = {}, role: 'analyst' | 'editor' | 'admin' = 'analyst'): Promise<CypherResult> {
  const body = await app.as(role)<{ cypher: CypherResult }>(CYPHER, { query, ...variables });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!.cypher;
}

function errorOf(body: GraphQLBody<unknown>) {
  assert.ok(body.errors?.length, `expected an error, got ${JSON.stringify(body.data)}`);
  return body.errors[0]!;
}

/** Neo4j element ids look like "4:6a1b…:12"; none may reach a console result. */
const ELEMENT_ID = /\b\d+:[0-9a-f]{8}-[0-9a-f-]{27}:\d+\b/;

describe('console: reading', () => {
  it('returns exact rows and columns, with the plan', async () => {
    const result = await cypher('MATCH (s:Segment) RETURN s.id AS id, s.name AS name, s.stage AS stage ORDER BY id');
    assert.deepEqual(result.columns, ['id', 'name', 'stage']);
    assert.deepEqual(result.rows, [
      ['display-glass', '玻璃基板', 'UPSTREAM'],
      ['display-materials', '原材料', 'UPSTREAM'],
      ['display-panel', '面板', 'MIDSTREAM'],
      ['display-phone', '智能手机', 'DOWNSTREAM'],
    ]);
    assert.equal(result.rowCount, 4);
    assert.equal(result.truncated, false);
    assert.equal(result.timedOut, false);
    assert.equal(result.status, 'COMPLETE');
    assert.equal(result.graph, null);
    assert.ok(Number.isInteger(result.elapsedMs) && result.elapsedMs >= 0);
    assert.match(result.plan!, /^ProduceResults/);
    assert.match(result.plan!, /NodeByLabelScan|NodeIndexScan/);
  });

  it('passes parameters, whole numbers as integers', async () => {
    const result = await cypher('MATCH (e:Enterprise {id: $id}) RETURN e.name AS name, [x IN range(1, $n) | x * 2] AS doubled', { params: { id: 'boe-qd', n: 3 } });
    assert.deepEqual(result.rows, [['青岛京东方光电科技有限公司', [2, 4, 6]]]);
  });

  it('caps rows: truncated when more rows exist, not when exactly the cap', async () => {
    const over = await cypher('UNWIND range(1, 50) AS x RETURN x', { limit: 10 });
    assert.deepEqual(over.rows, [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]]);
    assert.equal(over.rowCount, 10);
    assert.equal(over.truncated, true);
    assert.equal(over.status, 'TRUNCATED');
    const exact = await cypher('UNWIND range(1, 10) AS x RETURN x', { limit: 10 });
    assert.equal(exact.rowCount, 10);
    assert.equal(exact.truncated, false);
    const defaults = await cypher('UNWIND range(1, 5000) AS x RETURN x');
    assert.equal(defaults.rowCount, 1000);
    assert.equal(defaults.truncated, true);
  });

  it('streams a huge result and stops at the cap instead of reading it all', async () => {
    const result = await cypher('UNWIND range(1, 1000000000) AS x RETURN x', { limit: 10_000, timeoutMs: 10_000 });
    assert.equal(result.rowCount, 10_000);
    assert.equal(result.truncated, true);
    assert.equal(result.timedOut, false);
  });

  it('refuses limits and timeouts out of range, and params that are not an object', async () => {
    const analyst = app.as('analyst');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ limit: 10_001 }, 'bad-limit'],
      [{ limit: 0 }, 'bad-limit'],
      [{ timeoutMs: 60_001 }, 'bad-timeout'],
      [{ timeoutMs: 50 }, 'bad-timeout'],
      [{ params: [1, 2] }, 'bad-params'],
      [{ params: 'x' }, 'bad-params'],
    ];
    for (const [variables, reason] of cases) {
      const error = errorOf(await analyst(CYPHER, { query: 'RETURN 1', ...variables }));
      assert.equal(error.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
      assert.equal(error.extensions?.reason, reason);
    }
  });

  it('answers a syntax error as BAD_USER_INPUT with the position in the analyst’s text', async () => {
    const error = errorOf(await app.as('analyst')(CYPHER, { query: 'MATCH (n)\nRETURN nope' }));
    assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(error.extensions?.reason, 'syntax');
    assert.equal(error.message, 'Variable `nope` not defined (line 2, column 8)');
    const first = errorOf(await app.as('analyst')(CYPHER, { query: 'RETURN nope' }));
    assert.equal(first.message, 'Variable `nope` not defined (line 1, column 8)');
  });

  it('answers a run-time error as BAD_USER_INPUT', async () => {
    const error = errorOf(await app.as('analyst')(CYPHER, { query: 'UNWIND [1, 0] AS x RETURN 10 / x' }));
    assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
    assert.match(error.message, /by zero/);
  });

  it('lets keywords stand in strings, comments, property keys and map keys, and allows a trailing semicolon', async () => {
    const result = await cypher("// CREATE a node?\nMATCH (c:Chain) /* DELETE */ RETURN 'SET n.x = 1' AS text, {set: 1, create: 2} AS map, c.delete AS prop;");
    assert.deepEqual(result.rows, [['SET n.x = 1', { set: 1, create: 2 }, null]]);
  });

  it('allows the read-only procedures and SHOW INDEXES / CONSTRAINTS', async () => {
    const labels = await cypher("CALL db.labels() YIELD label WHERE label IN ['Chain', 'Segment'] RETURN label ORDER BY label");
    assert.deepEqual(labels.rows, [['Chain'], ['Segment']]);
    const indexes = await cypher("SHOW INDEXES YIELD name WHERE name = 'enterprise_uscc' RETURN name");
    assert.deepEqual(indexes.rows, [['enterprise_uscc']]);
    const constraints = await cypher("SHOW CONSTRAINTS YIELD name WHERE name IN ['chain_id', 'segment_id', 'saved_query_id'] RETURN name ORDER BY name");
    // saved queries live in the account store now: their graph constraints are gone
    assert.deepEqual(constraints.rows, [['chain_id'], ['segment_id']]);
    const search = await cypher("CALL db.index.fulltext.queryNodes('search_names', '\"面板\"') YIELD node RETURN node.id AS id");
    assert.deepEqual(search.rows, [['display-panel']]);
  });

  it('converts temporal, spatial and numeric values to JSON', async () => {
    const result = await cypher(
      "RETURN date('2024-01-02') AS d, datetime('2024-01-02T03:04:05Z') AS dt, localdatetime('2024-01-02T03:04:05') AS ldt, time('10:00:00+08:00') AS t, duration('P1Y2M3DT4H') AS du, point({x: 1, y: 2}) AS p, 9007199254740991 AS big, 1.5 AS f, true AS b, null AS nothing",
    );
    assert.deepEqual(result.rows, [['2024-01-02', '2024-01-02T03:04:05Z', '2024-01-02T03:04:05', '10:00:00+08:00', 'P1Y2M3DT4H', { srid: 7203, x: 1, y: 2 }, 9007199254740991, 1.5, true, null]]);
  });
});

describe('console: graph results', () => {
  it('names nodes and edges by business keys, never by Neo4j ids', async () => {
    const result = await cypher("MATCH p = (s:Enterprise)-[:SUPPLIES]->(c:Enterprise {id: 'boe-qd'}) RETURN p ORDER BY s.id");
    const graph = result.graph!;
    assert.deepEqual(
      graph.nodes.map((n) => [n.id, n.key, n.labels]),
      [
        ['corning-qd', 'corning-qd', ['Enterprise']],
        ['boe-qd', 'boe-qd', ['Enterprise']],
        ['sanlipu', 'sanlipu', ['Enterprise']],
      ],
    );
    assert.deepEqual(
      graph.edges.map((e) => [e.id, e.type, e.from, e.to, e.properties.products]),
      [
        ['corning-qd-[SUPPLIES]->boe-qd', 'SUPPLIES', 'corning-qd', 'boe-qd', '玻璃基板'],
        ['sanlipu-[SUPPLIES]->boe-qd', 'SUPPLIES', 'sanlipu', 'boe-qd', '偏光片'],
      ],
    );
    assert.deepEqual(result.rows[0], [
      {
        nodes: [
          { key: 'corning-qd', labels: ['Enterprise'], properties: graph.nodes[0]!.properties },
          { key: 'boe-qd', labels: ['Enterprise'], properties: graph.nodes[1]!.properties },
        ],
        relationships: [{ key: 'corning-qd-[SUPPLIES]->boe-qd', type: 'SUPPLIES', from: 'corning-qd', to: 'boe-qd', properties: graph.edges[0]!.properties }],
      },
    ]);
    assert.doesNotMatch(JSON.stringify(result), ELEMENT_ID);
  });

  it('completes relationships returned without their nodes, and uses region codes as keys', async () => {
    const result = await cypher("MATCH (:Enterprise {id: 'boe-qd'})-[r:LOCATED_IN]->() RETURN r");
    assert.deepEqual(result.rows, [[{ key: 'boe-qd-[LOCATED_IN]->QDEDZ', type: 'LOCATED_IN', from: 'boe-qd', to: 'QDEDZ', properties: {} }]]);
    assert.deepEqual(
      result.graph!.nodes.map((n) => [n.id, n.labels]),
      [
        ['boe-qd', ['Enterprise']],
        ['QDEDZ', ['Region']],
      ],
    );
  });

  it('gives keyless nodes a per-result surrogate and keeps shared keys apart', async () => {
    const keyless = await cypher('MATCH (n:Note) RETURN n');
    assert.deepEqual(keyless.graph!.nodes, [{ id: '_:1', key: null, labels: ['Note'], properties: { text: '无键节点' } }]);
    assert.deepEqual(keyless.rows, [[{ key: '_:1', labels: ['Note'], properties: { text: '无键节点' } }]]);
    const shared = await cypher("MATCH (n) WHERE n.id = 'display' RETURN n ORDER BY labels(n)[0]");
    assert.deepEqual(
      shared.graph!.nodes.map((n) => [n.id, n.key]),
      [
        ['display', 'display'],
        ['Tag:display', 'display'],
      ],
    );
  });

  it('reaches no account or token: they are not in the graph (an unlabelled query finds none)', async () => {
    const result = await cypher("MATCH (n) WHERE n.role = 'admin' RETURN n, properties(n) AS props");
    assert.equal(result.rowCount, 0);
    const tokens = await cypher("MATCH (n) WHERE n.label = 'tests' RETURN properties(n) AS props");
    assert.equal(tokens.rowCount, 0);
    const all = await cypher('MATCH (n) RETURN n, properties(n)', { limit: 10_000 });
    assert.doesNotMatch(JSON.stringify(all), /scrypt|test-admin|test-analyst/);
  });
});

describe('console: who may use it', () => {
  it('is for analysts and up: viewers get FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    for (const field of ['cypher(query: "RETURN 1") { rowCount }', 'savedQueries { id }', 'exampleQueries { id }']) {
      assert.equal(errorOf(await app.as('viewer')(`query { ${field} }`)).extensions?.code, 'FORBIDDEN', field);
      assert.equal(errorOf(await app.as('anonymous')(`query { ${field} }`)).extensions?.code, 'UNAUTHENTICATED', field);
    }
    for (const field of ['saveQuery(name: "x", query: "RETURN 1") { id }', 'deleteSavedQuery(id: "x")']) {
      assert.equal(errorOf(await app.as('viewer')(`mutation { ${field} }`)).extensions?.code, 'FORBIDDEN', field);
      assert.equal(errorOf(await app.as('anonymous')(`mutation { ${field} }`)).extensions?.code, 'UNAUTHENTICATED', field);
    }
    assert.deepEqual((await cypher('RETURN 1 AS one', {}, 'editor')).rows, [[1]]);
    assert.deepEqual((await cypher('RETURN 1 AS one', {}, 'admin')).rows, [[1]]);
  });
});

interface AuditBody {
  auditLog: Array<{ user: string; action: string; target: string | null; detail: string; address: string | null; at: string }>;
}

describe('console: audit', () => {
  it('records who ran what, with parameters, row count and outcome; refusals with the reason', async () => {
    const marker = `audit-${Date.now()}`;
    await cypher(`UNWIND range(1, 3) AS x RETURN x, $m AS marker // ${marker}`, { params: { m: marker } });
    await app.as('analyst')(CYPHER, { query: `CREATE (x) // ${marker}` });
    await cypher(`UNWIND range(1, 5) AS x RETURN x // ${marker}`, { limit: 2 });
    const body = await app.graphql<AuditBody>('query { auditLog(user: "test-analyst", limit: 50) { user action target detail address at } }');
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const all = body.data!.auditLog.filter((e) => e.detail?.includes(marker)).reverse();
    const entries = all.filter((e) => e.action !== 'console.start');
    assert.deepEqual(
      entries.map((e) => {
        const detail = JSON.parse(e.detail) as Record<string, unknown>;
        return [e.action, e.user, detail.outcome, detail.rowCount ?? null, detail.reason ?? null, detail.params];
      }),
      [
        ['console.query', 'test-analyst', 'ok', 3, null, { m: marker }],
        ['console.refused', 'test-analyst', 'refused', null, 'write-clause', {}],
        ['console.query', 'test-analyst', 'truncated', 2, null, {}],
      ],
    );
    // Queries that ran were recorded before they ran too (a query that hangs or crashes stays on record).
    const runIds = (action: string) => all.filter((e) => e.action === action).map((e) => (JSON.parse(e.detail) as { runId: string }).runId);
    assert.equal(runIds('console.start').length, 2);
    assert.deepEqual(runIds('console.start'), runIds('console.query'));
    assert.ok(all.findIndex((e) => e.action === 'console.start') < all.findIndex((e) => e.action === 'console.query'));
    const first = entries[0]!;
    assert.equal(JSON.parse(first.detail).query, `UNWIND range(1, 3) AS x RETURN x, $m AS marker // ${marker}`);
    assert.ok(first.address, 'the address is recorded');
    assert.ok(!Number.isNaN(Date.parse(first.at)), 'the time is recorded');
  });

  it('records a timeout as outcome "timeout"', async () => {
    const result = await cypher('UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n // audit-timeout', { timeoutMs: 500 });
    assert.equal(result.timedOut, true);
    const body = await app.graphql<AuditBody>('query { auditLog(user: "test-analyst", action: "console.query", limit: 5) { detail } }');
    const entry = body.data!.auditLog.map((e) => JSON.parse(e.detail) as Record<string, unknown>).find((d) => String(d.query).includes('audit-timeout'));
    assert.equal(entry?.outcome, 'timeout');
    assert.equal(entry?.rowCount, 0);
  });
});

const SAVED = 'query { savedQueries { id name query params owner shared mine createdAt updatedAt } }';
const SAVE = `mutation ($name: String!, $query: String!, $params: JSON, $shared: Boolean) {
  saveQuery(name: $name, query: $query, params: $params, shared: $shared) { id name query params owner shared mine createdAt updatedAt }
}`;
const DELETE = 'mutation ($id: ID!) { deleteSavedQuery(id: $id) }';

interface Saved {
  id: string;
  name: string;
  query: string;
  params: Record<string, unknown> | null;
  owner: string;
  shared: boolean;
  mine: boolean;
  createdAt: string;
  updatedAt: string;
}

describe('console: saved queries', () => {
  it('saves, lists own and shared, replaces by name, and deletes by owner or admin only', async () => {
    const analyst = app.as('analyst');
    const editor = app.as('editor');
    const save = async (call: typeof analyst, variables: Record<string, unknown>) => {
      const body = await call<{ saveQuery: Saved }>(SAVE, variables);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data!.saveQuery;
    };
    const names = async (call: typeof analyst) =>
      (await call<{ savedQueries: Saved[] }>(SAVED)).data!.savedQueries.map((q) => `${q.owner}/${q.name}${q.shared ? ' shared' : ''}${q.mine ? ' mine' : ''}`);

    const mine = await save(analyst, { name: '我的查询', query: 'MATCH (c:Chain) RETURN c.id', params: null });
    assert.equal(mine.owner, 'test-analyst');
    assert.equal(mine.shared, false);
    assert.equal(mine.mine, true);
    assert.equal(mine.params, null);
    const team = await save(analyst, { name: '链主供应商', query: 'MATCH (s)-[:SUPPLIES]->(m {id: $id}) RETURN s.id', params: { id: 'boe-qd' }, shared: true });
    assert.deepEqual(team.params, { id: 'boe-qd' });
    await save(editor, { name: '编辑的查询', query: 'RETURN 1' });

    assert.deepEqual(await names(analyst), ['test-analyst/我的查询 mine', 'test-analyst/链主供应商 shared mine']);
    assert.deepEqual(await names(editor), ['test-editor/编辑的查询 mine', 'test-analyst/链主供应商 shared']);

    // Saving under a name already used replaces that query, keeping its id and creation time.
    const replaced = await save(analyst, { name: '我的查询', query: 'MATCH (s:Segment) RETURN s.id', shared: false });
    assert.equal(replaced.id, mine.id);
    assert.equal(replaced.createdAt, mine.createdAt);
    assert.equal(replaced.query, 'MATCH (s:Segment) RETURN s.id');
    assert.ok(replaced.updatedAt >= mine.updatedAt);

    // Someone else's shared query: FORBIDDEN; someone else's private one: false, as if absent.
    assert.equal(errorOf(await editor(DELETE, { id: team.id })).extensions?.code, 'FORBIDDEN');
    assert.deepEqual((await editor<{ deleteSavedQuery: boolean }>(DELETE, { id: mine.id })).data, { deleteSavedQuery: false });
    assert.deepEqual((await analyst<{ deleteSavedQuery: boolean }>(DELETE, { id: 'no-such-id' })).data, { deleteSavedQuery: false });
    assert.deepEqual((await analyst<{ deleteSavedQuery: boolean }>(DELETE, { id: mine.id })).data, { deleteSavedQuery: true });
    assert.deepEqual((await app.graphql<{ deleteSavedQuery: boolean }>(DELETE, { id: team.id })).data, { deleteSavedQuery: true });
    assert.deepEqual(await names(analyst), []);
    assert.deepEqual(await names(editor), ['test-editor/编辑的查询 mine']);
  });

  it('refuses to save a query the console would refuse, and audits the attempt', async () => {
    const body = await app.as('analyst')(SAVE, { name: '坏查询', query: 'MATCH (n) DETACH DELETE n' });
    const error = errorOf(body);
    assert.equal(error.extensions?.code, 'FORBIDDEN');
    assert.equal(error.extensions?.reason, 'write-clause');
    const syntax = errorOf(await app.as('analyst')(SAVE, { name: '坏查询', query: 'MATCH (n) RETURN nope' }));
    assert.equal(syntax.extensions?.reason, 'syntax');
    const empty = errorOf(await app.as('analyst')(SAVE, { name: '  ', query: 'RETURN 1' }));
    assert.equal(empty.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual((await app.as('analyst')<{ savedQueries: Saved[] }>(SAVED)).data!.savedQueries, []);
    const log = await app.graphql<AuditBody>('query { auditLog(user: "test-analyst", action: "console.refused", limit: 5) { detail } }');
    const detail = JSON.parse(log.data!.auditLog[0]!.detail) as Record<string, unknown>;
    assert.equal(detail.purpose, 'saveQuery');
    assert.equal(detail.reason, 'syntax');
  });
});

describe('console: example queries', () => {
  it('offers Chinese-titled examples that pass the safety checks and run', async () => {
    const body = await app.as('analyst')<{ exampleQueries: Array<{ id: string; title: string; description: string; query: string; params: Record<string, unknown> }> }>(
      'query { exampleQueries { id title description query params } }',
    );
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const examples = body.data!.exampleQueries;
    assert.ok(examples.length >= 6, `${examples.length} examples`);
    for (const title of ['链主的一级供应商', '某环节的本地企业', '断链查询'])
      assert.ok(
        examples.some((e) => e.title === title),
        title,
      );
    for (const example of examples) {
      assert.match(example.title, /\p{Script=Han}/u);
      assert.ok(example.description.length > 5, example.id);
      assert.doesNotMatch(example.query, /^\/\//m, 'header comments are stripped');
      const result = await cypher(example.query, { params: example.params });
      assert.equal(result.timedOut, false, example.id);
    }
  });

  it('gives the answers the examples promise on the fixture', async () => {
    const examples = (await app.as('analyst')<{ exampleQueries: Array<{ id: string; query: string }> }>('query { exampleQueries { id query } }')).data!.exampleQueries;
    const query = (id: string) => examples.find((e) => e.id === id)!.query;
    const suppliers = await cypher(query('chain-master-suppliers'), { params: { chainId: 'display' } });
    assert.deepEqual(suppliers.rows, [
      ['青岛京东方光电科技有限公司', '深圳市三利谱光电科技股份有限公司', '北京市', '偏光片', 'INFERRED'],
      ['青岛京东方光电科技有限公司', '青岛康宁玻璃有限公司', '青岛经济技术开发区', '玻璃基板', 'INFERRED'],
    ]);
    const local = await cypher(query('segment-local-enterprises'), { params: { segmentId: 'display-materials', regionCode: '370200' } });
    assert.deepEqual(local.rows, [['corning-qd', '青岛康宁玻璃有限公司', 'MEDIUM', '青岛经济技术开发区', ['玻璃基板']]]);
    // In 北京 the panel has a local enterprise (boe) but glass, which feeds it, has none.
    const broken = await cypher(query('broken-links'), { params: { chainId: 'display', regionCode: '110000' } });
    assert.deepEqual(broken.rows, [['display-glass', '玻璃基板', 'display-panel', '面板']]);
  });
});
