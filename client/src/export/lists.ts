import { translate, type Lang, type MessageKey } from '../i18n/index.js';
import { safeCell } from './cells.js';

/** The lists behind a chain map, as the user sees them (names and words already in the UI language). */
export interface GapRow {
  segmentId: string;
  segment: string;
  parent: string;
  stage: string;
  status: string;
  local: number;
  filling: boolean;
}
export interface TargetRow {
  segment: string;
  rank: number;
  enterprise: string;
  enterpriseId: string;
  score: number;
  breakdown: string;
  region: string;
}
export interface ProjectRow {
  project: string;
  stage: string;
  enterprise: string;
  segment: string;
  investment: number | null;
  signedOn: string;
  plannedOn: string;
  region: string;
  /** Shown to those allowed to see confidential projects; marked 保密 in every list. */
  confidential: boolean;
}
export interface MapLists {
  gaps: GapRow[];
  targets: TargetRow[];
  projects: ProjectRow[];
}

export interface Sheet {
  name: string;
  columns: Array<{ header: string; width: number }>;
  rows: Array<Array<string | number | boolean | Date | null>>;
}

/**
 * 缺链与弱链清单, 目标企业清单 and 项目清单 as plain tables. For spreadsheets (`neutralise`, the default)
 * every text cell a spreadsheet would run as a formula is neutralised; a PDF shows text as is.
 * `ids: false` (a printed report) leaves out the internal ids, which only re-import needs.
 */
export function listSheets(lists: MapLists, lang: Lang, { neutralise = true, ids = true }: { neutralise?: boolean; ids?: boolean } = {}): Sheet[] {
  const t = (k: MessageKey) => translate(lang, k);
  const yesNo = (v: boolean) => (v ? t('xlsx.yes') : t('xlsx.no'));
  const sheet = (name: MessageKey, columns: Array<[MessageKey, number]>, rows: unknown[][]): Sheet => ({
    name: t(name),
    columns: columns.map(([k, width]) => ({ header: t(k), width })),
    rows: rows.map((r) => r.map((v) => (neutralise ? safeCell(v) : ((v ?? null) as Sheet['rows'][number][number])))),
  });
  const ID_COLUMNS: MessageKey[] = ['xlsx.segmentId', 'xlsx.enterpriseId'];
  const withoutIds = (s: Sheet, keys: MessageKey[]): Sheet => {
    if (ids) return s;
    const keep = keys.map((k, i) => (ID_COLUMNS.includes(k) ? -1 : i)).filter((i) => i >= 0);
    return { ...s, columns: keep.map((i) => s.columns[i]!), rows: s.rows.map((r) => keep.map((i) => r[i]!)) };
  };
  const gapColumns: Array<[MessageKey, number]> = [
    ['xlsx.segmentId', 18],
    ['xlsx.segment', 24],
    ['xlsx.parent', 20],
    ['xlsx.stage', 10],
    ['xlsx.status', 10],
    ['xlsx.local', 12],
    ['xlsx.filling', 10],
  ];
  const targetColumns: Array<[MessageKey, number]> = [
    ['xlsx.segment', 22],
    ['xlsx.rank', 8],
    ['xlsx.enterprise', 32],
    ['xlsx.enterpriseId', 18],
    ['xlsx.score', 8],
    ['xlsx.breakdown', 60],
    ['xlsx.region', 16],
  ];
  return [
    withoutIds(
      sheet(
        'xlsx.gaps',
        gapColumns,
        lists.gaps.map((g) => [g.segmentId, g.segment, g.parent, g.stage, g.status, g.local, yesNo(g.filling)]),
      ),
      gapColumns.map(([k]) => k),
    ),
    withoutIds(
      sheet(
        'xlsx.targets',
        targetColumns,
        lists.targets.map((r) => [r.segment, r.rank, r.enterprise, r.enterpriseId, r.score, r.breakdown, r.region]),
      ),
      targetColumns.map(([k]) => k),
    ),
    sheet(
      'xlsx.projects',
      [
        ['xlsx.project', 32],
        ['xlsx.projectStage', 12],
        ['xlsx.enterprise', 28],
        ['xlsx.segment', 20],
        ['xlsx.investment', 14],
        ['xlsx.signedOn', 12],
        ['xlsx.plannedOn', 12],
        ['xlsx.region', 16],
        ['pipe.confidential', 8],
      ],
      lists.projects.map((p) => [p.project, p.stage, p.enterprise, p.segment, p.investment, p.signedOn, p.plannedOn, p.region, p.confidential ? t('pipe.confidential') : '']),
    ),
  ];
}

/**
 * One list as CSV the way Chinese Excel opens it without a wizard: UTF-8 with a BOM, CRLF line
 * ends, fields quoted when they hold a comma, quote or line break; cells already neutralised.
 */
export function sheetToCsv(sheet: Sheet): string {
  const field = (v: string | number | boolean | Date | null) => {
    if (v === null) return '';
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [sheet.columns.map((c) => field(c.header)), ...sheet.rows.map((r) => r.map(field))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
