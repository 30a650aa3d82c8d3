import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, popGraphicsState, pushGraphicsState, rgb, setLineWidth, setStrokingColor, setTextRenderingMode, TextRenderingMode, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import type { Scene } from '../graph/scene.js';
import { subsetTrueType } from './font-subset.js';

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
}

/**
 * The chain map scene as a one-page vector PDF, fitted to an A3 or A4 landscape page, with the
 * Chinese font embedded and cut down to the characters on the page. Drawing commands use the
 * scene's own (SVG-like, y-down) coordinates through pdf-lib's SVG path support.
 */
export async function sceneToPdf(scene: Scene, options: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const allText = scene.items.map((it) => (it.t === 'text' ? it.text : '')).join('') + scene.title;
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
        path(`M ${it.cx - it.r} ${it.cy} A ${it.r} ${it.r} 0 1 0 ${it.cx + it.r} ${it.cy} A ${it.r} ${it.r} 0 1 0 ${it.cx - it.r} ${it.cy} Z`, { fill: it.fill, stroke: it.stroke, width: it.strokeWidth });
        break;
      case 'text': {
        const size = it.size * s;
        const width = font.widthOfTextAtSize(it.text, size);
        const x = ox + it.x * s - (it.anchor === 'middle' ? width / 2 : it.anchor === 'end' ? width : 0);
        const y = oy - it.y * s;
        if (it.bold) {
          // one embedded weight: bold is drawn as fill plus a thin outline of the same colour
          page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(size * 0.035), setStrokingColor(color(it.fill)));
        }
        page.drawText(it.text, { x, y, size, font, color: color(it.fill) });
        if (it.bold) page.pushOperators(popGraphicsState());
        break;
      }
    }
  }
}
