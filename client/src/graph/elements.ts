import type { ElementDefinition } from 'cytoscape';
import { translate } from '../i18n/index.js';
import { LINE_HEIGHT, METRICS } from './layout.js';
import type { ChainLayout, GapStatus, LaidOutSegment, MapData, MapMode } from './types.js';

/** What one segment looks like in a mode: the count line under its name and its status classes. */
export interface SegmentLook {
  status: GapStatus | null;
  filling: boolean;
  /** A what-if changed this segment (drawn highlighted, with before → after). */
  changed: boolean;
  countLine: string;
}

export const BADGE = { w: 52, h: 18, font: 11 } as const;
export const MARKER = { size: 22, font: 13 } as const;

export function segmentLook(layout: ChainLayout, data: MapData, mode: MapMode, segmentId: string): SegmentLook {
  const facts = data.facts[segmentId];
  const lang = layout.lang;
  if (mode === 'panorama' || !facts || facts.status === undefined) {
    const count = facts?.enterpriseCount;
    return { status: null, filling: false, changed: false, countLine: mode === 'panorama' && count !== undefined ? translate(lang, 'label.enterpriseCount', { count }) : '' };
  }
  const status = translate(lang, `status.${facts.status}`);
  const count = facts.localCount ?? 0;
  return {
    status: facts.status,
    filling: Boolean(facts.filling) && facts.status !== 'STRONG',
    changed: Boolean(facts.changed),
    countLine: facts.changed
      ? translate(lang, 'label.whatIfCount', { before: facts.beforeCount ?? 0, count, status })
      : translate(lang, mode === 'projected' ? 'label.projectedCount' : 'label.localCount', { count, status }),
  };
}

export const flowId = (from: string, to: string) => `flow:${from}->${to}`;
export const markerId = (from: string, to: string) => `mark:${from}->${to}`;

/** The set of broken FEEDS edges, keyed `from->to`, shown only on status maps. */
export function brokenSet(data: MapData, mode: MapMode): Set<string> {
  return new Set(mode === 'panorama' ? [] : data.brokenLinks.map((b) => `${b.from}->${b.to}`));
}

/**
 * Where the 补链中 badge of a segment sits: astride its top edge near the right corner, mostly in
 * the gap above (grid gap and header slack leave room), clear of its own label.
 */
export function badgePosition(seg: LaidOutSegment) {
  return { x: seg.x + seg.w / 2 - BADGE.w / 2 - 6, y: seg.y - seg.h / 2 - 3 };
}

/** Where the segment from a's centre towards (bx, by) leaves rectangle a. */
export function clipToBox(a: { x: number; y: number; w: number; h: number }, bx: number, by: number): [number, number] {
  const dx = bx - a.x;
  const dy = by - a.y;
  if (dx === 0 && dy === 0) return [a.x, a.y];
  const t = Math.min(dx === 0 ? Infinity : a.w / 2 / Math.abs(dx), dy === 0 ? Infinity : a.h / 2 / Math.abs(dy));
  return [a.x + dx * Math.min(t, 1), a.y + dy * Math.min(t, 1)];
}

/**
 * The middle of the part of the straight edge from a to b that lies outside both end boxes: where
 * a 断链 marker would go if nothing else were drawn there.
 */
export function markerPosition(a: LaidOutSegment, b: LaidOutSegment) {
  const [x1, y1] = clipToBox(a, b.x, b.y);
  const [x2, y2] = clipToBox(b, a.x, a.y);
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every place a label is drawn: a leaf segment's whole box (its name and count line fill it), a
 * box segment's header band, an enterprise's box, a stage's title band.
 */
export function labelRects(layout: ChainLayout): Rect[] {
  const rects: Rect[] = [];
  for (const s of layout.stages) rects.push({ x1: s.x - s.w / 2, y1: s.y - s.h / 2, x2: s.x + s.w / 2, y2: s.y - s.h / 2 + s.titleH });
  for (const seg of layout.segments) {
    const top = seg.y - seg.h / 2;
    rects.push({ x1: seg.x - seg.w / 2, y1: top, x2: seg.x + seg.w / 2, y2: seg.kind === 'leaf' ? seg.y + seg.h / 2 : top + seg.headerH });
  }
  for (const e of layout.enterprises) rects.push({ x1: e.x - e.w / 2, y1: e.y - e.h / 2, x2: e.x + e.w / 2, y2: e.y + e.h / 2 });
  return rects;
}

/** How much of the square around a marker at (x, y) lies on the rectangle (0 when clear). */
function overlapArea(x: number, y: number, half: number, r: Rect): number {
  const w = Math.min(x + half, r.x2) - Math.max(x - half, r.x1);
  const h = Math.min(y + half, r.y2) - Math.max(y - half, r.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Half the side of the square a marker keeps clear: its circle, its white ring and 3 px of air. */
export const MARKER_CLEARANCE = MARKER.size / 2 + 4;

/**
 * Places the 断链 markers of the given flows so that none covers a label (see labelRects) or
 * another marker: on the edge's visible part, as near its middle as a free spot allows (steps of
 * 5% either way); when the whole visible part is covered (two boxes close together), beside it, at
 * growing distances across the edge, then around the middle; failing all, where it covers least. Keyed
 * `from->to`. Deterministic: flows are placed in layout order.
 */
export function placeMarkers(layout: ChainLayout, flows: ReadonlyArray<{ from: string; to: string }>): Map<string, { x: number; y: number }> {
  const byId = new Map(layout.segments.map((s) => [s.id, s]));
  const taken = labelRects(layout);
  const half = MARKER_CLEARANCE;
  const out = new Map<string, { x: number; y: number }>();
  const cost = (x: number, y: number, clearance: number) => taken.reduce((sum, r) => sum + overlapArea(x, y, clearance, r), 0);
  for (const f of flows) {
    const a = byId.get(f.from);
    const b = byId.get(f.to);
    if (!a || !b) continue;
    const [x1, y1] = clipToBox(a, b.x, b.y);
    const [x2, y2] = clipToBox(b, a.x, a.y);
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const [nx, ny] = [-(y2 - y1) / len, (x2 - x1) / len];
    const candidates: Array<[number, number]> = [];
    for (let step = 0; step <= 10; step += 1) {
      for (const t of step === 0 ? [0.5] : [0.5 - step * 0.05, 0.5 + step * 0.05]) candidates.push([x1 + (x2 - x1) * t, y1 + (y2 - y1) * t]);
    }
    const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
    for (let d = half; d <= 8 * half; d += half / 2) {
      for (const t of [0.5, 0.35, 0.65, 0.2, 0.8]) {
        const [px, py] = [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t];
        candidates.push([px + nx * d, py + ny * d], [px - nx * d, py - ny * d]);
      }
    }
    // Last: around the middle in 16 directions, so a marker between two boxes side by side finds the gap above or below them.
    for (let d = half; d <= 12 * half; d += half / 2) {
      for (let k = 0; k < 16; k += 1) candidates.push([mx + d * Math.cos((k * Math.PI) / 8), my + d * Math.sin((k * Math.PI) / 8)]);
    }
    // First with air around the marker; where the map is too crowded for that, touching is allowed.
    let best = candidates[0]!;
    let bestCost = Infinity;
    for (const clearance of [half, MARKER.size / 2 + 0.5]) {
      for (const c of candidates) {
        const k = cost(c[0], c[1], clearance);
        if (k < bestCost || (clearance !== half && k === 0)) [best, bestCost] = [c, k];
        if (k === 0) break;
      }
      if (bestCost === 0) break;
      bestCost = Infinity;
    }
    const place = { x: Math.round(best[0] * 10) / 10, y: Math.round(best[1] * 10) / 10 };
    out.set(`${f.from}->${f.to}`, place);
    taken.push({ x1: place.x - MARKER.size / 2, y1: place.y - MARKER.size / 2, x2: place.x + MARKER.size / 2, y2: place.y + MARKER.size / 2 });
  }
  return out;
}

/** Vertical offset of a box's label so that it sits inside the header band. */
export function boxLabelOffset(seg: LaidOutSegment): number {
  return METRICS.boxTop + (seg.lines.length + 1) * seg.fontSize * LINE_HEIGHT;
}

/**
 * Cytoscape elements for a laid-out chain. Ids carry their kind (`stage:`, `seg:`, `ent:`, `flow:`,
 * `mark:`, `badge:`) because nodes and edges share one namespace. Positions come from the layout
 * alone, so switching the mode changes data and classes, never a position.
 */
export function buildElements(layout: ChainLayout, data: MapData, mode: MapMode): ElementDefinition[] {
  const lang = layout.lang;
  const out: ElementDefinition[] = [];
  for (const s of layout.stages) {
    out.push({
      group: 'nodes',
      data: { id: `stage:${s.stage}`, kind: 'stage', label: s.title, w: s.w, h: s.h, tmw: s.w - 20, dy: s.titleH - 8 },
      position: { x: s.x, y: s.y },
      classes: 'stage',
      selectable: false,
      grabbable: false,
      pannable: true,
    });
  }
  const badges: ElementDefinition[] = [];
  for (const seg of layout.segments) {
    const look = segmentLook(layout, data, mode, seg.id);
    const classes = ['segment', seg.kind, `d${Math.min(seg.depth, 3)}`];
    if (look.status) classes.push(look.status.toLowerCase());
    if (look.filling) classes.push('filling');
    if (look.changed) classes.push('changed');
    const taskUnits = mode === 'panorama' ? [] : (data.facts[seg.id]?.openTaskUnits ?? []);
    if (taskUnits.length) classes.push('tasked');
    const label = [...seg.lines, look.countLine].join('\n');
    const z = seg.kind === 'box' ? 1 + seg.depth : 20;
    out.push({
      group: 'nodes',
      data: {
        id: `seg:${seg.id}`,
        kind: 'segment',
        segmentId: seg.id,
        label,
        w: seg.w,
        h: seg.h,
        tmw: seg.w - 2 * (seg.kind === 'box' ? METRICS.boxPad : METRICS.leafPadX) + 4,
        dy: seg.kind === 'box' ? boxLabelOffset(seg) : 0,
        z,
        status: look.status ?? '',
        ...(taskUnits.length ? { taskUnits: taskUnits.join('、') } : {}),
      },
      position: { x: seg.x, y: seg.y },
      classes: classes.join(' '),
      grabbable: false,
    });
    if (look.filling) {
      badges.push({
        group: 'nodes',
        data: { id: `badge:${seg.id}`, kind: 'badge', segmentId: seg.id, label: translate(lang, 'status.FILLING'), w: BADGE.w, h: BADGE.h, tmw: BADGE.w, z: 40 },
        position: badgePosition(seg),
        classes: 'badge',
        grabbable: false,
      });
    }
  }
  const local = new Set(data.localEnterpriseIds ?? []);
  const masters = new Set(data.masterIds ?? []);
  for (const e of layout.enterprises) {
    const classes = ['enterprise', mode !== 'panorama' && local.has(e.enterpriseId) ? 'local' : 'remote'];
    if (masters.has(e.enterpriseId)) classes.push('master');
    out.push({
      group: 'nodes',
      data: { id: `ent:${e.key}`, kind: 'enterprise', enterpriseId: e.enterpriseId, segmentId: e.segmentId, label: e.lines.join('\n'), w: e.w, h: e.h, tmw: e.w - 2 * METRICS.entPad + 4, z: 30 },
      position: { x: e.x, y: e.y },
      classes: classes.join(' '),
      grabbable: false,
    });
  }
  out.push(...badges);
  const broken = brokenSet(data, mode);
  const markers = placeMarkers(
    layout,
    layout.flows.filter((f) => broken.has(`${f.from}->${f.to}`)),
  );
  for (const f of layout.flows) {
    const isBroken = broken.has(`${f.from}->${f.to}`);
    out.push({
      group: 'edges',
      data: { id: flowId(f.from, f.to), kind: 'flow', source: `seg:${f.from}`, target: `seg:${f.to}`, from: f.from, to: f.to },
      classes: isBroken ? 'flow broken' : 'flow',
    });
    if (isBroken) {
      out.push({
        group: 'nodes',
        data: { id: markerId(f.from, f.to), kind: 'marker', from: f.from, to: f.to, label: translate(lang, 'status.brokenShort'), w: MARKER.size, h: MARKER.size, tmw: MARKER.size, z: 45 },
        position: markers.get(`${f.from}->${f.to}`)!,
        classes: 'broken-marker',
        grabbable: false,
      });
    }
  }
  return out;
}
