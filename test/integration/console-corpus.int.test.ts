import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { Refusal } from '../../server/console/refusal.js';
import { gateFor } from '../../server/console/gate.js';
import { ConsoleSession, DEADLINE_GRACE_MS, type Checked } from '../../server/console/run-console-query.js';
import { importWorkbook } from '../../server/import/index.js';
import { tinyChain } from '../fixtures/tiny-chain.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

/**
 * Write and escape attempts against the analysts' console. Every one must be refused (or, for the
 * long-running ones, cut off at the timeout) and the database must be exactly as before.
 */

const db = testDatabase();
let app: TestApp;

const CYPHER = `query ($query: String!, $params: JSON, $limit: Int, $timeoutMs: Int) {
  cypher(query: $query, params: $params, limit: $limit, timeoutMs: $timeoutMs) { columns rows rowCount truncated timedOut status elapsedMs }
}`;

interface CypherBody {
  cypher: { columns: string[]; rows: unknown[][]; rowCount: number; truncated: boolean; timedOut: boolean; status: string; elapsedMs: number } | null;
}

/** Everything a console escape could change, apart from the audit log the console itself writes. */
async function fingerprint() {
  const read = <T>(text: string) => db.runner.text<T>('fingerprint', text, {}, 'READ');
  const digest = (rows: unknown) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const sortKeys = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  const nodes = await read<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n) WHERE NOT n:AuditEntry RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await read<{ type: string; from: Record<string, unknown>; to: Record<string, unknown>; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(a) AS from, properties(b) AS to, properties(r) AS props',
  );
  const canonical = (rows: unknown[]) => rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v as Record<string, unknown>) : v))).sort();
  return {
    nodes: nodes.length,
    relationships: rels.length,
    nodeContent: digest(canonical(nodes)),
    relationshipContent: digest(canonical(rels)),
    labels: (await read<{ label: string }>('CALL db.labels() YIELD label RETURN label ORDER BY label')).map((r) => r.label),
    types: (await read<{ t: string }>('CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t')).map((r) => r.t),
    propertyKeys: (await read<{ k: string }>('CALL db.propertyKeys() YIELD propertyKey AS k RETURN k ORDER BY k')).map((r) => r.k),
    indexes: (await read<{ i: string }>('SHOW INDEXES YIELD name, type, state RETURN name + " " + type + " " + state AS i ORDER BY i')).map((r) => r.i),
    constraints: (await read<{ c: string }>('SHOW CONSTRAINTS YIELD name, type RETURN name + " " + type AS c ORDER BY c')).map((r) => r.c),
  };
}

let before_: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, { filename: 'tiny.json', data: Buffer.from(JSON.stringify(tinyChain)) });
  assert.deepEqual(result.errors, []);
  app = await startTestApp(db);
  // One query of each outcome first, so the audit log's own label and keys already exist.
  const ok = await app.as('analyst')<CypherBody>(CYPHER, { query: 'MATCH (c:Chain) RETURN c.id' });
  assert.equal(ok.errors, undefined, JSON.stringify(ok.errors));
  const refused = await app.as('analyst')(CYPHER, { query: 'CREATE (x)' });
  assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  before_ = await fingerprint();
  assert.ok(before_.nodes > 10 && before_.relationships > 5, 'the fixture is loaded');
});
afterAll(async () => {
  await app?.close();
  await db.close();
});

/** [name, query, the refusal reason expected; params when the attempt needs them]. */
type Attempt = [name: string, query: string, reason: string | RegExp, params?: Record<string, unknown>];

const ATTEMPTS: Attempt[] = [
  // CREATE in every casing and behind comment and whitespace tricks
  ['CREATE', "CREATE (n:Hack {id: 'x'})", 'write-clause'],
  ['create (lower case)', 'create (n:Hack)', 'write-clause'],
  ['CrEaTe (mixed case)', 'CrEaTe (n:Hack)', 'write-clause'],
  ['CREATE after MATCH … WITH', 'MATCH (n) WITH n LIMIT 1 CREATE (n)-[:HACK]->(:Hack)', 'write-clause'],
  ['/**/CREATE', '/**/CREATE (n:Hack)', 'write-clause'],
  ['// comment, newline, CREATE', '//x\nCREATE (n:Hack)', 'write-clause'],
  ['// comment, carriage return, CREATE', 'MATCH (n) //x\rCREATE (m:Hack)', 'write-clause'],
  ['// comment, U+2028, CREATE', 'MATCH (n) //x\u2028CREATE (m:Hack)', 'write-clause'],
  ['no-break space before CREATE', 'MATCH (n)\u00a0CREATE (m:Hack)', 'write-clause'],
  ['ideographic space before CREATE', 'MATCH (n)\u3000CREATE (m:Hack)', 'write-clause'],
  ['zero-width space before CREATE', 'MATCH (n)\u200bCREATE (m:Hack)', 'write-clause'],
  ['CREATE split by a comment (CR/**/EATE)', 'CR/**/EATE (n:Hack)', 'syntax'],
  ['CREATE after a string with an escaped quote', "RETURN 'it\\'s' AS s CREATE (x:Hack)", 'write-clause'],
  ['CREATE after a backticked name with a backslash', 'WITH 1 AS `a\\` CREATE (x:Hack)', 'write-clause'],
  ['CREATE inside a comment that does not nest', '/* a /* b */ CREATE (x:Hack) /* */', 'write-clause'],
  ['CREATE after UNION', 'RETURN 1 AS x UNION CREATE (n:Hack) RETURN 2 AS x', 'write-clause'],
  ['INSERT (GQL)', 'INSERT (n:Hack)', 'write-clause'],
  // MERGE
  ['MERGE', "MERGE (n:Hack {id: 'x'})", 'write-clause'],
  ['merge (lower case)', 'merge (n:Hack)', 'write-clause'],
  ['MERGE a relationship', 'MATCH (e:Enterprise) MERGE (e)-[:HACK]->(e)', 'write-clause'],
  ['MeRgE after OPTIONAL MATCH', 'OPTIONAL MATCH (n) MeRgE (m:Hack)', 'write-clause'],
  // SET
  ['SET a property', "MATCH (n:Enterprise) SET n.name = 'hacked'", 'write-clause'],
  ['set a label', 'MATCH (n:Enterprise) set n:Hacked', 'write-clause'],
  ['SET += map', 'MATCH (n:Enterprise) SET n += {x: 1}', 'write-clause'],
  ['SeT after a comment', "MATCH (n) WHERE n.id = 'boe' /* x */ SeT n.x = 1", 'write-clause'],
  // DELETE
  ['DELETE', 'MATCH (n) DELETE n', 'write-clause'],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', 'write-clause'],
  ['detach delete (lower case)', 'MATCH (n) detach delete n', 'write-clause'],
  ['DELETE relationships', 'MATCH ()-[r]->() DELETE r', 'write-clause'],
  ['NODETACH DELETE', 'MATCH (n) NODETACH DELETE n', 'write-clause'],
  // REMOVE and FOREACH
  ['REMOVE a property', 'MATCH (n:Enterprise) REMOVE n.name', 'write-clause'],
  ['remove a label', 'MATCH (n:Enterprise) remove n:Enterprise', 'write-clause'],
  ['FOREACH … SET', 'MATCH (n) FOREACH (x IN [1] | SET n.x = x)', 'write-clause'],
  ['FOREACH … CREATE', 'FOREACH (x IN range(1, 3) | CREATE (:Hack {x: x}))', 'write-clause'],
  // subqueries
  ['CALL { CREATE }', 'CALL { CREATE (n:Hack) RETURN n } RETURN n', 'write-clause'],
  ['CALL (e) { SET }', 'MATCH (e:Enterprise) CALL (e) { SET e.x = 1 } RETURN e', 'write-clause'],
  ['OPTIONAL CALL { CREATE }', 'OPTIONAL CALL { CREATE (n:Hack) RETURN n } RETURN n', 'write-clause'],
  ['CALL () { … } IN TRANSACTIONS (read body)', 'CALL () { MATCH (n) RETURN count(n) AS c } IN TRANSACTIONS RETURN c', 'in-transactions'],
  ['CALL () { CREATE } IN TRANSACTIONS', 'CALL () { CREATE (n:Hack) } IN TRANSACTIONS', 'write-clause'],
  ['CALL { DETACH DELETE } IN TRANSACTIONS OF 2 ROWS', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2 ROWS', 'write-clause'],
  // LOAD CSV
  ['LOAD CSV file:///etc/passwd', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'load-csv'],
  ['load csv https (lower case)', "load csv from 'https://example.com/x.csv' AS line RETURN line", 'load-csv'],
  ['LOAD /* */ CSV WITH HEADERS', "LOAD /* x */ CSV WITH HEADERS FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
  ['LoAd newline CsV http', "LoAd\nCsV FROM 'http://127.0.0.1:7474/' AS l RETURN l", 'load-csv'],
  ['`LOAD` CSV (backticks)', "`LOAD` CSV FROM 'file:///etc/passwd' AS l RETURN l", 'syntax'],
  ['LOAD CSV after MATCH', "MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l", 'load-csv'],
  // USE and SHOW / administration
  ['USE system SHOW USERS', 'USE system SHOW USERS', 'use-clause'],
  ['USE neo4j MATCH', 'USE neo4j MATCH (n) RETURN n', 'use-clause'],
  ['use system show databases (lower case)', 'use system show databases', 'use-clause'],
  ['SHOW USERS', 'SHOW USERS', 'show-command'],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', 'show-command'],
  ['SHOW SETTINGS', 'SHOW SETTINGS', 'show-command'],
  ['SHOW PROCEDURES', 'SHOW PROCEDURES', 'show-command'],
  ['SHOW DATABASES', 'SHOW DATABASES', 'show-command'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'admin-command'],
  ['CREATE INDEX', 'CREATE INDEX hack FOR (n:Enterprise) ON (n.x)', 'admin-command'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT hack IF NOT EXISTS FOR (n:Hack) REQUIRE n.id IS UNIQUE', 'admin-command'],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT chain_id', 'admin-command'],
  ['DROP INDEX', 'DROP INDEX enterprise_uscc', 'admin-command'],
  ['CREATE DATABASE', 'CREATE DATABASE hack', 'admin-command'],
  ['CREATE OR REPLACE DATABASE', 'CREATE OR REPLACE DATABASE hack', 'admin-command'],
  ['STOP DATABASE', 'STOP DATABASE neo4j', 'admin-command'],
  ['START DATABASE', 'START DATABASE neo4j', 'admin-command'],
  ['CREATE USER', "CREATE USER hacker SET PASSWORD 'abcdefghijkl'", 'admin-command'],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'abcdefghijkl'", 'admin-command'],
  ['CREATE ROLE', 'CREATE ROLE hacker', 'admin-command'],
  ['GRANT', 'GRANT ROLE admin TO hacker', 'admin-command'],
  ['DENY', 'DENY READ {*} ON GRAPH * TO reader', 'admin-command'],
  ['REVOKE', 'REVOKE ROLE admin FROM neo4j', 'admin-command'],
  // procedures
  ['CALL dbms.components()', 'CALL dbms.components()', 'dbms'],
  ['CALL dbms.listConfig()', 'CALL dbms.listConfig()', 'dbms'],
  ['call dbms.security.createUser', "call dbms.security.createUser('x', 'y', false)", 'dbms'],
  ['CALL db.createLabel', "CALL db.createLabel('Hack')", 'procedure-not-allowed'],
  ['CALL db.createProperty', "CALL db.createProperty('hack')", 'procedure-not-allowed'],
  ['CALL db.createRelationshipType', "CALL db.createRelationshipType('HACK')", 'procedure-not-allowed'],
  ['CALL db.clearQueryCaches', 'CALL db.clearQueryCaches()', 'procedure-not-allowed'],
  ['CALL db.awaitIndexes', 'CALL db.awaitIndexes()', 'procedure-not-allowed'],
  ['CALL tx.setMetaData', 'CALL tx.setMetaData({a: 1})', 'procedure-not-allowed'],
  ['CALL `db`.`createLabel` (backticks)', "CALL `db`.`createLabel`('Hack')", 'procedure-not-allowed'],
  ['CALL db.Labels (wrong case)', 'CALL db.Labels()', 'procedure-not-allowed'],
  ['allowed CALL then a forbidden one', "CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN label", 'procedure-not-allowed'],
  ['CALL apoc.cypher.runWrite', "CALL apoc.cypher.runWrite('CREATE (n:Hack)', {})", 'apoc'],
  ['RETURN apoc.version()', 'RETURN apoc.version()', 'apoc'],
  ['CALL apoc.load.json', "CALL apoc.load.json('file:///etc/passwd')", 'apoc'],
  ['CALL apoc.periodic.iterate', "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", 'apoc'],
  // several statements, options, prefixes
  ['two statements', 'MATCH (n) RETURN n; CREATE (x)', 'multiple-statements'],
  ['two statements across lines and comments', 'MATCH (n) RETURN n;\n// next\nMATCH (m) RETURN m', 'multiple-statements'],
  ['semicolon in a string, then a real one', "RETURN ';' AS s; CREATE (x)", 'multiple-statements'],
  ['double semicolon', 'RETURN 1;;', 'multiple-statements'],
  ['CYPHER options', 'CYPHER runtime=slotted MATCH (n) RETURN n', 'query-options'],
  ['EXPLAIN prefix', 'EXPLAIN MATCH (n) RETURN n', 'explain-profile'],
  ['PROFILE a write', 'PROFILE MATCH (n) SET n.x = 1', 'explain-profile'],
  ['unterminated string', "RETURN 'CREATE (x)", 'syntax'],
  ['unterminated comment', 'RETURN 1 /* CREATE (x)', 'syntax'],
  // the application's own bookkeeping
  ['password hashes by label', 'MATCH (u:User) RETURN u.passwordHash', 'protected-data'],
  ['users by label name in a string', "MATCH (n) WHERE 'User' IN labels(n) RETURN n.name", 'protected-data'],
  ['token hashes by key', 'MATCH (n) RETURN n.hash', 'protected-data'],
  ['dynamic label from a parameter', 'MATCH (n:$($l)) RETURN n', 'protected-data', { l: 'User' }],
  ['dynamic key from a parameter', 'MATCH (n) RETURN n[$k]', 'protected-data', { k: 'passwordHash' }],
];

/** Queries that are read-only but would run for minutes: they must stop at the timeout. */
const LONG_RUNNING: Array<[name: string, query: string]> = [
  ['billion-row unwind', 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n'],
  ['triple cartesian product over nodes', 'MATCH (a), (b), (c) UNWIND range(1, 1000000) AS x WITH a, b, c, x WHERE x < 0 RETURN count(*) AS n'],
  // A billion rows, not a hundred million: on an idle machine Neo4j got through 1e8 inside the timeout.
  ['sort of a billion rows', 'UNWIND range(1, 1000000000) AS x RETURN x ORDER BY x DESC LIMIT 1'],
];

/** Busy inside one expression, where Neo4j never checks the timeout: about 10 s of CPU here. */
const ONE_LONG_EXPRESSION = 'WITH range(1, 30000) AS xs RETURN reduce(s = 0, x IN xs | s + reduce(t = 0, y IN xs | t + y)) AS n';

const TIMEOUT_MS = 1_000;
/** Headroom over the timeout: Neo4j checks the timeout at intervals, and the test runs over HTTP. */
const GRACE_MS = 3_000;

describe(`console: ${ATTEMPTS.length} write and escape attempts are refused`, () => {
  for (const [name, query, reason, params] of ATTEMPTS) {
    it(`refuses: ${name}`, async () => {
      const body = await app.as('analyst')<CypherBody>(CYPHER, { query, params });
      assert.equal(body.data?.cypher ?? null, null, `ran: ${JSON.stringify(body.data)}`);
      const error = body.errors?.[0];
      assert.ok(error, 'an error');
      assert.ok(['FORBIDDEN', 'BAD_USER_INPUT'].includes(String(error.extensions?.code)), JSON.stringify(error));
      if (reason instanceof RegExp) assert.match(String(error.extensions?.reason), reason);
      else assert.equal(error.extensions?.reason, reason, error.message);
      assert.equal(error.extensions?.code, ['syntax', 'explain-profile'].includes(String(error.extensions?.reason)) ? 'BAD_USER_INPUT' : 'FORBIDDEN');
      assert.ok(error.message.length > 10, 'the message says what was refused and why');
    });
  }

  it('refuses them for admins too: the console is read-only for every role', async () => {
    for (const query of ['CREATE (n:Hack)', 'MATCH (n) DETACH DELETE n', 'CALL db.createLabel("Hack")', "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'DROP CONSTRAINT chain_id']) {
      const body = await app.graphql<CypherBody>(CYPHER, { query });
      assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN', query);
    }
  });
});

describe('console: long-running reads stop at the timeout', () => {
  for (const [name, query] of LONG_RUNNING) {
    it(`cuts off: ${name}`, async () => {
      const started = Date.now();
      const body = await app.as('analyst')<CypherBody>(CYPHER, { query, timeoutMs: TIMEOUT_MS });
      const took = Date.now() - started;
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const result = body.data!.cypher!;
      assert.equal(result.timedOut, true);
      assert.equal(result.status, 'TIMED_OUT');
      assert.deepEqual(result.rows, []);
      assert.ok(took < TIMEOUT_MS + GRACE_MS, `took ${took} ms`);
    });
  }
});

describe('console: a query that ignores its timeout', () => {
  it('is abandoned at the deadline, keeps its slot until Neo4j is done, and caps how many run at once', async () => {
    const gate = gateFor(app.app.services.runner);
    const analyst = app.as('analyst');
    // Three at once: the analyst may have two running, the third is refused.
    const started = Date.now();
    const bodies = await Promise.all([1, 2, 3].map(() => analyst<CypherBody>(CYPHER, { query: ONE_LONG_EXPRESSION, timeoutMs: TIMEOUT_MS })));
    const took = Date.now() - started;
    const outcomes = bodies.map((b) => (b.errors ? `${b.errors[0]!.extensions?.code} ${b.errors[0]!.extensions?.reason}` : `timedOut ${b.data!.cypher!.timedOut}`)).sort();
    assert.deepEqual(outcomes, ['FORBIDDEN busy', 'timedOut true', 'timedOut true']);
    assert.ok(took < TIMEOUT_MS + DEADLINE_GRACE_MS + 1_500, `took ${took} ms`);
    assert.equal(gate.size, 2, 'Neo4j is still computing both abandoned queries');
    const busy = bodies.find((b) => b.errors)!.errors![0]!;
    assert.match(busy.message, /already have 2 console queries running/);

    const other = await app.as('editor')<CypherBody>(CYPHER, { query: 'RETURN 1 AS one' });
    assert.deepEqual(other.data?.cypher?.rows, [[1]], 'other users are not blocked');

    // Once Neo4j finishes, the slots come back.
    const waitUntil = Date.now() + 120_000;
    while (gate.size > 0 && Date.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal(gate.size, 0, 'the slots are given back when Neo4j is done');
    const again = await analyst<CypherBody>(CYPHER, { query: 'RETURN 2 AS two' });
    assert.deepEqual(again.data?.cypher?.rows, [[2]]);
  });
});

const checked = (statement: string): Checked => ({ statement, params: {}, limit: 10, timeoutMs: 5_000 });

async function refusal(work: Promise<unknown>): Promise<Refusal> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof Refusal, `not a Refusal: ${String(error)}`);
    return error;
  }
  assert.fail('not refused');
}

describe('console: each layer holds on its own', () => {
  it('layer 2 (the EXPLAIN plan) refuses writes, files, commands and unlisted procedures without layer 1', async () => {
    const session = new ConsoleSession(db.runner);
    const cases: Array<[string, string]> = [
      ['CREATE (n:Hack)', 'write-plan'],
      ["MERGE (n:Hack {id: 'x'})", 'write-plan'],
      ['MATCH (n:Enterprise) SET n.x = 1', 'write-plan'],
      ['MATCH (n) DETACH DELETE n', 'write-plan'],
      ['MATCH (n:Enterprise) REMOVE n.name', 'write-plan'],
      ['MATCH (n) FOREACH (x IN [1] | SET n.x = x)', 'write-plan'],
      ['CALL () { CREATE (n:Hack) } IN TRANSACTIONS', 'write-plan'],
      ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'write-plan'],
      ["CALL db.createLabel('Hack')", 'procedure-not-allowed'],
      ['CALL db.clearQueryCaches()', 'procedure-not-allowed'],
      ['CALL dbms.components()', 'procedure-not-allowed'],
      ['SHOW TRANSACTIONS', 'show-command'],
      ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'write-plan'],
      ['CREATE INDEX hack FOR (n:Enterprise) ON (n.x)', 'write-plan'],
      ['DROP CONSTRAINT chain_id', 'write-plan'],
      ['CREATE DATABASE hack', 'admin-command'],
    ];
    const seen = [];
    for (const [statement] of cases) {
      const error = await refusal(session.explain(checked(statement)));
      assert.equal(error.layer, 'plan', `${statement}: ${error.message}`);
      seen.push([statement, error.reason]);
    }
    assert.deepEqual(seen, cases);
  });

  it('layer 3 (the read-only transaction) refuses writes without layers 1 and 2', async () => {
    const session = new ConsoleSession(db.runner);
    for (const statement of ['CREATE (n:Hack)', "MERGE (n:Hack {id: 'x'})", "MATCH (n:Enterprise) SET n.name = 'hacked'", 'MATCH (n) DETACH DELETE n', "CALL db.createLabel('Hack')"]) {
      const error = await refusal(session.run(checked(statement)));
      assert.equal(error.layer, 'session', statement);
      assert.equal(error.reason, 'not-read-only', statement);
      assert.equal(error.code, 'FORBIDDEN');
    }
  });
});

describe('console: the database is unchanged', () => {
  it('has the same nodes, relationships, content, labels, types, property keys, indexes and constraints', async () => {
    assert.deepEqual(await fingerprint(), before_);
  });

  it('audited every attempt, refused ones as console.refused with the reason', async () => {
    const body = await app.graphql<{ auditLog: Array<{ action: string; user: string; detail: string }> }>('query { auditLog(action: "console.refused", limit: 1000) { action user detail } }');
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const mine = body.data!.auditLog.filter((e) => e.user === 'test-analyst').map((e) => JSON.parse(e.detail) as { query: string; reason: string; outcome: string });
    for (const [, query, reason] of ATTEMPTS) {
      const entry = mine.find((e) => e.query === query);
      assert.ok(entry, `no audit entry for ${query}`);
      assert.equal(entry.outcome, 'refused');
      if (typeof reason === 'string') assert.equal(entry.reason, reason);
    }
  });
});
