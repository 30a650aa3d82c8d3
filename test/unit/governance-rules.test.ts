import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { actualFor, addDays, daysElapsed, daysInYear, effectiveKind, expectedAt, milestoneHealth, paceOf, periodEnd, projectHealth } from '../../server/governance/rules.js';

describe('链长制 and 工作链 rules, as pure functions', () => {
  it('counts days in China calendar dates, asOf included', () => {
    assert.equal(daysElapsed(2026, '2026-01-01'), 1); // 1 January is the first day elapsed
    assert.equal(daysElapsed(2026, '2026-12-31'), 365);
    assert.equal(daysElapsed(2028, '2028-12-31'), 366);
    assert.equal(daysElapsed(2026, '2025-12-31'), 0);
    assert.equal(daysElapsed(2026, '2027-01-01'), 365);
    assert.deepEqual([daysInYear(2100), daysInYear(2000)], [365, 366]); // century rule
    assert.equal(addDays('2026-12-25', 14), '2027-01-08');
    assert.equal(expectedAt(365, 'FLOW', 2026, '2026-06-30'), 181);
    assert.equal(expectedAt(100, 'STOCK', 2026, '2026-01-01'), 100);
  });

  it('takes the finest granularity for FLOW and the latest period for STOCK', () => {
    const periods = [
      { period: '2026', value: 1000 },
      { period: '2026-Q4', value: 300 },
      { period: '2026-12', value: 7 },
      { period: '2027-01', value: 99 },
    ];
    assert.equal(actualFor('FLOW', 2026, periods), 7); // months beat quarters beat the year; 2027 is another year
    assert.equal(actualFor('STOCK', 2026, periods), 7); // 2026-12, 2026-Q4 and 2026 all end 12-31: the finest wins
    assert.equal(actualFor('FLOW', 2025, periods), null);
    assert.deepEqual([periodEnd('2026-Q1'), periodEnd('2028-02'), periodEnd('2026')], ['2026-03-31', '2028-02-29', '2026-12-31']);
  });

  it('judges pace at ×1.05 and ×0.95 exactly', () => {
    assert.equal(paceOf(105, 100), 'AHEAD');
    assert.equal(paceOf(104.99, 100), 'ON_PACE');
    assert.equal(paceOf(95, 100), 'ON_PACE');
    assert.equal(paceOf(94.99, 100), 'BEHIND');
    assert.equal(paceOf(null, 100), 'NO_DATA');
    assert.equal(paceOf(0, 0), 'AHEAD'); // nothing expected yet and nothing done: at least on pace
    assert.deepEqual(
      [effectiveKind('SIGNED_PROJECTS', null), effectiveKind('LOCAL_ENTERPRISES', null), effectiveKind('OUTPUT', null), effectiveKind('OUTPUT', 'STOCK')],
      ['FLOW', 'STOCK', 'FLOW', 'STOCK'],
    );
  });

  it('judges milestones and projects', () => {
    const asOf = '2026-06-30';
    const m = (plannedOn: string, doneOn: string | null = null) => ({ plannedOn, doneOn, health: milestoneHealth({ plannedOn, doneOn }, asOf, 14) });
    assert.deepEqual(
      [m('2026-06-30', '2026-06-30'), m('2026-06-29', '2026-06-30'), m('2026-06-29'), m('2026-06-30'), m('2026-07-14'), m('2026-07-15'), m('2026-06-01', '2026-07-01')].map((x) => x.health),
      ['DONE', 'DONE_LATE', 'OVERDUE', 'DUE_SOON', 'DUE_SOON', 'ON_TRACK', 'OVERDUE'],
    );
    assert.deepEqual(projectHealth([m('2026-06-20'), m('2026-06-29'), m('2026-07-01')], asOf), { health: 'OVERDUE', daysOverdue: 10 });
    assert.deepEqual(projectHealth([m('2026-07-20'), m('2026-01-01', '2026-01-01')], asOf), { health: 'ON_TRACK', daysOverdue: 0 });
    assert.deepEqual(projectHealth([m('2026-01-01', '2026-01-02')], asOf), { health: 'COMPLETE', daysOverdue: 0 });
    assert.deepEqual(projectHealth([], asOf), { health: 'NO_PLAN', daysOverdue: 0 });
  });
});
