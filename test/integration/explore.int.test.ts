import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { gapFixture } from '../fixtures/gap-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, gapFixture);
});
afterAll(() => stopAll(app, db));

interface Node {
  kind: string;
  id: string;
  local: boolean | null;
}
interface Hood {
  node: Node & { name: string; chainId: string | null };
  groups: Array<{ relation: string; total: number; nodes: Node[] }>;
}

const NEIGHBORS = `query ($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int, $scope: ID) {
  neighbors(kind: $kind, id: $id, relation: $relation, offset: $offset, limit: $limit, scope: $scope) {
    node { kind id name chainId local }
    groups { relation total nodes { kind id local } }
  }
}`;

async function neighbors(variables: Record<string, unknown>): Promise<Hood> {
  const body = await app.graphql<{ neighbors: Hood }>(NEIGHBORS, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!.neighbors;
}

const ids = (h: Hood, relation: string) => h.groups.find((g) => g.relation === relation)!.nodes.map((n) => n.id);
const totals = (h: Hood) => Object.fromEntries(h.groups.map((g) => [g.relation, g.total]));

describe('neighbors', () => {
  it('lists an enterprise’s suppliers, customers, segments and chains, each counted in full and capped', async () => {
    const h = await neighbors({ kind: 'ENTERPRISE', id: 'boe-qd', limit: 4 });
    assert.deepEqual(h.node, { kind: 'ENTERPRISE', id: 'boe-qd', name: '青岛京东方光电科技有限公司', chainId: null, local: true });
    assert.deepEqual(
      h.groups.map((g) => g.relation),
      ['SUPPLIER', 'CUSTOMER', 'SEGMENT', 'LEADS'],
    );
    assert.deepEqual(totals(h), { SUPPLIER: 6, CUSTOMER: 1, SEGMENT: 1, LEADS: 1 });
    // by id, the first four of boe, corning, cx-glass, qd-city, qd-film, qd-logistics
    assert.deepEqual(ids(h, 'SUPPLIER'), ['boe', 'corning', 'cx-glass', 'qd-city']);
    assert.deepEqual(
      h.groups[0]!.nodes.map((n) => n.local),
      [false, false, true, false],
      'cx-glass is local one level below the zone; qd-city (the parent city) is not',
    );
    assert.deepEqual(ids(h, 'CUSTOMER'), ['cx-glass']);
    assert.deepEqual(h.groups[2]!.nodes, [{ kind: 'SEGMENT', id: 'd-module', local: null }]);
    assert.deepEqual(h.groups[3]!.nodes, [{ kind: 'CHAIN', id: 'display', local: null }]);
  });

  it('pages one relation with offset, and follows the scope for local', async () => {
    const next = await neighbors({ kind: 'ENTERPRISE', id: 'boe-qd', relation: 'SUPPLIER', offset: 4, limit: 4 });
    assert.deepEqual(
      next.groups.map((g) => g.relation),
      ['SUPPLIER'],
    );
    assert.equal(next.groups[0]!.total, 6);
    assert.deepEqual(ids(next, 'SUPPLIER'), ['qd-film', 'qd-logistics']);
    const province = await neighbors({ kind: 'ENTERPRISE', id: 'boe-qd', relation: 'SUPPLIER', limit: 10, scope: '370000' });
    assert.deepEqual(
      province.groups[0]!.nodes.filter((n) => n.local).map((n) => n.id),
      ['cx-glass', 'qd-city', 'qd-film', 'qd-logistics'],
      '山东省 takes in 青岛市',
    );
  });

  it('lists a segment’s enterprises (largest first), parent, children, flows and chain', async () => {
    const glass = await neighbors({ kind: 'SEGMENT', id: 'd-glass', limit: 3 });
    assert.deepEqual(glass.node, { kind: 'SEGMENT', id: 'd-glass', name: '玻璃基板', chainId: 'display', local: null });
    assert.deepEqual(totals(glass), { ENTERPRISE: 6, PARENT: 1, CHILD: 0, FEEDS_TO: 1, FED_BY: 0, CHAIN: 1 });
    // LARGE corning, jp-glass; MEDIUM cx-glass, jn-glass; then bj-glass, qd-city (no scale)
    assert.deepEqual(ids(glass, 'ENTERPRISE'), ['corning', 'jp-glass', 'cx-glass']);
    assert.deepEqual(ids(glass, 'PARENT'), ['d-materials']);
    assert.deepEqual(ids(glass, 'FEEDS_TO'), ['d-panel']);
    assert.deepEqual(ids(glass, 'CHAIN'), ['display']);
    const materials = await neighbors({ kind: 'SEGMENT', id: 'd-materials' });
    assert.deepEqual(ids(materials, 'CHILD'), ['d-glass', 'd-film'], 'children by order');
    const module = await neighbors({ kind: 'SEGMENT', id: 'd-module' });
    assert.deepEqual(ids(module, 'FED_BY'), ['d-driver', 'd-panel']);
  });

  it('lists a chain’s top-level segments in order and its 链主', async () => {
    const chain = await neighbors({ kind: 'CHAIN', id: 'display' });
    assert.deepEqual(chain.node.chainId, 'display');
    assert.deepEqual(ids(chain, 'SEGMENT'), ['d-materials', 'd-driver', 'd-panel', 'd-module', 'd-terminal']);
    assert.deepEqual(ids(chain, 'MASTER'), ['boe', 'boe-qd']);
    assert.deepEqual(
      chain.groups[1]!.nodes.map((n) => n.local),
      [false, true],
    );
  });

  it('answers NOT_FOUND for an unknown node and BAD_USER_INPUT for a relation or limit out of place', async () => {
    const code = async (variables: Record<string, unknown>) => (await app.graphql(NEIGHBORS, variables)).errors?.[0]?.extensions?.code;
    assert.equal(await code({ kind: 'ENTERPRISE', id: 'nobody' }), 'NOT_FOUND');
    assert.equal(await code({ kind: 'CHAIN', id: 'd-glass' }), 'NOT_FOUND', 'a segment id is not a chain');
    assert.equal(await code({ kind: 'CHAIN', id: 'display', relation: 'SUPPLIER' }), 'BAD_USER_INPUT');
    assert.equal(await code({ kind: 'ENTERPRISE', id: 'boe-qd', limit: 0 }), 'BAD_USER_INPUT');
    assert.equal(await code({ kind: 'ENTERPRISE', id: 'boe-qd', limit: 101 }), 'BAD_USER_INPUT');
    assert.equal(await code({ kind: 'ENTERPRISE', id: 'boe-qd', offset: -1 }), 'BAD_USER_INPUT');
  });
});
