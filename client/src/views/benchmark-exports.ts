import { safeCell } from '../export/cells';
import { download, fileName } from '../export/download';
import type { Sheet } from '../export/lists';
import { pdfFont } from '../export/pdf-font';
import { STATUS_COLORS } from '../graph/palette';
import type { Scene, SceneItem } from '../graph/scene';
import type { GapStatus } from '../graph/types';
import { localName, translate, type Lang, type MessageKey } from '../i18n/index';

export type BenchmarkExportKind = 'xlsx' | 'pdf';

interface Named {
  name: string;
  nameEn?: string | null;
}

export interface BenchmarkExportData {
  chainName: string;
  evidence: 'ALL' | 'CONFIRMED';
  strongAt: number;
  dataDate: string;
  scopes: Array<{ code: string; name: string; strong: number; weak: number; missing: number; leaves: number; coverage: number | null }>;
  segments: Array<{ segment: Named & { id: string; stage: string; depth: number }; cells: Array<{ localCount: number; status: GapStatus }> }>;
  gaps: Array<{ segment: Named; peer: string; enterprises: Array<Named & { id: string }>; pipeline: string[] }>;
}

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** The matrix, the coverage and the gap rows as sheets, in the export's language. */
export function benchmarkSheets(d: BenchmarkExportData, lang: Lang, neutralise = true): Sheet[] {
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(lang, k, p);
  const cell = (v: unknown) => (neutralise ? safeCell(v) : ((v ?? null) as Sheet['rows'][number][number]));
  const sheet = (name: string, columns: Array<[string, number]>, rows: unknown[][]): Sheet => ({
    name,
    columns: columns.map(([header, width]) => ({ header, width })),
    rows: rows.map((r) => r.map(cell)),
  });
  return [
    sheet(
      t('bench.sheetMatrix'),
      [[t('bench.segment'), 26], [t('bench.stage'), 10], ...d.scopes.map((s): [string, number] => [s.name, 16])],
      d.segments.map((s) => [
        `${'  '.repeat(s.segment.depth)}${localName(lang, s.segment)}`,
        t(`stage.${s.segment.stage}` as MessageKey),
        ...s.cells.map((c) => `${c.localCount} ${t(`status.${c.status}`)}`),
      ]),
    ),
    sheet(
      t('bench.sheetScopes'),
      [
        [t('bench.peer'), 20],
        [t('status.STRONG'), 10],
        [t('status.WEAK'), 10],
        [t('status.MISSING'), 10],
        [t('bench.coverage'), 12],
      ],
      d.scopes.map((s) => [s.name, s.strong, s.weak, s.missing, pct(s.coverage)]),
    ),
    sheet(
      t('bench.sheetGaps'),
      [
        [t('bench.segment'), 24],
        [t('bench.peer'), 16],
        [t('bench.enterprises'), 60],
        [t('bench.inPipeline'), 30],
      ],
      d.gaps.map((g) => [localName(lang, g.segment), g.peer, g.enterprises.map((e) => localName(lang, e)).join('；'), g.pipeline.join('；')]),
    ),
  ];
}

const CELL_W = 120;
const NAME_W = 220;
const ROW_H = 24;

/** The matrix as a picture (rows in map order, one coloured cell per scope) with the coverage under each column. */
export function benchmarkScene(d: BenchmarkExportData, lang: Lang): Scene {
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(lang, k, p);
  const title = t('bench.title', { chain: d.chainName });
  const width = Math.max(960, 40 + NAME_W + d.scopes.length * CELL_W + 40);
  const top = 96;
  const items: SceneItem[] = [];
  items.push({ t: 'rect', x: 0, y: 0, w: width, h: 0, r: 0, fill: '#ffffff' });
  items.push({ t: 'text', x: 40, y: 44, text: title, size: 22, fill: '#262626', anchor: 'start', bold: true });
  items.push({
    t: 'text',
    x: 40,
    y: 70,
    text: `${t('export.asOf', { date: d.dataDate })}  ·  ${t('export.strongAt', { strongAt: d.strongAt })}  ·  ${t(d.evidence === 'CONFIRMED' ? 'export.evidenceConfirmed' : 'export.evidenceAll')}`,
    size: 12,
    fill: '#595959',
    anchor: 'start',
  });
  d.scopes.forEach((s, j) => items.push({ t: 'text', x: 40 + NAME_W + j * CELL_W + CELL_W / 2, y: top, text: s.name, size: 12, fill: '#262626', anchor: 'middle', bold: true }));
  d.segments.forEach((row, i) => {
    const y = top + 12 + i * ROW_H;
    items.push({ t: 'text', x: 40 + row.segment.depth * 14, y: y + 16, text: localName(lang, row.segment), size: 12, fill: '#262626', anchor: 'start' });
    row.cells.forEach((c, j) => {
      const sw = STATUS_COLORS[c.status];
      const x = 40 + NAME_W + j * CELL_W;
      items.push({ t: 'rect', x: x + 4, y: y + 2, w: CELL_W - 8, h: ROW_H - 4, r: 3, fill: sw.fill, stroke: sw.border, strokeWidth: 1 });
      items.push({ t: 'text', x: x + CELL_W / 2, y: y + 16, text: `${c.localCount} ${t(`status.${c.status}`)}`, size: 11, fill: sw.text, anchor: 'middle' });
    });
  });
  const covY = top + 12 + d.segments.length * ROW_H + 16;
  items.push({ t: 'text', x: 40, y: covY + 14, text: t('bench.coverage'), size: 12, fill: '#262626', anchor: 'start', bold: true });
  d.scopes.forEach((s, j) => {
    const x = 40 + NAME_W + j * CELL_W + 4;
    const w = CELL_W - 8;
    items.push({ t: 'rect', x, y: covY, w, h: 18, r: 3, fill: '#f0f0f0' });
    items.push({ t: 'rect', x, y: covY, w: w * (s.coverage ?? 0), h: 18, r: 3, fill: '#389e0d' });
    items.push({ t: 'text', x: x + w / 2, y: covY + 34, text: pct(s.coverage), size: 11, fill: '#262626', anchor: 'middle' });
  });
  const height = covY + 60;
  items[0] = { t: 'rect', x: 0, y: 0, w: width, h: height, r: 0, fill: '#ffffff' };
  return { width, height, title, items, mapArea: { x: 0, y: 0, w: width, h: height }, frame: items };
}

/** Makes one export file and hands it to the browser; returns the file name. */
export async function runBenchmarkExport(kind: BenchmarkExportKind, d: BenchmarkExportData, lang: Lang): Promise<string> {
  const title = translate(lang, 'bench.title', { chain: d.chainName });
  const base = fileName(title, translate(lang, d.evidence === 'CONFIRMED' ? 'evidence.confirmedOnly' : 'export.evidenceAll'), d.dataDate);
  if (kind === 'xlsx') {
    const { writeSheets } = await import('../export/xlsx');
    const bytes = await writeSheets(benchmarkSheets(d, lang), `${title} · ${translate(lang, d.evidence === 'CONFIRMED' ? 'export.evidenceConfirmed' : 'export.evidenceAll')}`);
    const name = `${base}.xlsx`;
    download(bytes, name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return name;
  }
  const [{ sceneToPdf }, font] = await Promise.all([import('../export/pdf'), pdfFont()]);
  const asOf = translate(lang, 'export.asOf', { date: d.dataDate });
  const bytes = await sceneToPdf(benchmarkScene(d, lang), {
    page: 'A4',
    font,
    title,
    subject: asOf,
    tables: benchmarkSheets(d, lang, false).slice(1),
    footer: `${title} · ${translate(lang, d.evidence === 'CONFIRMED' ? 'export.evidenceConfirmed' : 'export.evidenceAll')} · ${asOf}`,
    pageLabel: (n, total) => translate(lang, 'export.page', { n, total }),
    continued: translate(lang, 'export.continued'),
  });
  const name = `${base}.pdf`;
  download(bytes, name, 'application/pdf');
  return name;
}
