import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { importWorkbook } from '../../server/import/index.js';
import { capWorkbook, gapFixture, workbookSource } from '../fixtures/gap-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, gapFixture);
});
afterAll(() => stopAll(app, db));

const errorCode = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => body.errors?.[0]?.extensions?.code;

const RATE = `query ($enterpriseId: ID!, $scope: ID) {
  supportingRate(enterpriseId: $enterpriseId, scope: $scope) {
    enterprise { id } scope { code }
    tier1 { local total rate } tier2 { local total rate } unsegmented { local total rate }
    bySegment { segment { id } local total rate }
  }
}`;

describe('supportingRate', () => {
  it('computes tier 1, tier 2 and per-segment rates of the 链主 in the home scope', async () => {
    const body = await app.graphql(RATE, { enterpriseId: 'boe-qd' });
    assert.deepEqual(body, {
      data: {
        supportingRate: {
          enterprise: { id: 'boe-qd' },
          scope: { code: 'QDEDZ' },
          // Suppliers: corning, qd-city, qd-film*, boe, cx-glass* (in QDEDZ-SINO), qd-logistics* → 3 of 6.
          tier1: { local: 3, total: 6, rate: 0.5 },
          // Their suppliers: sz-film, jp-glass (of corning), jn-glass (of qd-film), hisense* (of boe);
          // left out: qd-film (supplies corning, but is tier 1), corning (supplies boe, tier 1) and
          // boe-qd itself (supplies cx-glass) → 1 of 4.
          tier2: { local: 1, total: 4, rate: 0.25 },
          // qd-logistics is in no segment.
          unsegmented: { local: 1, total: 1, rate: 1 },
          bySegment: [
            // corning (also in d-film), qd-city, cx-glass*.
            { segment: { id: 'd-glass' }, local: 1, total: 3, rate: 1 / 3 },
            // corning again, qd-film*.
            { segment: { id: 'd-film' }, local: 1, total: 2, rate: 0.5 },
            { segment: { id: 'd-panel' }, local: 0, total: 1, rate: 0 },
          ],
        },
      },
    });
  });

  it('follows the scope', async () => {
    const body = await app.graphql<{ supportingRate: { tier1: unknown; tier2: unknown; bySegment: Array<{ segment: { id: string }; local: number }> } }>(RATE, {
      enterpriseId: 'boe-qd',
      scope: '370000',
    });
    const rate = body.data!.supportingRate;
    // 山东省 adds qd-city (青岛市) at tier 1 and jn-glass (历下区) at tier 2.
    assert.deepEqual(rate.tier1, { local: 4, total: 6, rate: 4 / 6 });
    assert.deepEqual(rate.tier2, { local: 2, total: 4, rate: 0.5 });
    assert.deepEqual(
      rate.bySegment.map((s) => `${s.segment.id} ${s.local}`),
      ['d-glass 2', 'd-film 1', 'd-panel 0'],
    );
  });

  it('gives a null rate when there are no suppliers', async () => {
    const body = await app.graphql(RATE, { enterpriseId: 'sh-chip' });
    assert.deepEqual(body, {
      data: {
        supportingRate: {
          enterprise: { id: 'sh-chip' },
          scope: { code: 'QDEDZ' },
          tier1: { local: 0, total: 0, rate: null },
          tier2: { local: 0, total: 0, rate: null },
          unsegmented: { local: 0, total: 0, rate: null },
          bySegment: [],
        },
      },
    });
  });

  it('is NOT_FOUND for an unknown enterprise or scope', async () => {
    assert.equal(errorCode(await app.graphql(RATE, { enterpriseId: 'nope' })), 'NOT_FOUND');
    assert.equal(errorCode(await app.graphql(RATE, { enterpriseId: 'boe-qd', scope: 'nope' })), 'NOT_FOUND');
  });
});

const NETWORK = `query ($enterpriseId: ID!, $tiers: Int, $scope: ID) {
  supplierNetwork(enterpriseId: $enterpriseId, tiers: $tiers, scope: $scope) {
    center { id }
    nodes { enterprise { id } tier local segments { id } }
    edges { from to products since evidence source }
    truncated
  }
}`;

interface NetworkBody {
  supplierNetwork: {
    center: { id: string };
    nodes: Array<{ enterprise: { id: string }; tier: number; local: boolean; segments: Array<{ id: string }> }>;
    edges: Array<{ from: string; to: string; products: string | null; since: string | null; evidence: string | null; source: string | null }>;
    truncated: boolean;
  };
}

async function network(variables: Record<string, unknown>) {
  const body = await app.graphql<NetworkBody>(NETWORK, variables);
  assert.deepEqual(body.errors, undefined);
  const n = body.data!.supplierNetwork;
  return {
    ...n,
    nodeLines: n.nodes.map((x) => `${x.tier} ${x.enterprise.id}${x.local ? '*' : ''}`),
    edgeLines: n.edges.map((e) => `${e.from}>${e.to}`),
  };
}

// The SUPPLIES edges among boe-qd's two-tier network, ordered by from, then to.
const TWO_TIER_EDGES = [
  'boe>boe-qd',
  'boe-qd>cx-glass',
  'corning>boe',
  'corning>boe-qd',
  'corning>hisense',
  'corning>jp-glass',
  'cx-glass>boe-qd',
  'hisense>boe',
  'jn-glass>qd-film',
  'jp-glass>corning',
  'jp-glass>hisense',
  'qd-city>boe-qd',
  'qd-film>boe-qd',
  'qd-film>corning',
  'qd-logistics>boe-qd',
  'sz-film>corning',
];

describe('supplierNetwork', () => {
  it('returns two tiers by default, each node at its shortest distance, with local flags and segments', async () => {
    const n = await network({ enterpriseId: 'boe-qd' });
    assert.equal(n.center.id, 'boe-qd');
    assert.deepEqual(n.nodeLines, [
      '0 boe-qd*',
      '1 boe',
      '1 corning',
      '1 cx-glass*',
      '1 qd-city',
      '1 qd-film*',
      '1 qd-logistics*',
      // hisense supplies boe; boe-qd (supplies cx-glass), corning (supplies boe) and qd-film
      // (supplies corning) are reached again at tier 2 but keep their lower tier.
      '2 hisense*',
      '2 jn-glass',
      '2 jp-glass',
      '2 sz-film',
    ]);
    assert.deepEqual(
      n.nodes.find((x) => x.enterprise.id === 'corning')!.segments.map((s) => s.id),
      ['d-film', 'd-glass'],
    );
    // Every SUPPLIES link among these 11, in both directions between tiers and within a tier;
    // sz-driver → hisense is left out (sz-driver is tier 3).
    assert.deepEqual(n.edgeLines, TWO_TIER_EDGES);
    assert.deepEqual(
      n.edges.find((e) => e.from === 'corning' && e.to === 'boe-qd'),
      { from: 'corning', to: 'boe-qd', products: '玻璃基板', since: '2020-01-01', evidence: 'CONFIRMED', source: '年报' },
    );
    assert.equal(n.truncated, false);
  });

  it('honours tiers 1 and 3, and caps larger values at 3', async () => {
    const one = await network({ enterpriseId: 'boe-qd', tiers: 1 });
    assert.deepEqual(one.nodeLines, ['0 boe-qd*', '1 boe', '1 corning', '1 cx-glass*', '1 qd-city', '1 qd-film*', '1 qd-logistics*']);
    assert.deepEqual(one.edgeLines, [
      'boe>boe-qd',
      'boe-qd>cx-glass',
      'corning>boe',
      'corning>boe-qd',
      'cx-glass>boe-qd',
      'qd-city>boe-qd',
      'qd-film>boe-qd',
      'qd-film>corning',
      'qd-logistics>boe-qd',
    ]);

    const three = await network({ enterpriseId: 'boe-qd', tiers: 3 });
    assert.deepEqual(three.nodeLines.slice(11), ['3 sz-driver']);
    assert.deepEqual(three.edgeLines, [...TWO_TIER_EDGES.slice(0, -1), 'sz-driver>hisense', 'sz-film>corning']);

    // sh-chip (supplies sz-driver) is tier 4: never reached.
    const capped = await network({ enterpriseId: 'boe-qd', tiers: 99 });
    assert.deepEqual(capped.nodeLines, three.nodeLines);
  });

  it('marks local nodes for the given scope', async () => {
    const n = await network({ enterpriseId: 'boe-qd', tiers: 1, scope: '370200' });
    assert.deepEqual(n.nodeLines, ['0 boe-qd*', '1 boe', '1 corning', '1 cx-glass*', '1 qd-city*', '1 qd-film*', '1 qd-logistics*']);
  });

  it('rejects bad tiers and unknown ids', async () => {
    assert.equal(errorCode(await app.graphql(NETWORK, { enterpriseId: 'boe-qd', tiers: 0 })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await app.graphql(NETWORK, { enterpriseId: 'nope' })), 'NOT_FOUND');
    assert.equal(errorCode(await app.graphql(NETWORK, { enterpriseId: 'boe-qd', scope: 'nope' })), 'NOT_FOUND');
  });
});

const PATHS = `query ($fromId: ID!, $toId: ID!, $maxHops: Int) {
  paths(fromId: $fromId, toId: $toId, maxHops: $maxHops) { directed nodes { id } edges { from to } }
}`;

interface PathsBody {
  paths: Array<{ directed: boolean; nodes: Array<{ id: string }>; edges: Array<{ from: string; to: string }> }>;
}

async function paths(variables: Record<string, unknown>) {
  const body = await app.graphql<PathsBody>(PATHS, variables);
  assert.deepEqual(body.errors, undefined);
  return body.data!.paths.map((p) => `${p.directed ? 'directed' : 'undirected'} ${p.nodes.map((n) => n.id).join(' ')} | ${p.edges.map((e) => `${e.from}>${e.to}`).join(' ')}`);
}

describe('paths', () => {
  it('finds every shortest directed path', async () => {
    assert.deepEqual(await paths({ fromId: 'jn-glass', toId: 'boe-qd' }), ['directed jn-glass qd-film boe-qd | jn-glass>qd-film qd-film>boe-qd']);
    // Two paths of two links; the longer jp-glass › corning › hisense › boe is not shortest.
    assert.deepEqual(await paths({ fromId: 'jp-glass', toId: 'boe' }), [
      'directed jp-glass corning boe | jp-glass>corning corning>boe',
      'directed jp-glass hisense boe | jp-glass>hisense hisense>boe',
    ]);
  });

  it('falls back to undirected paths, edges keeping their real direction', async () => {
    // boe-qd supplies only cx-glass, which supplies only boe-qd: no directed path to jp-glass.
    // corning and jp-glass supply each other: two paths through the same nodes.
    assert.deepEqual(await paths({ fromId: 'boe-qd', toId: 'jp-glass' }), [
      'undirected boe-qd corning jp-glass | corning>boe-qd corning>jp-glass',
      'undirected boe-qd corning jp-glass | corning>boe-qd jp-glass>corning',
    ]);
  });

  it('bounds the length by maxHops, capped at 6', async () => {
    const four = 'directed sh-chip sz-driver hisense boe boe-qd | sh-chip>sz-driver sz-driver>hisense hisense>boe boe>boe-qd';
    assert.deepEqual(await paths({ fromId: 'sh-chip', toId: 'boe-qd' }), [four]);
    // Three links are too few either way (undirected, it is four links too).
    assert.deepEqual(await paths({ fromId: 'sh-chip', toId: 'boe-qd', maxHops: 3 }), []);
    assert.deepEqual(await paths({ fromId: 'sh-chip', toId: 'boe-qd', maxHops: 99 }), [four]);
    assert.deepEqual(await paths({ fromId: 'jn-glass', toId: 'boe-qd', maxHops: 1 }), []);
  });

  it('rejects bad arguments and unknown ids', async () => {
    assert.equal(errorCode(await app.graphql(PATHS, { fromId: 'boe', toId: 'boe' })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await app.graphql(PATHS, { fromId: 'boe', toId: 'boe-qd', maxHops: 0 })), 'BAD_USER_INPUT');
    assert.equal(errorCode(await app.graphql(PATHS, { fromId: 'nope', toId: 'boe-qd' })), 'NOT_FOUND');
    assert.equal(errorCode(await app.graphql(PATHS, { fromId: 'boe', toId: 'nope' })), 'NOT_FOUND');
  });
});

describe('network: caps', () => {
  beforeAll(async () => {
    const result = await importWorkbook(db.runner, workbookSource(capWorkbook(), 'caps.json'));
    assert.deepEqual(result.errors, []);
  });

  it('cuts a supplier network at 500 nodes and says so', async () => {
    const n = await network({ enterpriseId: 'cap-hub', tiers: 1 });
    assert.equal(n.nodes.length, 500);
    assert.equal(n.truncated, true);
    // The hub, then the first 499 suppliers by id; one edge from each to the hub.
    assert.equal(n.nodeLines[0], '0 cap-hub');
    assert.equal(n.nodeLines[499], '1 cap-e-499');
    assert.equal(n.edges.length, 499);
  });

  it('returns at most 10 paths', async () => {
    const found = await paths({ fromId: 'cap-a', toId: 'cap-b' });
    assert.equal(found.length, 10);
    assert.equal(found[0], 'directed cap-a cap-m01 cap-b | cap-a>cap-m01 cap-m01>cap-b');
    assert.equal(found[9], 'directed cap-a cap-m10 cap-b | cap-a>cap-m10 cap-m10>cap-b');
  });
});
