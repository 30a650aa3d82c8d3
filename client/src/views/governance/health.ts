/** Colours of health and pace, shared by the 链长制 page, the 工作链 and the bulletin preview. */
export const HEALTH_COLOR: Record<string, string> = {
  OVERDUE: '#cf1322',
  DUE_SOON: '#d48806',
  ON_TRACK: '#1677ff',
  COMPLETE: '#389e0d',
  NO_PLAN: '#8c8c8c',
  DONE: '#389e0d',
  DONE_LATE: '#7cb305',
};

export const PACE_COLOR: Record<string, string> = { AHEAD: '#389e0d', ON_PACE: '#1677ff', BEHIND: '#cf1322', NO_DATA: '#bfbfbf' };

/** The date in China (Asia/Shanghai, UTC+8) as YYYY-MM-DD: the default asOf of every view. */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A number as staff write it: at most two decimals, no trailing zeros. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return String(Math.round(value * 100) / 100);
}
