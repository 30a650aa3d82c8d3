import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { dumpGraph } from '../../server/export/dump.js';
import { importWorkbook } from '../../server/import/index.js';
import { shanghaiDate } from '../../server/import/write.js';
import { AS_OF, governanceFixture } from '../fixtures/governance-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, governanceFixture);
});
afterAll(() => stopAll(app, db));

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

const json = (name: string, tables: object) => ({ filename: `${name}.json`, data: Buffer.from(JSON.stringify(tables)) });

const GOVERNANCE = `query ($chainId: ID!, $year: Int!, $asOf: String) {
  chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {
    asOf scope { code }
    chiefs { official { id name post } role }
    team { unit { id name } role }
    policies { id title }
    targets { indicator value kind computed actual progress expected pace }
    gapTasks { id segment { id } unit { id } status dueOn owner }
    unassignedGaps { id status }
  }
}`;

interface Target {
  indicator: string;
  value: number;
  kind: string;
  computed: boolean;
  actual: number | null;
  progress: number | null;
  expected: number;
  pace: string;
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 1e6) / 1e6);
const targetLine = (t: Target) => `${t.indicator} ${t.kind}${t.computed ? ' computed' : ''} actual=${round(t.actual)} expected=${round(t.expected)} progress=${round(t.progress)} ${t.pace}`;

describe('链长制: targets, pace, gap tasks', () => {
  it('gives every target its actual, expected value and pace at asOf, computed indicators from the graph', async () => {
    const { chainGovernance: g } = await gql<{ chainGovernance: { targets: Target[]; asOf: string; scope: { code: string } } }>(GOVERNANCE, { chainId: 'c1', year: 2026, asOf: AS_OF });
    assert.equal(g.asOf, AS_OF);
    assert.equal(g.scope.code, 'QDEDZ');
    assert.deepEqual(g.targets.map(targetLine), [
      'CHAIN_MASTER_LOCAL_RATE STOCK computed actual=0.333333 expected=0.5 progress=0.666667 BEHIND', // lowest of e4 1/2 and e6 1/3
      'LOCAL_ENTERPRISES STOCK computed actual=4 expected=5 progress=0.8 BEHIND', // e1, e4, e5, e6; 4 < 4.75
      'MISSING_SEGMENTS STOCK computed actual=2 expected=2 progress=1 ON_PACE', // leaves up-c, down
      'NO_ACTUAL FLOW actual=null expected=4.958904 progress=null NO_DATA', // 10 × 181 / 365
      'OUTPUT_MONTHS FLOW actual=190.05 expected=181 progress=0.520685 AHEAD', // months only: 50 + 50 + 90.05 = 181 × 1.05 exactly
      'OUTPUT_QUARTERS FLOW actual=171.95 expected=181 progress=0.471096 ON_PACE', // quarters over the year: 171.95 = 181 × 0.95 is not behind
      'OUTPUT_YEAR FLOW actual=171.9 expected=181 progress=0.470959 BEHIND', // no kind given: FLOW; 171.9 < 171.95
      'SIGNED_INVESTMENT_YI STOCK computed actual=12.5 expected=12.5 progress=1 ON_PACE', // 10 + 2.5 + pm-dropped (none)
      'SIGNED_PROJECTS FLOW computed actual=3 expected=1.983562 progress=0.75 AHEAD', // pm-over, pm-soon (signed on asOf), pm-dropped; not pm-track (07-01), pm-done (2025), p2 (北京)
      'STOCK_LEVEL STOCK actual=95 expected=100 progress=0.95 ON_PACE', // latest period 2026-Q2 (ends 06-30) over 2026-05; 95 = 100 × 0.95
      'STRONG_SEGMENTS STOCK computed actual=0 expected=1 progress=0 BEHIND', // mid is STRONG but not a leaf
    ]);
  });

  it('uses the 366 days of a leap year: 60 of 366 days elapsed at 2028-02-29', async () => {
    const { chainGovernance: g } = await gql<{ chainGovernance: { targets: Target[] } }>(GOVERNANCE, { chainId: 'c1', year: 2028, asOf: '2028-02-29' });
    // 31 + 32 = 63 = 60 × 1.05 → AHEAD; a 365-day year would expect 60.16 and call it ON_PACE.
    assert.deepEqual(g.targets.map(targetLine), ['LEAP FLOW actual=63 expected=60 progress=0.172131 AHEAD']);
    const before = await gql<{ chainGovernance: { targets: Target[] } }>(GOVERNANCE, { chainId: 'c1', year: 2028, asOf: '2027-12-31' });
    assert.deepEqual(before.chainGovernance.targets.map(targetLine), ['LEAP FLOW actual=63 expected=0 progress=0.172131 AHEAD']); // the year has not begun
  });

  it('lists chiefs, 链组, policies, gap tasks and the unassigned gaps', async () => {
    const { chainGovernance: g } = await gql<{ chainGovernance: Record<string, unknown> }>(GOVERNANCE, { chainId: 'c1', year: 2026, asOf: AS_OF });
    assert.deepEqual(g.chiefs, [
      { official: { id: 'o-chief', name: '管委主任', post: '管委主任' }, role: 'CHIEF' },
      { official: { id: 'o-deputy', name: '管委副主任', post: '管委副主任' }, role: 'DEPUTY' },
    ]);
    assert.deepEqual(g.team, [
      { unit: { id: 'u-inv', name: '投资促进局' }, role: 'LEAD' },
      { unit: { id: 'u-eco', name: '经济发展局' }, role: 'MEMBER' },
    ]);
    assert.deepEqual(g.policies, [{ id: 'pol-1', title: '测试链一链一策【示意】' }]);
    assert.deepEqual(g.gapTasks, [
      { id: 'gt-1', segment: { id: 'up-c' }, unit: { id: 'u-inv' }, status: 'OPEN', dueOn: '2026-09-30', owner: '招商一处' },
      { id: 'gt-4', segment: { id: 'mid' }, unit: { id: 'u-tech' }, status: 'OPEN', dueOn: null, owner: null },
      { id: 'gt-2', segment: { id: 'down' }, unit: { id: 'u-eco' }, status: 'DONE', dueOn: null, owner: null },
      { id: 'gt-3', segment: { id: 'mid-a' }, unit: { id: 'u-eco' }, status: 'CANCELLED', dueOn: null, owner: null },
    ]);
    // Leaves MISSING or WEAK: up-a, up-b, up-c (gt-1 open: claimed), mid-a (its task cancelled), down (its task done).
    assert.deepEqual(g.unassignedGaps, [
      { id: 'up-a', status: 'WEAK' },
      { id: 'up-b', status: 'WEAK' },
      { id: 'mid-a', status: 'WEAK' },
      { id: 'down', status: 'MISSING' },
    ]);
  });
});

const WORK = `query ($asOf: String, $dueSoonDays: Int, $filter: WorkChainFilter) {
  workChain(asOf: $asOf, dueSoonDays: $dueSoonDays, filter: $filter) {
    project { id } health daysOverdue responsibleUnit { id } responsiblePerson champion { id }
    milestones { id plannedOn doneOn health daysOverdue }
  }
}`;

interface Work {
  project: { id: string };
  health: string;
  daysOverdue: number;
  responsibleUnit: { id: string } | null;
  responsiblePerson: string | null;
  champion: { id: string } | null;
  milestones: Array<{ id: string; health: string; daysOverdue: number }>;
}

async function work(variables: Record<string, unknown>): Promise<Work[]> {
  return (await gql<{ workChain: Work[] }>(WORK, { asOf: AS_OF, ...variables })).workChain;
}

describe('工作链: milestone and project health', () => {
  it('judges every milestone at the boundaries and lists projects worst first, DROPPED left out', async () => {
    const items = await work({});
    assert.deepEqual(
      items.map((i) => `${i.project.id} ${i.health} ${i.daysOverdue}`),
      [
        'pm-over OVERDUE 29', // asOf − 06-01, its earliest OVERDUE milestone (done only on 07-01, after asOf)
        'pm-soon DUE_SOON 0',
        'pm-track ON_TRACK 0',
        'p1 NO_PLAN 0',
        'p2 NO_PLAN 0',
        'p4 NO_PLAN 0',
        'p5 NO_PLAN 0',
        'p6 NO_PLAN 0',
        'p7 NO_PLAN 0',
        'pm-noplan NO_PLAN 0',
        'pm-done COMPLETE 0', // pm-dropped and p3 (DROPPED) are not listed
      ],
    );
    const health = Object.fromEntries(items.flatMap((i) => i.milestones.map((m) => [m.id, `${m.health} ${m.daysOverdue}`])));
    assert.deepEqual(health, {
      'm-over-4': 'OVERDUE 29', // done 07-01, after asOf: open at asOf
      'm-over-2': 'OVERDUE 10',
      'm-over-1': 'OVERDUE 1', // planned the day before asOf
      'm-over-3': 'DONE 0', // done on the planned day
      'm-soon-1': 'DUE_SOON 0', // due today is not overdue
      'm-soon-2': 'DUE_SOON 0', // planned exactly asOf + 14
      'm-soon-3': 'ON_TRACK 0', // asOf + 15
      'm-track-2': 'DONE_LATE 0', // done a day late
      'm-track-1': 'ON_TRACK 0',
      'm-track-3': 'ON_TRACK 0', // done 07-02, after asOf: still open at asOf
      'm-done-1': 'DONE 0', // done early
      'm-done-2': 'DONE_LATE 0',
    });
    const over = items[0]!;
    assert.deepEqual([over.responsibleUnit, over.responsiblePerson, over.champion], [{ id: 'u-inv' }, '招商一处处长', { id: 'o-chief' }]);
  });

  it('takes dueSoonDays: at 15 the milestones due in 15 days become DUE_SOON', async () => {
    const items = await work({ dueSoonDays: 15 });
    assert.deepEqual(
      items.slice(0, 3).map((i) => `${i.project.id} ${i.health}`),
      ['pm-over OVERDUE', 'pm-soon DUE_SOON', 'pm-track DUE_SOON'],
    );
    const zero = await work({ dueSoonDays: 0 });
    assert.deepEqual(
      zero.slice(0, 2).map((i) => `${i.project.id} ${i.health}`),
      ['pm-over OVERDUE', 'pm-soon DUE_SOON'],
    ); // due today still DUE_SOON at 0
  });

  it('filters by unit, health, list and key', async () => {
    assert.deepEqual(
      (await work({ filter: { unitId: 'u-eco' } })).map((i) => i.project.id),
      ['pm-track', 'pm-done'],
    );
    assert.deepEqual(
      (await work({ filter: { health: 'NO_PLAN', list: 'NEGOTIATING_LIST' } })).map((i) => i.project.id),
      ['p1', 'pm-noplan'],
    );
    assert.deepEqual(
      (await work({ filter: { key: true } })).map((i) => i.project.id),
      ['pm-over'],
    );
    assert.deepEqual(
      (await work({ filter: { list: 'INVESTMENT_SUPPORT' } })).map((i) => i.project.id),
      ['pm-over', 'pm-track', 'pm-done'],
    );
  });

  it('scores each responsible unit over its projects’ milestones', async () => {
    const { unitScorecard } = await gql<{ unitScorecard: unknown[] }>(
      `query ($asOf: String) { unitScorecard(asOf: $asOf) { unit { id } overdue dueSoon onTrack done doneLate projects byHealth { overdue dueSoon onTrack complete noPlan } } }`,
      { asOf: AS_OF },
    );
    assert.deepEqual(unitScorecard, [
      // pm-over (3 overdue, 1 done) + pm-soon (2 due soon, 1 on track); pm-dropped left out
      { unit: { id: 'u-inv' }, overdue: 3, dueSoon: 2, onTrack: 1, done: 1, doneLate: 0, projects: 2, byHealth: { overdue: 1, dueSoon: 1, onTrack: 0, complete: 0, noPlan: 0 } },
      { unit: { id: 'u-eco' }, overdue: 0, dueSoon: 0, onTrack: 2, done: 1, doneLate: 2, projects: 2, byHealth: { overdue: 0, dueSoon: 0, onTrack: 1, complete: 1, noPlan: 0 } },
      { unit: { id: 'u-land' }, overdue: 0, dueSoon: 0, onTrack: 0, done: 0, doneLate: 0, projects: 1, byHealth: { overdue: 0, dueSoon: 0, onTrack: 0, complete: 0, noPlan: 1 } },
    ]);
  });

  it('puts a bulletin together: totals, overdue by unit, done in the period, gaps', async () => {
    const { bulletin } = await gql<{ bulletin: Record<string, unknown> }>(
      `query { bulletin(from: "2026-06-01", to: "2026-06-30", asOf: "${AS_OF}") {
        number asOf projects byHealth { health count } byList { list count overdue }
        overdueByUnit { unit { id } items { project { id } milestone { id } plannedOn daysOverdue responsiblePerson champion { id } } }
        doneInPeriod { milestone { id } doneOn late }
        unassignedGaps { chain { id } segments { id } }
      } }`,
    );
    assert.equal(bulletin.number, '〔2026〕0630号');
    assert.equal(bulletin.projects, 11);
    assert.deepEqual(bulletin.byHealth, [
      { health: 'OVERDUE', count: 1 },
      { health: 'DUE_SOON', count: 1 },
      { health: 'ON_TRACK', count: 1 },
      { health: 'NO_PLAN', count: 7 },
      { health: 'COMPLETE', count: 1 },
    ]);
    assert.deepEqual(bulletin.byList, [
      { list: 'NEGOTIATING_LIST', count: 2, overdue: 0 },
      { list: 'SIGNED_REGISTERED', count: 3, overdue: 0 },
      { list: 'NEW_LAND', count: 1, overdue: 0 },
      { list: 'UNDER_CONSTRUCTION', count: 3, overdue: 1 },
      { list: 'INVESTMENT_SUPPORT', count: 3, overdue: 1 },
    ]);
    const line = (id: string, m: string, plannedOn: string, days: number) => ({
      project: { id },
      milestone: { id: m },
      plannedOn,
      daysOverdue: days,
      responsiblePerson: '招商一处处长',
      champion: { id: 'o-chief' },
    });
    assert.deepEqual(bulletin.overdueByUnit, [
      { unit: { id: 'u-inv' }, items: [line('pm-over', 'm-over-4', '2026-06-01', 29), line('pm-over', 'm-over-2', '2026-06-20', 10), line('pm-over', 'm-over-1', '2026-06-29', 1)] },
    ]);
    assert.deepEqual(bulletin.doneInPeriod, [{ milestone: { id: 'm-over-3' }, doneOn: '2026-06-30', late: false }]); // m-over-4 was done on 07-01
    assert.deepEqual(bulletin.unassignedGaps, [{ chain: { id: 'c1' }, segments: [{ id: 'up-a' }, { id: 'up-b' }, { id: 'mid-a' }, { id: 'down' }] }]);
  });
});

describe('stage history and editing', () => {
  it('records a stage change by import, by edit and on the board, once each, with the user and the China date', async () => {
    const again = await importWorkbook(db.runner, json('same', { projects: governanceFixture.projects }));
    assert.equal(again.ok, true);
    assert.deepEqual(again.counts.projects, { rows: 13, created: 0, updated: 0 }); // idempotent: no change, no history
    const moved = governanceFixture.projects.map((p) => (p.id === 'pm-soon' ? { ...p, stage: 'REGISTERED' } : p));
    await importWorkbook(db.runner, json('moved', { projects: moved }), { actor: { user: 'cli:zhang', via: 'IMPORT' } });
    await gql(`mutation { moveProject(id: "pm-soon", stage: LAND_ACQUIRED) { id } }`);
    await gql(`mutation { moveProject(id: "pm-soon", stage: LAND_ACQUIRED) { id } }`); // no change: nothing recorded
    const { stageHistory } = await gql<{ stageHistory: Array<Record<string, unknown>> }>(`query { stageHistory(projectId: "pm-soon") { from to on user via } }`);
    const today = shanghaiDate();
    assert.deepEqual(stageHistory, [
      { from: 'SIGNED', to: 'REGISTERED', on: today, user: 'cli:zhang', via: 'IMPORT' },
      { from: 'REGISTERED', to: 'LAND_ACQUIRED', on: today, user: 'test-admin', via: 'BOARD' },
    ]);
    const { bulletin } = await gql<{ bulletin: { stageChanges: Array<{ projectId: string; to: string }> } }>(`query { bulletin(from: "${today}", to: "${today}") { stageChanges { projectId to } } }`);
    assert.deepEqual(bulletin.stageChanges, [
      { projectId: 'pm-soon', to: 'REGISTERED' },
      { projectId: 'pm-soon', to: 'LAND_ACQUIRED' },
    ]);
    // Put it back for the other tests (through a single edit, recorded as EDIT).
    await importWorkbook(db.runner, json('back', { projects: governanceFixture.projects }), { actor: { user: 'test-editor', via: 'EDIT' } });
  });

  it('marks a milestone done through the import validation, audited, and the health follows', async () => {
    const bad = await app.as('editor')(`mutation { markMilestoneDone(id: "m-soon-1", doneOn: "2026-6-30") }`);
    assert.match(bad.errors?.[0]?.message ?? '', /done_on: “2026-6-30”不是有效日期/);
    const viewer = await app.as('viewer')(`mutation { markMilestoneDone(id: "m-soon-1", doneOn: "2026-06-30") }`);
    assert.equal(viewer.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const ok = await app.as('editor')(`mutation { markMilestoneDone(id: "m-soon-1", doneOn: "2026-06-30") }`);
    assert.equal(ok.errors, undefined);
    const item = (await work({})).find((i) => i.project.id === 'pm-soon')!;
    assert.equal(item.milestones.find((m) => m.id === 'm-soon-1')!.health, 'DONE');
    assert.equal(item.health, 'DUE_SOON'); // m-soon-2 is still due within 14 days
    const { auditLog } = await gql<{ auditLog: Array<{ action: string; target: string; user: string }> }>(`query { auditLog(limit: 5) { action target user } }`);
    assert.deepEqual(auditLog[0], { action: 'markMilestoneDone', target: 'm-soon-1', user: 'test-editor' });
    await importWorkbook(db.runner, json('undo', { milestones: governanceFixture.milestones }));
  });
});

describe('import of the governance tables', () => {
  it('reports every bad row as table, row and column and writes nothing', async () => {
    const before = await dumpGraph(db.runner);
    const result = await importWorkbook(
      db.runner,
      json('bad', {
        units: [{ id: 'u-x', name: '新单位', kind: 'BUREAU' }],
        chain_chiefs: [{ chain_id: 'c1', official_id: 'o-none', role: 'CHIEF' }],
        targets: [
          { chain_id: 'c1', year: 2026, indicator: 'X', value: 'abc' },
          { chain_id: 'c1', year: '26', indicator: 'Y', value: 1 },
          { chain_id: 'c1', year: 2026, indicator: 'OUTPUT_MONTHS', value: 1 },
          { chain_id: 'c1', year: 2026, indicator: 'OUTPUT_MONTHS', value: 2 },
        ],
        actuals: [
          { chain_id: 'c1', indicator: 'X', period: '2026-13', value: 1 },
          { chain_id: 'c1', indicator: 'X', period: '2026-Q5', value: 1 },
        ],
        gap_tasks: [{ id: 'gt-x', segment_id: 'up-a', unit_id: 'u-x', title: 't', status: 'PENDING', due_on: '2026-02-30' }],
        milestones: [
          { id: 'm-x', project_id: 'nope', name: '开工', planned_on: '2026-01-01' },
          { id: 'm-y', project_id: 'pm-over', name: '开工' },
        ],
      }),
      { lang: 'en' },
    );
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map((e) => `${e.table} ${e.row} ${e.column}: ${e.message}`),
      [
        'units 2 kind: "BUREAU" is not a valid value; expected one of DEPARTMENT, STREET, PARK_OPERATOR, STATE_COMPANY, OTHER',
        'chain_chiefs 2 official_id: no official "o-none" in the workbook or the database',
        'targets 2 value: "abc" is not a number',
        'targets 3 year: "26" is not a valid year; a year is from 1949 to 2100, e.g. 2024',
        'targets 5 chain_id: duplicate: c1 → 2026 → OUTPUT_MONTHS already appears in row 4',
        'actuals 2 period: "2026-13" is not a period; periods are YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03',
        'actuals 3 period: "2026-Q5" is not a period; periods are YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03',
        'gap_tasks 2 due_on: "2026-02-30" is not a valid date; dates are YYYY-MM-DD, e.g. 2021-06-30',
        'gap_tasks 2 status: "PENDING" is not a valid value; expected one of OPEN, DONE, CANCELLED',
        'milestones 2 project_id: no project "nope" in the workbook or the database',
        'milestones 3 planned_on: required',
      ],
    );
    assert.deepEqual(await dumpGraph(db.runner), before);
  });

  it('imports the fixture a second time without changing anything', async () => {
    const before = await dumpGraph(db.runner);
    const again = await importWorkbook(db.runner, json('again', governanceFixture));
    assert.equal(again.ok, true);
    for (const table of ['units', 'officials', 'projects', 'chain_chiefs', 'chain_team', 'policies', 'targets', 'actuals', 'gap_tasks', 'milestones']) {
      assert.deepEqual([table, again.counts[table]!.created, again.counts[table]!.updated], [table, 0, 0]);
    }
    assert.deepEqual(await dumpGraph(db.runner), before);
  });
});
