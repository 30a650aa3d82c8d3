import { translate } from '../i18n/index.js';
import { BADGE, MARKER, brokenSet, badgePosition, clipToBox as clip, placeMarkers, segmentLook } from './elements.js';
import { LINE_HEIGHT, METRICS } from './layout.js';
import { BROKEN, ENTERPRISE, FILLING, FLOW, NEUTRAL, PANORAMA, STAGE, STATUS_BOX_FILL, STATUS_COLORS } from './palette.js';
import { wrapText } from './text.js';
import type { ChainLayout, GapStatus, LaidOutSegment, MapData, MapMode } from './types.js';

/**
 * A chain map as drawing primitives in page pixels (origin top-left): what the SVG and PDF
 * exports both write, so the two agree with each other and with the screen.
 */
export type SceneItem =
  | { t: 'rect'; x: number; y: number; w: number; h: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { t: 'poly'; points: Array<[number, number]>; fill: string }
  | { t: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string; strokeWidth?: number }
  | { t: 'text'; x: number; y: number; text: string; size: number; fill: string; anchor: 'start' | 'middle' | 'end'; bold?: boolean };

export interface Scene {
  width: number;
  height: number;
  title: string;
  /** Everything, in drawing order. */
  items: SceneItem[];
  /** Where the map itself lies (model origin at its top-left, scale 1). */
  mapArea: { x: number; y: number; w: number; h: number };
  /** The items around the map: background, title, legend, footer (for a raster map drawn elsewhere). */
  frame: SceneItem[];
}

export interface ExportMeta {
  mode: MapMode;
  chainName: string;
  scopeName: string;
  strongAt: number;
  /** ISO date (YYYY-MM-DD) the data is current to. */
  dataDate: string;
  sources: string[];
  /** The evidence mode the map shows; the footer says which. */
  evidence?: 'ALL' | 'CONFIRMED';
  /** The totals line of a status map (强链 · 弱链 · 缺链 · 补链中 · 断链), printed under the title. */
  summary?: string;
}

const MARGIN = 40;
const TITLE_H = 96;
const LEGEND_H = 44;
const FOOTER_LINE = 20;

/** Baseline of a text line whose box of height `lineH` starts at `top`. */
const baseline = (top: number, lineH: number, size: number) => top + lineH / 2 + size * 0.36;

function segmentColors(mode: MapMode, seg: LaidOutSegment, status: GapStatus | null) {
  if (mode === 'panorama') return { fill: seg.kind === 'box' ? PANORAMA.boxFill : PANORAMA.fill, stroke: PANORAMA.border, text: PANORAMA.text, width: 1 };
  if (!status) return { fill: NEUTRAL.fill, stroke: NEUTRAL.border, text: NEUTRAL.text, width: 1 };
  const c = STATUS_COLORS[status];
  return { fill: seg.kind === 'box' ? STATUS_BOX_FILL[status] : c.fill, stroke: c.border, text: c.text, width: 2 };
}

/** A straight line from (x1, y1) ending in a triangle arrow head `arrow` long and `half` × 2 wide at (x2, y2). */
export function arrowLine(x1: number, y1: number, x2: number, y2: number, color: string, width: number, arrow: number, half: number): SceneItem[] {
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  return [
    { t: 'line', x1, y1, x2: x2 - ux * arrow, y2: y2 - uy * arrow, stroke: color, width },
    {
      t: 'poly',
      points: [
        [x2, y2],
        [x2 - ux * arrow - uy * half, y2 - uy * arrow + ux * half],
        [x2 - ux * arrow + uy * half, y2 - uy * arrow - ux * half],
      ],
      fill: color,
    },
  ];
}

export function modeName(lang: ChainLayout['lang'], mode: MapMode): string {
  return translate(lang, mode === 'panorama' ? 'mode.panorama' : mode === 'status' ? 'mode.status' : 'mode.projected');
}

/**
 * The map itself as drawing primitives, in the order the screen stacks them (stage columns, boxes,
 * flows, leaves and enterprises, 补链中 badges, 断链 markers), with the layout's origin at
 * (ox, oy): what the exports frame, and what a big map paints at once before Cytoscape is ready.
 */
export function mapItems(layout: ChainLayout, data: MapData, mode: MapMode, ox = 0, oy = 0): SceneItem[] {
  const lang = layout.lang;
  const items: SceneItem[] = [];
  for (const s of layout.stages) {
    const x = ox + s.x - s.w / 2;
    const y = oy + s.y - s.h / 2;
    items.push({ t: 'rect', x, y, w: s.w, h: s.h, r: 12, fill: STAGE.fill, stroke: STAGE.border, strokeWidth: 1 });
    items.push({ t: 'text', x: ox + s.x, y: y + 30, text: s.title, size: METRICS.stageFont, fill: STAGE.text, anchor: 'middle', bold: true });
  }

  // Drawing order as on screen: boxes, then flows, then leaves and enterprises on top of them.
  const leafItems: SceneItem[] = [];
  const badges: SceneItem[] = [];
  for (const seg of layout.segments) {
    const target = seg.kind === 'box' ? items : leafItems;
    const look = segmentLook(layout, data, mode, seg.id);
    const c = segmentColors(mode, seg, look.status);
    const x = ox + seg.x - seg.w / 2;
    const y = oy + seg.y - seg.h / 2;
    target.push({ t: 'rect', x, y, w: seg.w, h: seg.h, r: seg.kind === 'box' ? 8 : 6, fill: c.fill, stroke: c.stroke, strokeWidth: c.width });
    const lh = seg.fontSize * LINE_HEIGHT;
    const lines = look.countLine ? [...seg.lines, look.countLine] : seg.lines;
    const top = seg.kind === 'box' ? y + METRICS.boxTop : oy + seg.y - (lines.length * lh) / 2;
    lines.forEach((text, i) => {
      const isCount = i === seg.lines.length;
      target.push({
        t: 'text',
        x: ox + seg.x,
        y: baseline(top + i * lh, lh, seg.fontSize),
        text,
        size: isCount ? seg.fontSize - 1 : seg.fontSize,
        fill: c.text,
        anchor: 'middle',
        bold: seg.kind === 'box' && !isCount,
      });
    });
    if (look.filling) {
      const p = badgePosition(seg);
      badges.push({ t: 'rect', x: ox + p.x - BADGE.w / 2, y: oy + p.y - BADGE.h / 2, w: BADGE.w, h: BADGE.h, r: 4, fill: FILLING.fill });
      badges.push({
        t: 'text',
        x: ox + p.x,
        y: baseline(oy + p.y - BADGE.h / 2, BADGE.h, BADGE.font),
        text: translate(lang, 'status.FILLING'),
        size: BADGE.font,
        fill: FILLING.text,
        anchor: 'middle',
        bold: true,
      });
    }
  }
  const local = new Set(data.localEnterpriseIds ?? []);
  const masters = new Set(data.masterIds ?? []);
  for (const e of layout.enterprises) {
    const isLocal = mode !== 'panorama' && local.has(e.enterpriseId);
    const look = isLocal ? ENTERPRISE.local : ENTERPRISE.remote;
    const master = masters.has(e.enterpriseId);
    leafItems.push({
      t: 'rect',
      x: ox + e.x - e.w / 2,
      y: oy + e.y - e.h / 2,
      w: e.w,
      h: e.h,
      r: 4,
      fill: look.fill,
      stroke: master ? ENTERPRISE.master : look.border,
      strokeWidth: master ? 3 : isLocal ? 2 : 1,
    });
    const lh = e.fontSize * LINE_HEIGHT;
    const top = oy + e.y - (e.lines.length * lh) / 2;
    e.lines.forEach((text, i) => leafItems.push({ t: 'text', x: ox + e.x, y: baseline(top + i * lh, lh, e.fontSize), text, size: e.fontSize, fill: look.text, anchor: 'middle' }));
  }

  const broken = brokenSet(data, mode);
  const byId = new Map(layout.segments.map((s) => [s.id, s]));
  const markers: SceneItem[] = [];
  const markerPlaces = placeMarkers(
    layout,
    layout.flows.filter((f) => broken.has(`${f.from}->${f.to}`)),
  );
  for (const f of layout.flows) {
    const a = byId.get(f.from)!;
    const b = byId.get(f.to)!;
    const [x1, y1] = clip(a, b.x, b.y);
    const [x2, y2] = clip(b, a.x, a.y);
    const isBroken = broken.has(`${f.from}->${f.to}`);
    const color = isBroken ? BROKEN.line : FLOW.line;
    items.push(...arrowLine(ox + x1, oy + y1, ox + x2, oy + y2, color, isBroken ? BROKEN.width : FLOW.width, isBroken ? 14 : 9, isBroken ? 7 : 4.5));
    if (isBroken) {
      const m = markerPlaces.get(`${f.from}->${f.to}`)!;
      const cx = ox + m.x;
      const cy = oy + m.y;
      markers.push({ t: 'circle', cx, cy, r: MARKER.size / 2, fill: BROKEN.marker, stroke: '#ffffff', strokeWidth: 2 });
      markers.push({ t: 'text', x: cx, y: cy + MARKER.font * 0.36, text: translate(lang, 'status.brokenShort'), size: MARKER.font, fill: BROKEN.markerText, anchor: 'middle', bold: true });
    }
  }
  for (const list of [leafItems, badges, markers]) for (const it of list) items.push(it);
  return items;
}

export function buildScene(layout: ChainLayout, data: MapData, meta: ExportMeta): Scene {
  const lang = layout.lang;
  const { mode } = meta;
  const items: SceneItem[] = [];
  let mapStart = 0;
  const width = Math.max(layout.width + 2 * MARGIN, 960);
  const ox = (width - layout.width) / 2;
  const oy = TITLE_H + LEGEND_H;
  const footerLines = wrapText(
    [
      translate(lang, 'export.asOf', { date: meta.dataDate }),
      translate(lang, 'export.sources', { sources: meta.sources.join('；') || translate(lang, 'export.defaultSource') }),
      translate(lang, 'export.scope', { scope: meta.scopeName }),
      translate(lang, 'export.strongAt', { strongAt: meta.strongAt }),
      translate(lang, 'export.mode', { mode: modeName(lang, mode) }),
      translate(lang, meta.evidence === 'CONFIRMED' ? 'export.evidenceConfirmed' : 'export.evidenceAll'),
    ].join('  ·  '),
    width - 2 * MARGIN,
    12,
  );
  const height = oy + layout.height + 24 + footerLines.length * FOOTER_LINE + MARGIN / 2;
  const title = translate(lang, 'map.title', { chain: meta.chainName, mode: modeName(lang, mode) });

  items.push({ t: 'rect', x: 0, y: 0, w: width, h: height, r: 0, fill: '#ffffff' });
  items.push({ t: 'text', x: MARGIN, y: 52, text: title, size: 28, fill: '#141414', anchor: 'start', bold: true });
  items.push({
    t: 'text',
    x: MARGIN,
    y: 82,
    text: [translate(lang, 'export.scope', { scope: meta.scopeName }), translate(lang, 'export.strongAt', { strongAt: meta.strongAt }), ...(meta.summary ? [meta.summary] : [])].join('    '),
    size: 15,
    fill: '#595959',
    anchor: 'start',
  });

  // Legend: one row of swatches under the title.
  let lx = MARGIN;
  const ly = TITLE_H + 8;
  const swatch = (fill: string, stroke: string, text: string) => {
    items.push({ t: 'rect', x: lx, y: ly, w: 26, h: 16, r: 3, fill, stroke, strokeWidth: 2 });
    items.push({ t: 'text', x: lx + 34, y: ly + 13, text, size: 13, fill: '#434343', anchor: 'start' });
    lx += 34 + text.length * 14 + 24;
  };
  if (mode === 'panorama') swatch(PANORAMA.fill, PANORAMA.border, translate(lang, 'map.legend.panorama'));
  else {
    for (const s of ['STRONG', 'WEAK', 'MISSING'] as GapStatus[]) swatch(STATUS_COLORS[s].fill, STATUS_COLORS[s].border, translate(lang, `status.${s}`));
    items.push({ t: 'rect', x: lx, y: ly - 1, w: BADGE.w, h: BADGE.h, r: 4, fill: FILLING.fill });
    items.push({ t: 'text', x: lx + BADGE.w / 2, y: ly + 12, text: translate(lang, 'status.FILLING'), size: BADGE.font, fill: FILLING.text, anchor: 'middle', bold: true });
    lx += BADGE.w + 24;
    items.push({ t: 'line', x1: lx, y1: ly + 8, x2: lx + 44, y2: ly + 8, stroke: BROKEN.line, width: BROKEN.width });
    items.push({ t: 'circle', cx: lx + 22, cy: ly + 8, r: 9, fill: BROKEN.marker, stroke: '#ffffff', strokeWidth: 2 });
    items.push({ t: 'text', x: lx + 22, y: ly + 12.5, text: translate(lang, 'status.brokenShort'), size: 11, fill: BROKEN.markerText, anchor: 'middle', bold: true });
    const brokenLabel = translate(lang, 'status.BROKEN');
    items.push({ t: 'text', x: lx + 52, y: ly + 13, text: brokenLabel, size: 13, fill: '#434343', anchor: 'start' });
    lx += 52 + brokenLabel.length * 14 + 24;
  }
  items.push({ t: 'line', x1: lx, y1: ly + 8, x2: lx + 36, y2: ly + 8, stroke: FLOW.line, width: FLOW.width });
  items.push({
    t: 'poly',
    points: [
      [lx + 44, ly + 8],
      [lx + 35, ly + 3.5],
      [lx + 35, ly + 12.5],
    ],
    fill: FLOW.line,
  });
  const flowLabel = translate(lang, 'map.legend.flow');
  items.push({ t: 'text', x: lx + 52, y: ly + 13, text: flowLabel, size: 13, fill: '#434343', anchor: 'start' });
  lx += 52 + flowLabel.length * 14 + 24;
  if (layout.enterprises.length && mode !== 'panorama') {
    swatch('#ffffff', ENTERPRISE.local.border, translate(lang, 'map.legend.enterpriseLocal'));
    swatch('#ffffff', ENTERPRISE.remote.border, translate(lang, 'map.legend.enterpriseRemote'));
  }

  mapStart = items.length;
  for (const it of mapItems(layout, data, mode, ox, oy)) items.push(it);
  const frameEnd = items.length;

  footerLines.forEach((text, i) => {
    items.push({ t: 'text', x: MARGIN, y: oy + layout.height + 24 + i * FOOTER_LINE + 12, text, size: 12, fill: '#595959', anchor: 'start' });
  });
  return {
    width,
    height,
    title,
    items,
    mapArea: { x: ox, y: oy, w: layout.width, h: layout.height },
    frame: [...items.slice(0, mapStart), ...items.slice(frameEnd)],
  };
}
