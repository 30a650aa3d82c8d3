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

/** Characters a line must not start with (closing brackets and punctuation, 行首禁则). */
const NO_START = new Set([...'）)]｝}】〕〉》」』”’，,。.、；;：:！!？?％%…·～〜ー']);
/** Characters a line must not end with (opening brackets, 行尾禁则). */
const NO_END = new Set([...'（([｛{【〔〈《「『“‘']);
/** Characters that stay together in a run: Latin letters, digits, a number's sign, point and unit. */
const RUN = /[A-Za-z0-9+\-−.,%/_&'@#]/;

/**
 * Splits text into units no line may break inside, by the usual Chinese line-breaking rules:
 * each CJK character is a unit; a run of Latin letters or digits (with a sign, decimal point or
 * percent) is one unit, so "+1" or "28.9%" never splits; a closing bracket or punctuation sticks to
 * the unit before it and an opening bracket to the unit after it; a space is its own unit.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  let inRun = false;
  for (const ch of text) {
    if (NO_END.has(ch)) {
      pendingOpen += ch;
      inRun = false;
    } else if (NO_START.has(ch) && units.length && !pendingOpen) {
      units[units.length - 1] += ch;
      inRun = inRun && RUN.test(ch);
    } else if (RUN.test(ch) && inRun && !pendingOpen) {
      units[units.length - 1] += ch;
    } else if (/\s/.test(ch)) {
      units.push(pendingOpen + ch);
      pendingOpen = '';
      inRun = false;
    } else {
      units.push(pendingOpen + ch);
      pendingOpen = '';
      inRun = RUN.test(ch);
    }
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

/**
 * Breaks text into lines no wider than `width` at the break opportunities of `breakUnits` (CJK
 * has no spaces; a unit wider than the whole line is cut where it must), at most `maxLines`.
 */
export function wrapCell(text: string, width: number, size: number, measure: Measure, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const unit of breakUnits(paragraph)) {
      if (!line || measure(line + unit, size) <= width) line += unit;
      else {
        lines.push(line.trimEnd());
        line = unit.trimStart();
      }
      // a unit wider than a line: cut it character by character
      while ([...line].length > 1 && measure(line, size) > width) {
        let cut = '';
        for (const ch of line) {
          if (cut && measure(cut + ch, size) > width) break;
          cut += ch;
        }
        lines.push(cut);
        line = line.slice(cut.length);
      }
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
