import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { getChainStatus, readLocalEnterpriseLists, readStatusRowsScan, readStatusRowsWithTotal } from '../../server/repositories/chain-status.js';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, statusFixture);
});
afterAll(() => stopAll(app, db));

const VARS = `$chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode`;
const ARGS = `chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence`;
/** The whole answer as the map asked for it before: the gap picture with every segment's list. */
const WHOLE = `query (${VARS}) { chainStatus(${ARGS}) {
  scope { code } strongAt projected evidence
  segments { segment { id } localCount status filling localEnterprises { id name region { code } } activeProjects { id } }
  brokenLinks { from { id } to { id } } summary { strong weak missing filling broken } } }`;
/** The gap picture alone (no localEnterprises). */
const GAP = `query (${VARS}) { chainStatus(${ARGS}) {
  scope { code } strongAt projected evidence
  segments { segment { id } localCount status filling activeProjects { id } }
  brokenLinks { from { id } to { id } } summary { strong weak missing filling broken } } }`;
/** The lists alone, asked after the gap picture. */
const LISTS = `query (${VARS}) { chainStatus(${ARGS}) { segments { segment { id } localEnterprises { id name region { code } } } } }`;

type Segment = { segment: { id: string }; localCount?: number; localEnterprises?: Array<{ id: string }> };
type Answer = { chainStatus: { segments: Segment[] } & Record<string, unknown> };

async function ask(query: string, variables: Record<string, unknown>): Promise<Answer> {
  const body = await app.graphql<Answer>(query, { chainId: 'c1', ...variables });
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

const CASES: Array<Record<string, unknown>> = [
  {},
  { projected: true },
  { scope: '370211', strongAt: 2 },
  { scope: '370000', evidence: 'CONFIRMED' },
  { scope: '110000', strongAt: 1 }, // 北京: e3 alone is local
];

describe('the status map without its lists (gap picture first, lists on demand)', () => {
  it('gives the same counts, status, filling, broken links and summary as the whole answer, and the same lists when asked later', async () => {
    for (const variables of CASES) {
      const whole = await ask(WHOLE, variables);
      const gap = await ask(GAP, variables);
      const withoutLists = { ...whole.chainStatus, segments: whole.chainStatus.segments.map(({ localEnterprises: _lists, ...rest }) => rest) };
      assert.deepEqual(gap.chainStatus, withoutLists, JSON.stringify(variables));
      const lists = await ask(LISTS, variables);
      assert.deepEqual(
        lists.chainStatus.segments,
        whole.chainStatus.segments.map((s) => ({ segment: s.segment, localEnterprises: s.localEnterprises })),
        JSON.stringify(variables),
      );
    }
  });

  it('names the active projects by id with the gap picture, and reads the same details as the scan when asked', async () => {
    const DETAILS = `query (${VARS}) { chainStatus(${ARGS}) { segments { segment { id } activeProjectIds
      activeProjects { id name stage investmentYi signedOn plannedProductionOn confidential enterprise { id name region { code } } segment { id depth } region { code } } } } }`;
    let seen = 0;
    for (const variables of CASES) {
      const answer = await ask(DETAILS, variables);
      const scope = (variables.scope as string | undefined) ?? 'QDEDZ';
      const evidence = (variables.evidence as 'ALL' | 'CONFIRMED' | undefined) ?? 'ALL';
      const scanned = new Map((await readStatusRowsScan(db.runner, { chainId: 'c1', scope, includeConfidential: true, evidence })).map((r) => [r.segmentId, r.projects]));
      for (const s of answer.chainStatus.segments as unknown as Array<{
        segment: { id: string };
        activeProjectIds: string[];
        activeProjects: Array<
          Record<string, unknown> & { id: string; enterprise: { id: string; name: string; region: { code: string } | null } | null; segment: { id: string; depth: number }; region: { code: string } }
        >;
      }>) {
        assert.deepEqual(
          s.activeProjectIds,
          s.activeProjects.map((p) => p.id),
          s.segment.id,
        );
        const expected = (scanned.get(s.segment.id) ?? []) as unknown as Array<Record<string, unknown>>;
        // the scan reads every project with its details in one query: the same rows, the same order
        assert.deepEqual(
          s.activeProjects.map((p) => [p.id, p.name, p.stage, p.confidential, p.enterprise?.id ?? null, p.enterprise?.region?.code ?? null, p.segment.id, p.segment.depth, p.region.code]),
          expected.map((p) => {
            const e = p.enterprise as { id: string; region?: { code: string } | null } | null;
            const t = p.segment as { id: string; depth: number };
            return [p.id, p.name, p.stage, p.confidential, e?.id ?? null, e?.region?.code ?? null, t.id, t.depth, (p.region as { code: string }).code];
          }),
          `${JSON.stringify(variables)} ${s.segment.id}`,
        );
        seen += s.activeProjects.length;
      }
    }
    assert.ok(seen > 0, 'the fixture has active projects in these scopes');
  });

  it('lists are those of the gap rules: distinct local enterprises through children, largest first, then by id', async () => {
    const view = (a: Answer) => a.chainStatus.segments.map((s) => `${s.segment.id} [${s.localEnterprises!.map((e) => e.id).join(',')}]`);
    assert.deepEqual(view(await ask(LISTS, {})), [
      'up [e1]', // e1 once though in up-a and up-b; e2 is 黄岛, e3 北京
      'up-a [e1]',
      'up-b [e1]',
      'up-c []',
      'mid [e4,e6,e5]', // SMALL, MICRO, then no scale
      'mid-a [e4,e6]',
      'down []',
    ]);
    assert.deepEqual(view(await ask(LISTS, { scope: '370211' })), ['up [e1,e2]', 'up-a [e1,e2]', 'up-b [e1]', 'up-c []', 'mid [e4,e6,e5]', 'mid-a [e4,e6]', 'down []']);
    // strongAt and projected change the picture, never the lists
    assert.deepEqual(view(await ask(LISTS, { scope: '370211', strongAt: 5, projected: true })), view(await ask(LISTS, { scope: '370211' })));
  });

  it('computes the lists once per answer and keeps them in the result cache under their own key', async () => {
    const cache = app.app.services.cache;
    // a scope and threshold no other test asked for: the status and the lists are both computed
    const before = cache.stats();
    await ask(LISTS, { scope: '370200', strongAt: 4 });
    const first = cache.stats();
    assert.equal(first.misses - before.misses, 2); // chainStatus + chainStatusLists, once for all seven segments
    // another threshold: a new status, but the same lists from the cache
    await ask(LISTS, { scope: '370200', strongAt: 2 });
    const second = cache.stats();
    assert.equal(second.misses - first.misses, 1);
    assert.equal(second.hits - first.hits, 1);
    // the gap picture alone reads no list
    await ask(GAP, { scope: '370200', strongAt: 3 });
    const third = cache.stats();
    assert.equal(third.misses - second.misses, 1);
    assert.equal(third.hits - second.hits, 0);
  });

  it('the repository: the status computation holds no list, and the lists on demand equal the rows read with them under every reading plan', async () => {
    const status = await getChainStatus(db.runner, { chainId: 'c1', scope: 'QDEDZ', strongAt: 3, projected: false, includeConfidential: true });
    assert.deepEqual(
      status.segments.map((s) => [s.segment.id, 'localEnterprises' in s, s.lists]),
      status.segments.map((s) => [s.segment.id, false, { chainId: 'c1', scope: 'QDEDZ', evidence: 'ALL' }]),
    );
    const plans = [
      { byScopeMax: 3_000, page: 10_000, budget: 100_000 }, // from the scope's side
      { byScopeMax: 0, page: 1, budget: 1_000 }, // the ordered walk, one enterprise a page
      { byScopeMax: 0, page: 1, budget: 1 }, // the walk stops at once: the rest from the segments' side
    ];
    for (const scope of ['QDEDZ', '370211', '370000', '110000']) {
      for (const evidence of ['ALL', 'CONFIRMED'] as const) {
        const { rows } = await readStatusRowsWithTotal(db.runner, { chainId: 'c1', scope, includeConfidential: true, evidence });
        const expected = rows.filter((r) => r.locals.length).map((r) => `${r.segmentId} ${r.locals.map((e) => e.id).join(',')}`);
        // the fixture's placements carry no evidence (INFERRED): CONFIRMED lists are empty, ALL ones are not
        assert.equal(expected.length > 0, evidence === 'ALL', `${scope} ${evidence}`);
        for (const plan of plans) {
          const lists = await readLocalEnterpriseLists(db.runner, { chainId: 'c1', scope, evidence }, plan);
          const got = [...lists].filter(([, list]) => list.length).map(([id, list]) => `${id} ${list.map((e) => e.id).join(',')}`);
          assert.deepEqual(got.sort(), [...expected].sort(), `${scope} ${evidence} ${JSON.stringify(plan)}`);
        }
        const bare = await readStatusRowsWithTotal(db.runner, { chainId: 'c1', scope, includeConfidential: true, evidence, lists: false });
        assert.deepEqual(
          bare.rows.map((r) => [r.segmentId, r.localCount, r.locals.length]),
          rows.map((r) => [r.segmentId, r.localCount, 0]),
        );
      }
    }
  });
});

const PAGE = `query ($segmentId: ID!, $scope: ID, $first: Int, $after: ID, $evidence: EvidenceMode) {
  segmentLocals(chainId: "c1", segmentId: $segmentId, scope: $scope, first: $first, after: $after, evidence: $evidence) { totalCount enterprises { id } endCursor hasNextPage } }`;
type Page = { totalCount: number; enterprises: Array<{ id: string }>; endCursor: string | null; hasNextPage: boolean };

async function page(variables: Record<string, unknown>, role: 'admin' | 'viewer' = 'admin'): Promise<Page> {
  const body = await app.as(role)<{ segmentLocals: Page }>(PAGE, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!.segmentLocals;
}

describe("segmentLocals: a segment's local enterprises page by page", () => {
  it("walks the list order to the end, one page after another, with local(S) as the total; the first page is the map's list", async () => {
    const view = (p: Page) => `${p.totalCount} [${p.enterprises.map((e) => e.id).join(',')}] ${p.endCursor} ${p.hasNextPage}`;
    // mid: e4 SMALL, e6 MICRO, e5 no scale (through mid-a and mid itself); a viewer may read it
    assert.equal(view(await page({ segmentId: 'mid', first: 1 }, 'viewer')), '3 [e4] e4 true');
    assert.equal(view(await page({ segmentId: 'mid', first: 1, after: 'e4' })), '3 [e6] e6 true');
    assert.equal(view(await page({ segmentId: 'mid', first: 1, after: 'e6' })), '3 [e5] e5 false');
    assert.equal(view(await page({ segmentId: 'mid', first: 2, after: 'e5' })), '3 [] null false');
    assert.equal(view(await page({ segmentId: 'mid', first: 2 })), '3 [e4,e6] e6 true');
    // 黄岛: e1 LARGE before e2 MEDIUM; a cursor from another scale's part of the list
    assert.equal(view(await page({ segmentId: 'up-a', scope: '370211', first: 1 })), '2 [e1] e1 true');
    assert.equal(view(await page({ segmentId: 'up-a', scope: '370211', first: 1, after: 'e1' })), '2 [e2] e2 false');
    assert.equal(view(await page({ segmentId: 'up-c' })), '0 [] null false'); // e3 is in 北京
    assert.equal(view(await page({ segmentId: 'mid', evidence: 'CONFIRMED' })), '0 [] null false'); // the fixture's placements are INFERRED
    // the default first page (100) is the segment's list in the status map, for every segment and scope
    for (const scope of ['QDEDZ', '370211', '110000']) {
      const lists = await ask(LISTS, { scope });
      for (const s of lists.chainStatus.segments) {
        const p = await page({ segmentId: s.segment.id, scope });
        assert.deepEqual(
          p.enterprises,
          s.localEnterprises!.map((e) => ({ id: e.id })),
          `${scope} ${s.segment.id}`,
        );
        assert.equal(p.hasNextPage, false);
      }
    }
  });

  it('refuses a page size outside 1–500, an unknown cursor, segment or scope, saying which argument', async () => {
    const error = async (variables: Record<string, unknown>) => {
      const body = await app.graphql(PAGE, variables);
      const e = body.errors?.[0];
      return `${String(e?.extensions?.code)} ${String(e?.extensions?.argument ?? e?.extensions?.what ?? '')}`;
    };
    assert.equal(await error({ segmentId: 'mid', first: 0 }), 'BAD_USER_INPUT first');
    assert.equal(await error({ segmentId: 'mid', first: 501 }), 'BAD_USER_INPUT first');
    assert.equal(await error({ segmentId: 'mid', after: 'nobody' }), 'BAD_USER_INPUT after');
    assert.equal(await error({ segmentId: 'nope' }), 'NOT_FOUND segment');
    assert.equal(await error({ segmentId: 'mid', scope: 'XX' }), 'NOT_FOUND region');
  });
});
