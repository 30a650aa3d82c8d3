import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, popGraphicsState, pushGraphicsState, rgb, setLineWidth, setStrokingColor, setTextRenderingMode, TextRenderingMode, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Scene } from '../graph/scene.js';
import { subsetTrueType } from './font-subset.js';
import type { Sheet } from './lists.js';
import { cellText, layoutTable, type TablePage } from './pdf-tables.js';

/** Landscape page sizes in PDF points (1/72 in). */
export const PAGE_SIZES = { A3: [1190.55, 841.89], A4: [841.89, 595.28] } as const;
export type PageSize = keyof typeof PAGE_SIZES;

const MARGIN = 24;

function color(hex: string): RGB {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return rgb(0, 0, 0);
  return rgb(parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255);
}

const roundedRect = (x: number, y: number, w: number, h: number, r: number) => {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2));
  if (!rr) return `M ${x} ${y} H ${x + w} V ${y + h} H ${x} Z`;
  return `M ${x + rr} ${y} H ${x + w - rr} A ${rr} ${rr} 0 0 1 ${x + w} ${y + rr} V ${y + h - rr} A ${rr} ${rr} 0 0 1 ${x + w - rr} ${y + h} H ${x + rr} A ${rr} ${rr} 0 0 1 ${x} ${y + h - rr} V ${y + rr} A ${rr} ${rr} 0 0 1 ${x + rr} ${y} Z`;
};

export interface PdfOptions {
  page: PageSize;
  /** A TrueType font with CJK glyphs (Noto Sans SC); it is cut down to the characters used. */
  font: Uint8Array;
  title: string;
  subject?: string;
  /** Fixed for reproducible files; defaults to now. */
  date?: Date;
  /** Lists printed after the map, one table each, on as many pages as they need (empty ones left out). */
  tables?: Sheet[];
  /** The line at the foot of every list page (e.g. chain, mode and data date). */
  footer?: string;
  /** "Page n of total" in the document's language; pages are numbered when there is more than one. */
  pageLabel?: (n: number, total: number) => string;
  /** Added to a list's title on its second and later pages (e.g. （续）). */
  continued?: string;
}

const TABLE = { margin: 36, titleSize: 14, subtitleSize: 9, headTop: 58, footerSize: 8 };

/**
 * A scene (chain map or supplier network) as a vector PDF page fitted to an A3 or A4 landscape
 * page, followed by the lists behind it as tables (`tables`), with the Chinese font embedded and
 * cut down to the characters used. Drawing commands use the
 * scene's own (SVG-like, y-down) coordinates through pdf-lib's SVG path support.
 */
export async function sceneToPdf(scene: Scene, options: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const tables = (options.tables ?? []).filter((t) => t.rows.length > 0);
  const tableText = tables.map((t) => t.name + t.columns.map((c) => c.header).join('') + t.rows.map((r) => r.map(cellText).join('')).join('')).join('');
  const labels = (options.footer ?? '') + (options.continued ?? '') + (options.pageLabel?.(0, 0) ?? '') + '0123456789…';
  const allText = scene.items.map((it) => (it.t === 'text' ? it.text : '')).join('') + scene.title + tableText + labels;
  const font = await doc.embedFont(subsetTrueType(options.font, allText), { subset: false });
  const date = options.date ?? new Date();
  doc.setTitle(options.title);
  if (options.subject) doc.setSubject(options.subject);
  doc.setCreator('ChainAtlas');
  doc.setProducer('ChainAtlas (pdf-lib)');
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  const [pw, ph] = PAGE_SIZES[options.page];
  const page = doc.addPage([pw, ph]);
  const scale = Math.min((pw - 2 * MARGIN) / scene.width, (ph - 2 * MARGIN) / scene.height);
  const ox = (pw - scene.width * scale) / 2;
  const oy = ph - (ph - scene.height * scale) / 2;
  draw(page, font, scene, ox, oy, scale);

  const fontSize = options.page === 'A3' ? 10 : 8.5;
  const metrics = {
    width: pw - 2 * TABLE.margin,
    height: ph - TABLE.margin - TABLE.headTop - TABLE.margin - 14,
    fontSize,
    lineHeight: fontSize * 1.4,
    padding: 4,
    maxLines: 8,
  };
  const tablePages = tables.flatMap((t) => layoutTable(t, metrics, (text, size) => font.widthOfTextAtSize(text, size)));
  const total = 1 + tablePages.length;
  const pageLabel = (n: number) => (total > 1 && options.pageLabel ? options.pageLabel(n, total) : '');
  const grey = rgb(0.35, 0.35, 0.35);
  const stamp = (p: PDFPage, n: number, footer: string) => {
    const label = pageLabel(n);
    if (label) p.drawText(label, { x: pw - TABLE.margin - font.widthOfTextAtSize(label, TABLE.footerSize), y: TABLE.margin / 2, size: TABLE.footerSize, font, color: grey });
    if (footer) p.drawText(footer, { x: TABLE.margin, y: TABLE.margin / 2, size: TABLE.footerSize, font, color: grey });
  };
  stamp(page, 1, '');
  tablePages.forEach((tp, i) => {
    const p = doc.addPage([pw, ph]);
    drawTablePage(p, font, tp, { ...metrics, title: `${tp.sheet}${tp.continued ? (options.continued ?? '') : ''}`, subtitle: options.title });
    stamp(p, i + 2, options.footer ?? '');
  });
  // classic cross-reference and plain page objects: readable by older tools and simple checks
  return doc.save({ useObjectStreams: false });
}

function draw(page: PDFPage, font: PDFFont, scene: Scene, ox: number, oy: number, s: number) {
  const path = (d: string, opts: { fill?: string; stroke?: string; width?: number }) =>
    page.drawSvgPath(d, {
      x: ox,
      y: oy,
      scale: s,
      color: opts.fill ? color(opts.fill) : undefined,
      borderColor: opts.stroke ? color(opts.stroke) : undefined,
      borderWidth: opts.stroke ? (opts.width ?? 1) : 0,
    });
  for (const it of scene.items) {
    switch (it.t) {
      case 'rect':
        path(roundedRect(it.x, it.y, it.w, it.h, it.r), { fill: it.fill, stroke: it.stroke, width: it.strokeWidth });
        break;
      case 'line':
        path(`M ${it.x1} ${it.y1} L ${it.x2} ${it.y2}`, { stroke: it.stroke, width: it.width });
        break;
      case 'poly':
        path(`M ${it.points.map(([x, y]) => `${x} ${y}`).join(' L ')} Z`, { fill: it.fill });
        break;
      case 'circle':
        path(`M ${it.cx - it.r} ${it.cy} A ${it.r} ${it.r} 0 1 0 ${it.cx + it.r} ${it.cy} A ${it.r} ${it.r} 0 1 0 ${it.cx - it.r} ${it.cy} Z`, {
          fill: it.fill,
          stroke: it.stroke,
          width: it.strokeWidth,
        });
        break;
      case 'text': {
        const size = it.size * s;
        const width = font.widthOfTextAtSize(it.text, size);
        const x = ox + it.x * s - (it.anchor === 'middle' ? width / 2 : it.anchor === 'end' ? width : 0);
        const y = oy - it.y * s;
        if (it.bold) boldText(page, it.text, { x, y, size, font, color: color(it.fill) });
        else page.drawText(it.text, { x, y, size, font, color: color(it.fill) });
        break;
      }
    }
  }
}

/** One embedded weight: bold is drawn as fill plus a thin outline of the same colour. */
function boldText(page: PDFPage, text: string, opts: { x: number; y: number; size: number; font: PDFFont; color: RGB }) {
  page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(opts.size * 0.035), setStrokingColor(opts.color));
  page.drawText(text, opts);
  page.pushOperators(popGraphicsState());
}

/** One page of a list: its title, the header row on a grey band, then the rows with thin rules. */
function drawTablePage(page: PDFPage, font: PDFFont, tp: TablePage, m: { width: number; fontSize: number; lineHeight: number; padding: number; title: string; subtitle: string }) {
  const { height: ph } = page.getSize();
  const x0 = TABLE.margin;
  const dark = rgb(0.08, 0.08, 0.08);
  boldText(page, m.title, { x: x0, y: ph - TABLE.margin - TABLE.titleSize, size: TABLE.titleSize, font, color: dark });
  page.drawText(m.subtitle, { x: x0, y: ph - TABLE.margin - TABLE.titleSize - 16, size: TABLE.subtitleSize, font, color: rgb(0.35, 0.35, 0.35) });
  let top = ph - TABLE.margin - TABLE.headTop;
  const drawRow = (row: TablePage['header'], header: boolean) => {
    if (header) page.drawRectangle({ x: x0, y: top - row.height, width: m.width, height: row.height, color: rgb(0.94, 0.94, 0.94) });
    let x = x0;
    row.cells.forEach((lines, c) => {
      lines.forEach((line, l) => {
        const y = top - m.padding - (l + 1) * m.lineHeight + (m.lineHeight - m.fontSize) / 2 + m.fontSize * 0.12;
        if (header) boldText(page, line, { x: x + m.padding, y, size: m.fontSize, font, color: dark });
        else page.drawText(line, { x: x + m.padding, y, size: m.fontSize, font, color: rgb(0.15, 0.15, 0.15) });
      });
      x += tp.widths[c]!;
    });
    top -= row.height;
    page.drawLine({ start: { x: x0, y: top }, end: { x: x0 + m.width, y: top }, thickness: header ? 0.8 : 0.4, color: header ? rgb(0.55, 0.55, 0.55) : rgb(0.85, 0.85, 0.85) });
  };
  drawRow(tp.header, true);
  for (const row of tp.rows) drawRow(row, false);
}
