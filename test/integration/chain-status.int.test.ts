import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, statusFixture);
});
afterAll(() => stopAll(app, db));

const STATUS = `query ($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean) {
  chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected) {
    scope { code } strongAt projected
    segments { segment { id } localCount status filling localEnterprises { id } activeProjects { id } }
    brokenLinks { from { id } to { id } }
    summary { strong weak missing filling broken }
  }
}`;

interface StatusBody {
  chainStatus: {
    scope: { code: string };
    segments: Array<{ segment: { id: string }; localCount: number; status: string; filling: boolean; localEnterprises: Array<{ id: string }>; activeProjects: Array<{ id: string }> }>;
    brokenLinks: Array<{ from: { id: string }; to: { id: string } }>;
    summary: Record<string, number>;
  };
}

/** One line per segment: "id count STATUS [filling] locals projects", in map order. */
function lines(body: StatusBody): string[] {
  return body.chainStatus.segments.map(
    (s) => `${s.segment.id} ${s.localCount} ${s.status}${s.filling ? ' filling' : ''} [${s.localEnterprises.map((e) => e.id).join(',')}] [${s.activeProjects.map((p) => p.id).join(',')}]`,
  );
}

async function status(variables: Record<string, unknown>): Promise<StatusBody> {
  const body = await app.graphql<StatusBody>(STATUS, { chainId: 'c1', ...variables });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

describe('chainStatus (现状图)', () => {
  it('classifies the home zone by default, counting distinct enterprises through children', async () => {
    const body = await status({});
    assert.equal(body.chainStatus.scope.code, 'QDEDZ');
    assert.deepEqual(lines(body), [
      'up 1 WEAK filling [e1] [p1,p7]', // e1 counted once though in up-a and up-b; e2 is 黄岛, not the zone
      'up-a 1 WEAK filling [e1] [p7]',
      'up-b 1 WEAK [e1] []',
      'up-c 0 MISSING filling [] [p1]', // e3 is in 北京: not local; p1 is an active local project
      'mid 3 STRONG [e4,e6,e5] [p6]', // e5 in mid itself + e4, e6 through mid-a; STRONG so not filling
      'mid-a 2 WEAK filling [e4,e6] [p6]', // p6 names no enterprise: still fills
      'down 0 MISSING [] []', // p2 outside the scope, p3 dropped, p4 in production, p5 in 黄岛 not the zone
    ]);
    assert.deepEqual(body.chainStatus.brokenLinks, [{ from: { id: 'up-c' }, to: { id: 'mid-a' } }]);
    assert.deepEqual(body.chainStatus.summary, { strong: 1, weak: 4, missing: 2, filling: 4, broken: 1 });
  });

  it('recomputes as if every active local project had reached production', async () => {
    const body = await status({ projected: true });
    assert.deepEqual(lines(body), [
      'up 2 WEAK filling [e1] [p1,p7]', // + e3 (p1); p7's e1 is already counted
      'up-a 1 WEAK filling [e1] [p7]',
      'up-b 1 WEAK [e1] []',
      'up-c 1 WEAK filling [] [p1]', // + e3
      'mid 4 STRONG [e4,e6,e5] [p6]', // + p6 itself (no enterprise named)
      'mid-a 3 STRONG [e4,e6] [p6]',
      'down 0 MISSING [] []',
    ]);
    assert.deepEqual(body.chainStatus.brokenLinks, []);
    assert.deepEqual(body.chainStatus.summary, { strong: 2, weak: 4, missing: 1, filling: 3, broken: 0 });
  });

  it('takes a wider scope and a strongAt per request', async () => {
    const body = await status({ scope: '370211', strongAt: 2 });
    assert.deepEqual(lines(body), [
      'up 2 STRONG [e1,e2] [p1,p7]',
      'up-a 2 STRONG [e1,e2] [p7]',
      'up-b 1 WEAK [e1] []',
      'up-c 0 MISSING filling [] [p1]',
      'mid 3 STRONG [e4,e6,e5] [p6]',
      'mid-a 2 STRONG [e4,e6] [p6]',
      'down 0 MISSING filling [] [p5]', // p5 is in 黄岛, inside this scope
    ]);
    assert.deepEqual(body.chainStatus.summary, { strong: 4, weak: 1, missing: 2, filling: 2, broken: 1 });
  });

  it('answers NOT_FOUND for an unknown scope or chain and BAD_USER_INPUT for strongAt 0', async () => {
    const unknownScope = await app.graphql(STATUS, { chainId: 'c1', scope: 'XX' });
    assert.equal(unknownScope.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const unknownChain = await app.graphql(STATUS, { chainId: 'nope' });
    assert.equal(unknownChain.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const zero = await app.graphql(STATUS, { chainId: 'c1', strongAt: 0 });
    assert.equal(zero.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});

describe('panorama (全景图)', () => {
  it('lists every segment with its enterprises anywhere, largest first, capped, with the total', async () => {
    const body = await app.graphql<{
      panorama: {
        segments: Array<{ segment: { id: string; parentId: string | null; depth: number }; enterpriseCount: number; enterprises: Array<{ id: string }> }>;
        flows: Array<{ from: string; to: string }>;
      };
    }>('{ panorama(chainId: "c1", perSegment: 2) { segments { segment { id parentId depth } enterpriseCount enterprises { id } } flows { from to } } }');
    assert.equal(body.errors, undefined);
    assert.deepEqual(
      body.data!.panorama.segments.map((s) => `${s.segment.id}<${s.segment.parentId ?? ''}>${s.segment.depth} ${s.enterpriseCount} ${s.enterprises.map((e) => e.id).join(',')}`),
      [
        'up<>0 3 e3,e1', // e3 LARGE and listed before e1 LARGE; e2 MEDIUM cut by the cap
        'up-a<up>1 2 e1,e2',
        'up-b<up>1 2 e3,e1',
        'up-c<up>1 1 e3',
        'mid<>0 4 e3,e4', // LARGE, then SMALL; MICRO e6 and unknown-scale e5 cut
        'mid-a<mid>1 3 e3,e4',
        'down<>0 0 ',
      ],
    );
    assert.deepEqual(body.data!.panorama.flows, [
      { from: 'mid', to: 'down' },
      { from: 'up', to: 'mid' },
      { from: 'up-a', to: 'mid-a' },
      { from: 'up-c', to: 'mid-a' },
    ]);
  });

  it('gives a chain its segments in map order and its 链主', async () => {
    const body = await app.graphql<{ chain: { segments: Array<{ id: string }>; masters: Array<{ id: string; region: { code: string } }> } }>(
      '{ chain(id: "c1") { segments { id } masters { id region { code } } } }',
    );
    assert.deepEqual(
      body.data!.chain.segments.map((s) => s.id),
      ['up', 'up-a', 'up-b', 'up-c', 'mid', 'mid-a', 'down'],
    );
    assert.deepEqual(body.data!.chain.masters, [{ id: 'e4', region: { code: 'QDEDZ' } }]);
  });
});
