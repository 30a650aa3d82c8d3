import { translate } from '../i18n/index.js';
import { wrapText } from './text.js';
import {
  STAGES,
  type ChainLayout,
  type EnterpriseInput,
  type FlowInput,
  type LaidOutEnterprise,
  type LaidOutSegment,
  type LaidOutStage,
  type LayoutOptions,
  type SegmentInput,
  type Stage,
} from './types.js';

/**
 * The chain map's one layout: three stage columns (上游 → 中游 → 下游), each top-level segment a box
 * holding its sub-segments (nested, sized by content), enterprises on a grid inside their segment
 * when drilled into. It depends on the segments, flows, drilled enterprises and the label language
 * only — never on the mode — so 全景图, 现状图 and 预测 put every node in the same place, and a gap
 * is a hole in the same spot in all of them. Same input, same output, to the byte.
 */

export const LINE_HEIGHT = 1.25;
export const METRICS = {
  leafW: 140,
  leafPadX: 8,
  leafPadY: 6,
  leafFont: 13,
  leafMaxLines: 3,
  boxPad: 10,
  boxTop: 6,
  boxFont: 14,
  boxMaxLines: 3,
  gap: 12,
  entW: 116,
  entPad: 5,
  entFont: 11,
  entMaxLines: 3,
  stagePad: 16,
  stageFont: 20,
  stageTitleH: 44,
  stageGap: 90,
  topGap: 20,
} as const;

const M = METRICS;
const lineH = (font: number) => font * LINE_HEIGHT;

/** A measured item: size, and children at offsets from its top-left corner. */
interface Measured {
  seg: SegmentInput;
  depth: number;
  kind: 'box' | 'leaf';
  w: number;
  h: number;
  headerH: number;
  lines: string[];
  font: number;
  children: Array<{ item: Measured; dx: number; dy: number }>;
  ents: Array<{ ent: EnterpriseInput; dx: number; dy: number; w: number; h: number; lines: string[] }>;
  /** Offset of the content (children and enterprises) when the item is stretched wider. */
  shift: number;
}

const orderKey = (s: SegmentInput) => (typeof s.order === 'number' && Number.isFinite(s.order) ? s.order : Number.MAX_SAFE_INTEGER);
const byOrderThenId = (a: SegmentInput, b: SegmentInput) => orderKey(a) - orderKey(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Row-major grid, each column as wide as its widest cell and each row as tall as its tallest. */
function grid<T extends { w: number; h: number }>(items: T[], cols: number, stretch: (item: T) => boolean) {
  const colW: number[] = new Array(cols).fill(0);
  const rowH: number[] = new Array(Math.ceil(items.length / cols)).fill(0);
  items.forEach((it, i) => {
    colW[i % cols] = Math.max(colW[i % cols]!, it.w);
    rowH[Math.floor(i / cols)] = Math.max(rowH[Math.floor(i / cols)]!, it.h);
  });
  const colX: number[] = [];
  colW.reduce((x, w, c) => ((colX[c] = x), x + w + M.gap), 0);
  const rowY: number[] = [];
  rowH.reduce((y, h, r) => ((rowY[r] = y), y + h + M.gap), 0);
  const placed = items.map((it, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    if (stretch(it)) {
      it.w = colW[c]!;
      it.h = rowH[r]!;
    }
    return { item: it, dx: colX[c]! + (colW[c]! - it.w) / 2, dy: rowY[r]! };
  });
  const width = items.length ? colW.reduce((a, b) => a + b, 0) + M.gap * (cols - 1) : 0;
  const height = items.length ? rowH.reduce((a, b) => a + b, 0) + M.gap * (rowH.length - 1) : 0;
  return { placed, width, height };
}

function gridCols(n: number, hasBoxes: boolean): number {
  if (n <= 1) return 1;
  if (hasBoxes) return 2;
  if (n <= 3) return n;
  return Math.min(4, Math.ceil(Math.sqrt(n)));
}

export function layoutChain(segments: readonly SegmentInput[], flows: readonly FlowInput[], options: LayoutOptions = {}): ChainLayout {
  const lang = options.lang ?? 'zh';
  const label = (s: { name: string; nameEn?: string | null }) => (lang === 'en' && s.nameEn ? s.nameEn : s.name);
  const byIdMap = new Map<string, SegmentInput>();
  for (const s of [...segments].sort(byId)) if (!byIdMap.has(s.id)) byIdMap.set(s.id, s);
  const children = new Map<string, SegmentInput[]>();
  const tops: SegmentInput[] = [];
  for (const s of byIdMap.values()) {
    const parent = s.parentId && s.parentId !== s.id ? byIdMap.get(s.parentId) : undefined;
    if (parent) {
      const list = children.get(parent.id) ?? [];
      list.push(s);
      children.set(parent.id, list);
    } else tops.push(s);
  }
  for (const list of children.values()) list.sort(byOrderThenId);
  const drilled = (id: string) => options.drill === 'all' || (Array.isArray(options.drill) && options.drill.includes(id));
  const seen = new Set<string>();

  const measure = (seg: SegmentInput, depth: number): Measured => {
    seen.add(seg.id);
    const kids = (children.get(seg.id) ?? []).filter((k) => !seen.has(k.id)).map((k) => measure(k, depth + 1));
    const entList = drilled(seg.id) ? [...(options.enterprises?.[seg.id] ?? [])].sort(byId).filter((e, i, a) => i === 0 || a[i - 1]!.id !== e.id) : [];
    if (!kids.length && !entList.length) {
      const lines = wrapText(label(seg), M.leafW - 2 * M.leafPadX, M.leafFont, M.leafMaxLines);
      const h = 2 * M.leafPadY + (lines.length + 1) * lineH(M.leafFont);
      return { seg, depth, kind: 'leaf', w: M.leafW, h, headerH: h, lines, font: M.leafFont, children: [], ents: [], shift: 0 };
    }
    // Children in their order, in runs: a run of leaves is one grid, a run of boxes another,
    // stacked top to bottom, so leaves stay compact and boxes do not stretch them.
    const runs: Measured[][] = [];
    for (const k of kids) {
      const last = runs[runs.length - 1];
      if (last && (last[0]!.kind === 'leaf') === (k.kind === 'leaf')) last.push(k);
      else runs.push([k]);
    }
    const runGrids = runs.map((run) => grid(run, gridCols(run.length, run[0]!.kind === 'box'), (k) => k.kind === 'leaf'));
    const kidGrid = {
      width: Math.max(0, ...runGrids.map((g) => g.width)),
      height: runGrids.reduce((h, g, i) => h + g.height + (i ? M.gap : 0), 0),
      placed: [] as Array<{ item: Measured; dx: number; dy: number }>,
    };
    let runY = 0;
    for (const g of runGrids) {
      const dx = (kidGrid.width - g.width) / 2;
      for (const p of g.placed) kidGrid.placed.push({ item: p.item, dx: dx + p.dx, dy: runY + p.dy });
      runY += g.height + M.gap;
    }
    const entItems = entList.map((ent) => {
      const lines = wrapText(label(ent), M.entW - 2 * M.entPad, M.entFont, M.entMaxLines);
      return { ent, w: M.entW, h: 2 * M.entPad + lines.length * lineH(M.entFont), lines };
    });
    const entGrid = grid(entItems, entItems.length <= 2 ? Math.max(1, entItems.length) : Math.min(4, Math.ceil(Math.sqrt(entItems.length))), () => true);
    const contentW = Math.max(kidGrid.width, entGrid.width, M.leafW);
    const lines = wrapText(label(seg), contentW, M.boxFont, M.boxMaxLines);
    const headerH = M.boxTop + (lines.length + 1) * lineH(M.boxFont) + 14;
    const both = kids.length && entItems.length ? M.gap : 0;
    const h = headerH + kidGrid.height + both + entGrid.height + M.boxPad;
    const kidX = M.boxPad + (contentW - kidGrid.width) / 2;
    const entX = M.boxPad + (contentW - entGrid.width) / 2;
    const entY = headerH + kidGrid.height + both;
    return {
      seg,
      depth,
      kind: 'box',
      w: contentW + 2 * M.boxPad,
      h,
      headerH,
      lines,
      font: M.boxFont,
      children: kidGrid.placed.map((p) => ({ item: p.item, dx: kidX + p.dx, dy: headerH + p.dy })),
      ents: entGrid.placed.map((p) => ({ ent: p.item.ent, dx: entX + p.dx, dy: entY + p.dy, w: p.item.w, h: p.item.h, lines: p.item.lines })),
      shift: 0,
    };
  };

  const stageTops = new Map<Stage, Measured[]>(STAGES.map((s) => [s, []]));
  for (const top of [...tops].sort(byOrderThenId)) {
    const stage = STAGES.includes(top.stage) ? top.stage : 'MIDSTREAM';
    stageTops.get(stage)!.push(measure(top, 0));
  }

  const outSegments: LaidOutSegment[] = [];
  const outEnts: LaidOutEnterprise[] = [];
  const place = (m: Measured, left: number, top: number, parentId: string | null, stage: Stage) => {
    outSegments.push({
      id: m.seg.id,
      kind: m.kind,
      stage,
      depth: m.depth,
      parentId,
      x: left + m.w / 2,
      y: top + m.h / 2,
      w: m.w,
      h: m.h,
      headerH: m.headerH,
      lines: m.lines,
      fontSize: m.font,
    });
    for (const c of m.children) place(c.item, left + m.shift + c.dx, top + c.dy, m.seg.id, stage);
    for (const e of m.ents) {
      outEnts.push({
        key: `${m.seg.id}/${e.ent.id}`,
        enterpriseId: e.ent.id,
        segmentId: m.seg.id,
        x: left + m.shift + e.dx + e.w / 2,
        y: top + e.dy + e.h / 2,
        w: e.w,
        h: e.h,
        lines: e.lines,
        fontSize: M.entFont,
      });
    }
  };

  const colW = STAGES.map((s) => Math.max(M.leafW, ...stageTops.get(s)!.map((m) => m.w)));
  const colH = STAGES.map((s) => stageTops.get(s)!.reduce((h, m, i) => h + m.h + (i ? M.topGap : 0), 0));
  const stageH = M.stageTitleH + Math.max(...colH, lineH(M.leafFont) * 2) + 2 * M.stagePad;
  const outStages: LaidOutStage[] = [];
  let x = 0;
  STAGES.forEach((stage, i) => {
    const w = colW[i]! + 2 * M.stagePad;
    outStages.push({ stage, x: x + w / 2, y: stageH / 2, w, h: stageH, title: translate(lang, `stage.${stage}`), titleH: M.stageTitleH });
    let y = M.stageTitleH + M.stagePad;
    for (const m of stageTops.get(stage)!) {
      const extra = colW[i]! - m.w;
      m.w = colW[i]!;
      m.shift = extra / 2;
      place(m, x + M.stagePad, y, null, stage);
      y += m.h + M.topGap;
    }
    x += w + M.stageGap;
  });

  const present = new Set(outSegments.map((s) => s.id));
  const flowKeys = new Set<string>();
  const outFlows: FlowInput[] = [];
  for (const f of flows) {
    const key = `${f.from}\u0000${f.to}`;
    if (f.from === f.to || !present.has(f.from) || !present.has(f.to) || flowKeys.has(key)) continue;
    flowKeys.add(key);
    outFlows.push({ from: f.from, to: f.to });
  }
  outFlows.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));

  return { lang, stages: outStages, segments: outSegments, enterprises: outEnts, flows: outFlows, width: x - M.stageGap, height: stageH };
}

/**
 * Enterprises attached directly to each segment, from lists that (like the panorama's) hold a
 * segment's own enterprises and its descendants': an enterprise listed under a descendant is
 * drawn there, not again in the ancestor.
 */
export function directEnterprises(segments: readonly SegmentInput[], listed: Record<string, EnterpriseInput[]>): Record<string, EnterpriseInput[]> {
  const parent = new Map(segments.map((s) => [s.id, s.parentId ?? null]));
  const inDescendant = new Map<string, Set<string>>();
  for (const s of segments) {
    const ids = (listed[s.id] ?? []).map((e) => e.id);
    const guard = new Set<string>();
    for (let p = parent.get(s.id) ?? null; p && !guard.has(p); p = parent.get(p) ?? null) {
      guard.add(p);
      const set = inDescendant.get(p) ?? new Set<string>();
      for (const id of ids) set.add(id);
      inDescendant.set(p, set);
    }
  }
  const out: Record<string, EnterpriseInput[]> = {};
  for (const s of segments) {
    const below = inDescendant.get(s.id);
    out[s.id] = (listed[s.id] ?? []).filter((e) => !below?.has(e.id));
  }
  return out;
}
