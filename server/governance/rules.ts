/**
 * The 链长制 and 工作链 rules of PRODUCT.md Part 2, word for word, as pure functions of dates and
 * numbers. Dates are calendar dates `YYYY-MM-DD` (China time); nothing here reads the clock.
 */

export type MilestoneHealth = 'DONE' | 'DONE_LATE' | 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK';
export type ProjectHealth = 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK' | 'COMPLETE' | 'NO_PLAN';
export type Pace = 'AHEAD' | 'BEHIND' | 'ON_PACE' | 'NO_DATA';
export type IndicatorKind = 'FLOW' | 'STOCK';

export const DEFAULT_DUE_SOON_DAYS = 14;
/** Worst first: the order of the 工作链 list and of the bulletin's totals. */
export const PROJECT_HEALTH_ORDER: ProjectHealth[] = ['OVERDUE', 'DUE_SOON', 'ON_TRACK', 'NO_PLAN', 'COMPLETE'];

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (no time zone enters: the date is the date). */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** b − a in days. */
export const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);

export interface MilestoneDates {
  plannedOn: string;
  doneOn: string | null;
}

/**
 * DONE when done_on ≤ asOf and done_on ≤ planned_on; DONE_LATE when done_on ≤ asOf and done_on >
 * planned_on; otherwise open: OVERDUE when planned_on < asOf; DUE_SOON when planned_on ≤ asOf +
 * dueSoonDays; else ON_TRACK. A done date after asOf leaves the milestone open at asOf.
 */
export function milestoneHealth(m: MilestoneDates, asOf: string, dueSoonDays: number): MilestoneHealth {
  if (m.doneOn !== null && m.doneOn <= asOf) return m.doneOn <= m.plannedOn ? 'DONE' : 'DONE_LATE';
  if (m.plannedOn < asOf) return 'OVERDUE';
  if (m.plannedOn <= addDays(asOf, dueSoonDays)) return 'DUE_SOON';
  return 'ON_TRACK';
}

export const isOpen = (h: MilestoneHealth) => h === 'OVERDUE' || h === 'DUE_SOON' || h === 'ON_TRACK';

/**
 * OVERDUE if any open milestone is OVERDUE, else DUE_SOON if any is DUE_SOON, else ON_TRACK if
 * any is open, else COMPLETE when it has milestones, else NO_PLAN. daysOverdue = asOf − the
 * earliest planned_on among its OVERDUE milestones (0 when none).
 */
export function projectHealth(milestones: Array<MilestoneDates & { health: MilestoneHealth }>, asOf: string): { health: ProjectHealth; daysOverdue: number } {
  const overdue = milestones.filter((m) => m.health === 'OVERDUE');
  if (overdue.length) {
    const earliest = overdue.map((m) => m.plannedOn).sort()[0]!;
    return { health: 'OVERDUE', daysOverdue: daysBetween(earliest, asOf) };
  }
  if (milestones.some((m) => m.health === 'DUE_SOON')) return { health: 'DUE_SOON', daysOverdue: 0 };
  if (milestones.some((m) => isOpen(m.health))) return { health: 'ON_TRACK', daysOverdue: 0 };
  return { health: milestones.length ? 'COMPLETE' : 'NO_PLAN', daysOverdue: 0 };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export const daysInYear = (year: number) => (isLeapYear(year) ? 366 : 365);

/**
 * Days of `year` elapsed at asOf, asOf included: 1 on 1 January. An asOf before the year gives 0,
 * one after it the whole year.
 */
export function daysElapsed(year: number, asOf: string): number {
  const asOfYear = Number(asOf.slice(0, 4));
  if (asOfYear < year) return 0;
  if (asOfYear > year) return daysInYear(year);
  return daysBetween(`${year}-01-01`, asOf) + 1;
}

/** FLOW: value × (days elapsed in the year, asOf included) / (days in the year); STOCK: value. */
export function expectedAt(value: number, kind: IndicatorKind, year: number, asOf: string): number {
  return kind === 'STOCK' ? value : (value * daysElapsed(year, asOf)) / daysInYear(year);
}

/**
 * `a ≥ b` for amounts that went through decimal arithmetic: 181 × 1.05 is 190.04999999999998 in
 * binary floating point, and an actual of 190.05 must count as reaching it.
 */
function atLeast(a: number, b: number): boolean {
  return a >= b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** AHEAD when actual ≥ expected × 1.05, BEHIND when actual < expected × 0.95, else ON_PACE; NO_DATA without an actual. */
export function paceOf(actual: number | null, expected: number): Pace {
  if (actual === null) return 'NO_DATA';
  if (atLeast(actual, expected * 1.05)) return 'AHEAD';
  if (!atLeast(actual, expected * 0.95)) return 'BEHIND';
  return 'ON_PACE';
}

export type Granularity = 'YEAR' | 'QUARTER' | 'MONTH';

export function granularityOf(period: string): Granularity {
  if (period.length === 4) return 'YEAR';
  return period[5] === 'Q' ? 'QUARTER' : 'MONTH';
}

const FINENESS: Record<Granularity, number> = { YEAR: 0, QUARTER: 1, MONTH: 2 };

/** The last day of a period: 2026 → 2026-12-31, 2026-Q2 → 2026-06-30, 2026-02 → 2026-02-28. */
export function periodEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  const g = granularityOf(period);
  const lastMonth = g === 'YEAR' ? 12 : g === 'QUARTER' ? Number(period.slice(6)) * 3 : Number(period.slice(5, 7));
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

export interface PeriodValue {
  period: string;
  value: number;
}

/**
 * The actual of an indicator for a year from its reported periods (only those of that year count):
 * FLOW — the sum over the finest granularity present (months, else quarters, else the year);
 * STOCK — the value of the latest period (by its last day; at the same last day the finer period).
 * null when the year has no period.
 */
export function actualFor(kind: IndicatorKind, year: number, periods: PeriodValue[]): number | null {
  const own = periods.filter((p) => Number(p.period.slice(0, 4)) === year);
  if (!own.length) return null;
  if (kind === 'FLOW') {
    const finest = Math.max(...own.map((p) => FINENESS[granularityOf(p.period)]));
    return own.filter((p) => FINENESS[granularityOf(p.period)] === finest).reduce((sum, p) => sum + p.value, 0);
  }
  const latest = [...own].sort((a, b) =>
    periodEnd(a.period) < periodEnd(b.period) ? 1 : periodEnd(a.period) > periodEnd(b.period) ? -1 : FINENESS[granularityOf(b.period)] - FINENESS[granularityOf(a.period)],
  )[0]!;
  return latest.value;
}

export const COMPUTED_INDICATORS = ['SIGNED_PROJECTS', 'SIGNED_INVESTMENT_YI', 'LOCAL_ENTERPRISES', 'STRONG_SEGMENTS', 'MISSING_SEGMENTS', 'CHAIN_MASTER_LOCAL_RATE'] as const;
export type ComputedIndicator = (typeof COMPUTED_INDICATORS)[number];

export const isComputed = (indicator: string): indicator is ComputedIndicator => (COMPUTED_INDICATORS as readonly string[]).includes(indicator);

/**
 * The kind a target is judged by when its row gives none: the signed projects and investment of
 * the year accumulate (FLOW); counts of what the chain has and the supporting rate are levels
 * (STOCK); an indicator reported through actuals accumulates unless the row says STOCK.
 */
export function effectiveKind(indicator: string, kind: IndicatorKind | null): IndicatorKind {
  if (kind) return kind;
  if (!isComputed(indicator)) return 'FLOW';
  return indicator === 'SIGNED_PROJECTS' || indicator === 'SIGNED_INVESTMENT_YI' ? 'FLOW' : 'STOCK';
}
