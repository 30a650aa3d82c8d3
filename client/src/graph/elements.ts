import type { ElementDefinition } from 'cytoscape';
import { translate } from '../i18n/index.js';
import { LINE_HEIGHT, METRICS } from './layout.js';
import type { ChainLayout, GapStatus, LaidOutSegment, MapData, MapMode } from './types.js';

/** What one segment looks like in a mode: the count line under its name and its status classes. */
export interface SegmentLook {
  status: GapStatus | null;
  filling: boolean;
  countLine: string;
}

export const BADGE = { w: 52, h: 18, font: 11 } as const;
export const MARKER = { size: 22, font: 13 } as const;

export function segmentLook(layout: ChainLayout, data: MapData, mode: MapMode, segmentId: string): SegmentLook {
  const facts = data.facts[segmentId];
  const lang = layout.lang;
  if (mode === 'panorama' || !facts || facts.status === undefined) {
    const count = facts?.enterpriseCount;
    return { status: null, filling: false, countLine: mode === 'panorama' && count !== undefined ? translate(lang, 'label.enterpriseCount', { count }) : '' };
  }
  const status = translate(lang, `status.${facts.status}`);
  const count = facts.localCount ?? 0;
  return {
    status: facts.status,
    filling: Boolean(facts.filling) && facts.status !== 'STRONG',
    countLine: translate(lang, mode === 'projected' ? 'label.projectedCount' : 'label.localCount', { count, status }),
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
 * The 断链 marker's place: the middle of the part of the straight edge that lies outside both
 * end boxes, so it does not sit on either segment's label.
 */
export function markerPosition(a: LaidOutSegment, b: LaidOutSegment) {
  const [x1, y1] = clipToBox(a, b.x, b.y);
  const [x2, y2] = clipToBox(b, a.x, a.y);
  return { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
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
  const pos = new Map(layout.segments.map((s) => [s.id, s]));
  for (const f of layout.flows) {
    const isBroken = broken.has(`${f.from}->${f.to}`);
    out.push({
      group: 'edges',
      data: { id: flowId(f.from, f.to), kind: 'flow', source: `seg:${f.from}`, target: `seg:${f.to}`, from: f.from, to: f.to },
      classes: isBroken ? 'flow broken' : 'flow',
    });
    if (isBroken) {
      const a = pos.get(f.from)!;
      const b = pos.get(f.to)!;
      out.push({
        group: 'nodes',
        data: { id: markerId(f.from, f.to), kind: 'marker', from: f.from, to: f.to, label: translate(lang, 'status.brokenShort'), w: MARKER.size, h: MARKER.size, tmw: MARKER.size, z: 45 },
        position: markerPosition(a, b),
        classes: 'broken-marker',
        grabbable: false,
      });
    }
  }
  return out;
}
