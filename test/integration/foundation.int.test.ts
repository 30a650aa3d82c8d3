import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { listCypher, cypher } from '../../server/db/cypher.js';
import { tinyChain } from '../fixtures/tiny-chain.js';
import { testDatabase } from '../support/db.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, tinyChain);
});
afterAll(() => stopAll(app, db));

describe('foundation', () => {
  it('answers chains { id name } from the real database', async () => {
    const body = await app.graphql('{ chains { id name nameEn } }');
    assert.deepEqual(body, { data: { chains: [{ id: 'display', name: '新型显示', nameEn: 'New display' }] } });
  });

  it('answers chain(id) and null for an unknown id', async () => {
    const body = await app.graphql('query ($id: ID!) { chain(id: $id) { id name } }', { id: 'nope' });
    assert.deepEqual(body, { data: { chain: null } });
  });

  it('reports Neo4j health with its version', async () => {
    const response = await fetch(`${app.url}/healthz`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; neo4j: { version: string } };
    assert.equal(body.status, 'ok');
    assert.match(body.neo4j.version, /^5\.26\.\d+$/);
  });

  it('compiles every .cypher file with EXPLAIN', async () => {
    const names = listCypher().filter((n) => !n.startsWith('schema/'));
    assert.ok(names.length >= 3);
    for (const name of names) {
      const text = cypher(name);
      const session = db.driver.session();
      try {
        // EXPLAIN plans without running; a missing parameter is not an error at plan time.
        await session.run(`EXPLAIN ${text}`);
      } catch (error) {
        assert.fail(`${name}.cypher does not compile: ${(error as Error).message}`);
      } finally {
        await session.close();
      }
    }
  });
});
