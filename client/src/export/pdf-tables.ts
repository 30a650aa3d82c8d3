import type { Sheet } from './lists.js';

/** Measures text in points at a font size (the embedded font's own metrics in the PDF). */
export type Measure = (text: string, size: number) => number;

export interface TableMetrics {
  /** Usable width and height of a page's body, in points. */
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  padding: number;
  /** Lines a cell may take before it is cut with an ellipsis. */
  maxLines: number;
}

export interface TableRowLayout {
  /** Each cell's lines. */
  cells: string[][];
  height: number;
}

export interface TablePage {
  sheet: string;
  /** Column widths in points (the same on every page of a table). */
  widths: number[];
  header: TableRowLayout;
  rows: TableRowLayout[];
  /** True on the second and later pages of a table. */
  continued: boolean;
}

export function cellText(v: Sheet['rows'][number][number]): string {
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
  return String(v);
}

/** Breaks text into lines no wider than `width`, character by character (CJK has no spaces), at most `maxLines`. */
export function wrapCell(text: string, width: number, size: number, measure: Measure, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const ch of paragraph) {
      if (line && measure(line + ch, size) > width) {
        lines.push(line);
        line = ch.trimStart();
      } else line += ch;
    }
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`, size) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/**
 * A list as table pages: column widths in proportion to the sheet's, each cell wrapped to its
 * column, rows never split across pages, the header row repeated on every page.
 */
export function layoutTable(sheet: Sheet, m: TableMetrics, measure: Measure): TablePage[] {
  const total = sheet.columns.reduce((n, c) => n + c.width, 0) || 1;
  const widths = sheet.columns.map((c) => (m.width * c.width) / total);
  const row = (values: string[]): TableRowLayout => {
    const cells = values.map((v, i) => wrapCell(v, widths[i]! - 2 * m.padding, m.fontSize, measure, m.maxLines));
    return { cells, height: Math.max(1, ...cells.map((c) => c.length)) * m.lineHeight + 2 * m.padding };
  };
  const header = row(sheet.columns.map((c) => c.header));
  const pages: TablePage[] = [];
  let current: TablePage = { sheet: sheet.name, widths, header, rows: [], continued: false };
  let used = header.height;
  for (const values of sheet.rows) {
    const r = row(values.map(cellText));
    if (current.rows.length && used + r.height > m.height) {
      pages.push(current);
      current = { sheet: sheet.name, widths, header, rows: [], continued: true };
      used = header.height;
    }
    current.rows.push(r);
    used += r.height;
  }
  pages.push(current);
  return pages;
}
