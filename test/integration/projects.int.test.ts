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

const PROJECTS = `query ($filter: ProjectFilter, $limit: Int, $scope: ID) { projects(filter: $filter, limit: $limit, scope: $scope) { id } }`;

/** The ids a query lists; every region's unless a scope is given (null: none given, the server's default). */
async function projectIds(filter?: Record<string, unknown>, limit?: number, role: 'admin' | 'viewer' | 'analyst' = 'admin', scope: string | null = '*'): Promise<string[]> {
  const body = await app.as(role)<{ projects: Array<{ id: string }> }>(PROJECTS, { filter, limit, scope });
  assert.deepEqual(body.errors, undefined, JSON.stringify(filter));
  return body.data!.projects.map((p) => p.id);
}

describe('projects', () => {
  it('lists every non-confidential project in pipeline order, then id', async () => {
    assert.deepEqual(await projectIds(), [
      'p-jp-lead', // LEAD
      'p-sz-driver', // NEGOTIATING
      'p-bj-glass', // SIGNED
      'p-registered', // REGISTERED
      'p-land', // LAND_ACQUIRED
      'p-qd-city', // UNDER_CONSTRUCTION (p-secret is confidential)
      'p-uc-zero',
      'p-boe-line', // IN_PRODUCTION
      'p-sz-film', // DROPPED
    ]);
  });

  it('includes confidential projects only on request, and only for roles that may see them', async () => {
    const withSecret = ['p-jp-lead', 'p-sz-driver', 'p-bj-glass', 'p-registered', 'p-land', 'p-qd-city', 'p-secret', 'p-uc-zero', 'p-boe-line', 'p-sz-film'];
    assert.deepEqual(await projectIds({ includeConfidential: true }), withSecret);
    assert.deepEqual(await projectIds({ includeConfidential: true }, undefined, 'analyst'), withSecret);
    assert.deepEqual(
      await projectIds({ includeConfidential: true }, undefined, 'viewer'),
      withSecret.filter((id) => id !== 'p-secret'),
    );
  });

  it('answers the five lists', async () => {
    assert.deepEqual(await projectIds({ list: 'NEGOTIATING_LIST' }), ['p-sz-driver']);
    assert.deepEqual(await projectIds({ list: 'SIGNED_REGISTERED' }), ['p-bj-glass', 'p-registered']);
    assert.deepEqual(await projectIds({ list: 'NEW_LAND' }), ['p-land']);
    assert.deepEqual(await projectIds({ list: 'UNDER_CONSTRUCTION' }), ['p-qd-city', 'p-uc-zero']);
    assert.deepEqual(await projectIds({ list: 'UNDER_CONSTRUCTION', includeConfidential: true }), ['p-qd-city', 'p-secret', 'p-uc-zero']);
    // Under construction or in production with an investment above 0: p-uc-zero records none.
    assert.deepEqual(await projectIds({ list: 'INVESTMENT_SUPPORT' }), ['p-qd-city', 'p-boe-line']);
    assert.deepEqual(await projectIds({ list: 'INVESTMENT_SUPPORT', includeConfidential: true }), ['p-qd-city', 'p-secret', 'p-boe-line']);
  });

  it('is scoped to the home region (QDEDZ here) by default; a scope widens or narrows it, `*` lists every region', async () => {
    // p-qd-city is the one project outside QDEDZ (济南 370102): the default leaves it out.
    const zone = ['p-jp-lead', 'p-sz-driver', 'p-bj-glass', 'p-registered', 'p-land', 'p-uc-zero', 'p-boe-line', 'p-sz-film'];
    assert.deepEqual(await projectIds(undefined, undefined, 'admin', null), zone);
    assert.deepEqual(await projectIds({ list: 'INVESTMENT_SUPPORT' }, undefined, 'admin', null), ['p-boe-line']);
    assert.deepEqual(await projectIds({ list: 'INVESTMENT_SUPPORT' }, undefined, 'admin', '*'), ['p-qd-city', 'p-boe-line']);
    assert.deepEqual(await projectIds(undefined, undefined, 'admin', '370100'), ['p-qd-city']);
    assert.deepEqual(await projectIds(undefined, undefined, 'admin', 'QDEDZ-SINO'), ['p-bj-glass', 'p-land']);
    // A filter region without a scope stands alone (it may lie outside the home region) …
    assert.deepEqual(await projectIds({ region: '370100' }, undefined, 'admin', null), ['p-qd-city']);
    // … and with one, both must hold.
    assert.deepEqual(await projectIds({ region: '370100' }, undefined, 'admin', 'QDEDZ'), []);
    const body = await app.as('admin')<unknown>(PROJECTS, { scope: 'nope' });
    assert.equal(body.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  it('filters by stages (with a list: both must hold)', async () => {
    assert.deepEqual(await projectIds({ stages: ['DROPPED', 'LEAD'] }), ['p-jp-lead', 'p-sz-film']);
    assert.deepEqual(await projectIds({ stages: ['SIGNED', 'IN_PRODUCTION'], list: 'SIGNED_REGISTERED' }), ['p-bj-glass']);
    assert.deepEqual(await projectIds({ stages: ['LEAD'], list: 'NEW_LAND' }), []);
  });

  it('filters by region (in or within), chain and segment (or below)', async () => {
    // Everything but p-qd-city (历下区); p-bj-glass and p-land are one level down, in QDEDZ-SINO.
    assert.deepEqual(await projectIds({ region: 'QDEDZ' }), ['p-jp-lead', 'p-sz-driver', 'p-bj-glass', 'p-registered', 'p-land', 'p-uc-zero', 'p-boe-line', 'p-sz-film']);
    assert.deepEqual(await projectIds({ region: 'QDEDZ-SINO' }), ['p-bj-glass', 'p-land']);
    assert.deepEqual(await projectIds({ region: '370100' }), ['p-qd-city']);
    assert.deepEqual(await projectIds({ chainId: 'chip' }), ['p-land']);
    // d-materials counts its children d-glass and d-film.
    assert.deepEqual(await projectIds({ segmentId: 'd-materials' }), ['p-jp-lead', 'p-bj-glass', 'p-registered', 'p-qd-city', 'p-sz-film']);
    assert.deepEqual(await projectIds({ segmentId: 'd-glass', region: 'QDEDZ', list: 'SIGNED_REGISTERED' }), ['p-bj-glass']);
  });

  it('applies limit, and rejects bad arguments and unknown ids', async () => {
    assert.deepEqual(await projectIds(undefined, 2), ['p-jp-lead', 'p-sz-driver']);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ limit: 0 }, 'BAD_USER_INPUT'],
      [{ filter: { region: 'nope' } }, 'NOT_FOUND'],
      [{ filter: { chainId: 'nope' } }, 'NOT_FOUND'],
      [{ filter: { segmentId: 'nope' } }, 'NOT_FOUND'],
    ];
    for (const [variables, code] of cases) {
      const body = await app.graphql(PROJECTS, variables);
      assert.equal(body.errors?.[0]?.extensions?.code, code, JSON.stringify(variables));
    }
  });
});

describe('project', () => {
  const PROJECT = `query ($id: ID!) { project(id: $id) {
    id name stage investmentYi signedOn plannedProductionOn confidential
    enterprise { id name } segment { id depth } region { code parentCode } park { id }
  } }`;

  it('answers a project with the shared projection, and null for an unknown id', async () => {
    assert.deepEqual(await app.graphql(PROJECT, { id: 'p-bj-glass' }), {
      data: {
        project: {
          id: 'p-bj-glass',
          name: '北京玻璃青岛基地项目',
          stage: 'SIGNED',
          investmentYi: 12.5,
          signedOn: '2024-03-01',
          plannedProductionOn: '2025-12-31',
          confidential: false,
          enterprise: { id: 'bj-glass', name: '北京玻璃有限公司' },
          segment: { id: 'd-glass', depth: 1 },
          region: { code: 'QDEDZ-SINO', parentCode: 'QDEDZ' },
          park: { id: 'park-sino' },
        },
      },
    });
    assert.deepEqual(await app.graphql(PROJECT, { id: 'nope' }), { data: { project: null } });
  });

  it('shows a confidential project only to roles that may see it', async () => {
    const admin = await app.graphql<{ project: { id: string; confidential: boolean; enterprise: null; park: null } }>(PROJECT, { id: 'p-secret' });
    assert.deepEqual([admin.data!.project.id, admin.data!.project.confidential, admin.data!.project.enterprise, admin.data!.project.park], ['p-secret', true, null, null]);
    assert.deepEqual(await app.as('viewer')(PROJECT, { id: 'p-secret' }), { data: { project: null } });
  });
});

describe('projects: caps', () => {
  beforeAll(async () => {
    const result = await importWorkbook(db.runner, workbookSource(capWorkbook(), 'caps.json'));
    assert.deepEqual(result.errors, []);
  });

  it('returns at most 1000 projects', async () => {
    const ids = await projectIds({ stages: ['LEAD'] }, 5000);
    assert.equal(ids.length, 1000);
    // 1002 LEAD projects by id: cap-p-0001 … cap-p-1000 come first, cap-p-1001 and p-jp-lead are cut.
    assert.deepEqual([ids[0], ids[999]], ['cap-p-0001', 'cap-p-1000']);
  });
});
