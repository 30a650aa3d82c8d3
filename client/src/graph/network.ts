import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { clipToBox } from './elements.js';
import { LINE_HEIGHT } from './layout.js';
import { ENTERPRISE, FONT_STACK } from './palette.js';
import { textWidth, wrapText } from './text.js';

export type LinkEvidence = 'CONFIRMED' | 'UNCERTAIN' | 'INFERRED';

export interface NetworkNodeInput {
  id: string;
  name: string;
  tier: number;
  local: boolean;
  /** The segment it is grouped under in its tier (its first segment); none: the "other" group. */
  group?: { id: string; name: string } | null;
  /** 韧性: a tier-1 supplier that is the only channel of some tier-2 suppliers (marked red). */
  sole?: boolean;
  /** 韧性: a tier-2 supplier that reaches the centre through one tier-1 supplier only. */
  carried?: boolean;
}

export interface NetworkEdgeInput {
  from: string;
  to: string;
  evidence?: LinkEvidence | null;
}

export const NET = {
  nodeW: 164,
  nodeH: 40,
  font: 12,
  /** Vertical pitch of enterprise rows inside a group. */
  row: 52,
  /** Horizontal gap between enterprises of one group. */
  subGap: 24,
  /** Gap between tier columns. */
  colGap: 110,
  groupPad: 12,
  groupHead: 24,
  groupFont: 12,
  groupGap: 16,
  tierFont: 15,
  /** Rows a tier aims at before it takes another column of groups. */
  maxRows: 16,
} as const;

const SLOT_W = NET.nodeW + 2 * NET.groupPad;
const OTHER = '\u0000other';

export interface NetworkBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface NetworkGroup extends NetworkBox {
  key: string;
  tier: number;
  /** The segment's id, or null for enterprises without a segment. */
  segmentId: string | null;
  name: string;
  local: number;
  total: number;
}

export interface NetworkLayout {
  /** Centre point, size and label lines of each enterprise. */
  positions: Map<string, NetworkBox & { lines: string[] }>;
  groups: NetworkGroup[];
  /** Tier columns, right to left in supply order (the centre last). */
  columns: Array<{ tier: number; x: number; width: number; top: number }>;
  /** Model bounds of everything laid out (tier titles included). */
  bounds: { x1: number; y1: number; x2: number; y2: number };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface Packed {
  key: string;
  nodes: NetworkNodeInput[];
  cols: number;
  rows: number;
  dx: number;
  dy: number;
  w: number;
  h: number;
}

/** Groups of one tier on shelves `slots` wide; returns their offsets and the block's size. */
function pack(groups: Array<{ key: string; nodes: NetworkNodeInput[] }>, slots: number) {
  const out: Packed[] = [];
  let y = 0;
  let slot = 0;
  let shelfH = 0;
  for (const g of groups) {
    const cols = Math.min(slots, g.nodes.length);
    const rows = Math.ceil(g.nodes.length / cols);
    if (slot + cols > slots) {
      y += shelfH + NET.groupGap;
      slot = 0;
      shelfH = 0;
    }
    const w = cols * NET.nodeW + (cols - 1) * NET.subGap + 2 * NET.groupPad;
    const h = NET.groupHead + 2 * NET.groupPad + rows * NET.nodeH + (rows - 1) * (NET.row - NET.nodeH);
    out.push({ ...g, cols, rows, dx: slot * (SLOT_W + NET.groupGap), dy: y, w, h });
    slot += cols;
    shelfH = Math.max(shelfH, h);
  }
  return { packed: out, width: slots * SLOT_W + (slots - 1) * NET.groupGap, height: y + shelfH };
}

/**
 * A supplier network as columns, right to left: the centre, its tier-1 suppliers, their
 * suppliers… (supply flows left to right, into the centre). In each tier the suppliers are
 * grouped by segment (groups in segment-id order, enterprises without a segment last; local
 * enterprises first inside a group, then by id), and the groups are packed on shelves in as many
 * slots as keep the tier about `maxRows` rows high. The same network always lands the same.
 */
export function layoutNetwork(nodes: readonly NetworkNodeInput[]): NetworkLayout {
  const tiers = new Map<number, NetworkNodeInput[]>();
  for (const n of nodes) tiers.set(n.tier, [...(tiers.get(n.tier) ?? []), n]);
  const order = [...tiers.keys()].sort((a, b) => b - a);
  const positions: NetworkLayout['positions'] = new Map();
  const groups: NetworkGroup[] = [];
  const columns: NetworkLayout['columns'] = [];
  const maxHeight = NET.maxRows * NET.row * 1.5;
  let x = 0;
  for (const tier of order) {
    const list = tiers.get(tier)!;
    const place = (n: NetworkNodeInput, cx: number, cy: number) => positions.set(n.id, { x: cx, y: cy, w: NET.nodeW, h: NET.nodeH, lines: wrapText(n.name, NET.nodeW - 14, NET.font, 2) });
    if (tier === 0) {
      const sorted = [...list].sort(byId);
      sorted.forEach((n, i) => place(n, x + NET.nodeW / 2, (i - (sorted.length - 1) / 2) * NET.row));
      const top = -((sorted.length - 1) / 2) * NET.row - NET.nodeH / 2;
      columns.push({ tier, x: x + NET.nodeW / 2, width: NET.nodeW, top });
      x += NET.nodeW + NET.colGap;
      continue;
    }
    const byGroup = new Map<string, { key: string; name: string; segmentId: string | null; nodes: NetworkNodeInput[] }>();
    for (const n of list) {
      const key = n.group?.id ?? OTHER;
      const g = byGroup.get(key) ?? { key, name: n.group?.name ?? '', segmentId: n.group?.id ?? null, nodes: [] };
      g.nodes.push(n);
      byGroup.set(key, g);
    }
    const sortedGroups = [...byGroup.values()].sort((a, b) => (a.key === OTHER ? 1 : b.key === OTHER ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const g of sortedGroups) g.nodes.sort((a, b) => Number(b.local) - Number(a.local) || byId(a, b));
    let slots = Math.max(1, Math.ceil(list.length / NET.maxRows));
    let block = pack(sortedGroups, slots);
    const widest = Math.max(...sortedGroups.map((g) => g.nodes.length));
    while (block.height > maxHeight && slots < widest + sortedGroups.length) {
      slots += 1;
      block = pack(sortedGroups, slots);
    }
    const top = -block.height / 2;
    block.packed.forEach((p, i) => {
      const g = sortedGroups[i]!;
      const gx = x + p.dx;
      const gy = top + p.dy;
      groups.push({
        key: `${tier}:${g.key}`,
        tier,
        segmentId: g.segmentId,
        name: g.name,
        local: g.nodes.filter((n) => n.local).length,
        total: g.nodes.length,
        x: gx + p.w / 2,
        y: gy + p.h / 2,
        w: p.w,
        h: p.h,
      });
      p.nodes.forEach((n, j) => {
        const c = j % p.cols;
        const r = Math.floor(j / p.cols);
        place(n, gx + NET.groupPad + c * (NET.nodeW + NET.subGap) + NET.nodeW / 2, gy + NET.groupHead + NET.groupPad + r * NET.row + NET.nodeH / 2);
      });
    });
    columns.push({ tier, x: x + block.width / 2, width: block.width, top });
    x += block.width + NET.colGap;
  }
  const titleY = Math.min(0, ...columns.map((c) => c.top)) - 28;
  const boxes = [...positions.values(), ...groups];
  const bounds = {
    x1: Math.min(0, ...boxes.map((b) => b.x - b.w / 2)),
    y1: titleY - NET.tierFont,
    x2: Math.max(0, ...boxes.map((b) => b.x + b.w / 2)),
    y2: Math.max(0, ...boxes.map((b) => b.y + b.h / 2)),
  };
  return { positions, groups, columns: columns.map((c) => ({ ...c, top: titleY })), bounds };
}

export interface NetworkLabels {
  /** A tier column's title (e.g. 一级供应商). */
  tier: (tier: number) => string;
  /** A group's header (segment name and local/total counts). */
  group: (g: NetworkGroup) => string;
}

const defaultLabels: NetworkLabels = { tier: String, group: (g) => `${g.name || '—'} ${g.local}/${g.total}` };

/** A group header on one line that fits its box: a long segment name is shortened, the counts kept. */
export function groupLabel(labels: NetworkLabels, g: NetworkGroup): string {
  const room = g.w - 2 * NET.groupPad;
  const full = labels.group(g);
  if (textWidth(full, NET.groupFont) <= room) return full;
  const chars = [...g.name];
  for (let n = chars.length - 1; n > 0; n -= 1) {
    const label = labels.group({ ...g, name: `${chars.slice(0, n).join('').trimEnd()}…` });
    if (textWidth(label, NET.groupFont) <= room) return label;
  }
  return wrapText(full, room, NET.groupFont, 1)[0] ?? '';
}

/** Cytoscape elements of a supplier network: tier titles, segment groups, enterprises, links. */
export function networkElements(nodes: readonly NetworkNodeInput[], edges: readonly NetworkEdgeInput[], labels: NetworkLabels = defaultLabels): ElementDefinition[] {
  const { positions, groups, columns } = layoutNetwork(nodes);
  const out: ElementDefinition[] = columns.map((c) => ({
    group: 'nodes',
    data: { id: `tier:${c.tier}`, kind: 'tier', label: labels.tier(c.tier) },
    position: { x: c.x, y: c.top },
    classes: 'tier-title',
    selectable: false,
    grabbable: false,
  }));
  for (const g of groups) {
    out.push({
      group: 'nodes',
      // title: the whole header, shown on hover where the box had to shorten it
      data: {
        id: `group:${g.key}`,
        kind: 'group',
        segmentId: g.segmentId ?? '',
        label: groupLabel(labels, g),
        title: labels.group(g),
        w: g.w,
        h: g.h,
        dy: NET.groupPad + NET.groupFont * LINE_HEIGHT + 1,
      },
      position: { x: g.x, y: g.y },
      classes: 'group',
      selectable: false,
      grabbable: false,
    });
  }
  out.push(
    ...nodes.map((n): ElementDefinition => ({
      group: 'nodes',
      data: { id: `ent:${n.id}`, kind: 'enterprise', enterpriseId: n.id, label: positions.get(n.id)!.lines.join('\n'), tier: n.tier },
      position: { x: positions.get(n.id)!.x, y: positions.get(n.id)!.y },
      classes: [n.tier === 0 ? 'center' : `tier${Math.min(n.tier, 3)}`, n.local ? 'local' : 'remote', ...(n.sole ? ['sole'] : []), ...(n.carried ? ['carried'] : [])].join(' '),
      grabbable: false,
    })),
  );
  const sole = new Set(nodes.filter((n) => n.sole).map((n) => n.id));
  const carried = new Set(nodes.filter((n) => n.carried).map((n) => n.id));
  for (const e of edges) {
    if (!positions.has(e.from) || !positions.has(e.to)) continue;
    const channel = carried.has(e.from) && sole.has(e.to) ? ' sole-link' : '';
    out.push({ group: 'edges', data: { id: `supply:${e.from}->${e.to}`, source: `ent:${e.from}`, target: `ent:${e.to}` }, classes: `supply ${edgeClass(e.evidence)}${channel}` });
  }
  return out;
}

/** Confirmed links are drawn dark, the others (uncertain, inferred, unknown) light. */
export const edgeClass = (evidence: LinkEvidence | null | undefined) => (evidence === 'CONFIRMED' ? 'confirmed' : 'unconfirmed');

export const NETWORK_LOOK = {
  local: { fill: '#f6ffed', border: ENTERPRISE.local.border, text: ENTERPRISE.local.text, width: 2 },
  remote: { fill: '#fafafa', border: ENTERPRISE.remote.border, text: ENTERPRISE.remote.text, width: 1 },
  center: { fill: '#f9f0ff', border: ENTERPRISE.master, text: '#391085', width: 3 },
  group: { fill: '#fcfcfc', border: '#e0e0e0', text: '#595959' },
  tier: { text: '#595959' },
  confirmed: { line: '#595959', width: 1.6 },
  unconfirmed: { line: '#c8c8c8', width: 1.2 },
  /** 韧性 marks: sole channels and the links they carry. */
  sole: { line: '#cf1322' },
} as const;

export function networkStylesheet(): StylesheetJson {
  const L = NETWORK_LOOK;
  const rules: Array<{ selector: string; style: Record<string, string | number> }> = [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: NET.nodeW,
        height: NET.nodeH,
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': NET.font,
        'text-wrap': 'wrap',
        'text-overflow-wrap': 'anywhere',
        'text-max-width': NET.nodeW - 10,
        'line-height': LINE_HEIGHT,
        'text-valign': 'center',
        'min-zoomed-font-size': 7,
        'background-color': L.remote.fill,
        'border-width': L.remote.width,
        'border-color': L.remote.border,
        color: L.remote.text,
        'overlay-opacity': 0,
        'z-index-compare': 'manual',
        'z-index': 10,
      },
    },
    { selector: 'node.local', style: { 'background-color': L.local.fill, 'border-color': L.local.border, 'border-width': L.local.width, color: L.local.text } },
    { selector: 'node.center', style: { 'background-color': L.center.fill, 'border-color': L.center.border, 'border-width': L.center.width, 'font-weight': 'bold', color: L.center.text } },
    { selector: 'node:selected', style: { 'border-color': '#1677ff', 'border-width': 3 } },
    {
      selector: 'node.group',
      style: {
        width: 'data(w)',
        height: 'data(h)',
        'background-color': L.group.fill,
        'border-color': L.group.border,
        'border-width': 1,
        color: L.group.text,
        'font-size': NET.groupFont,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-margin-y': 'data(dy)',
        'text-max-width': 'data(w)',
        'corner-radius': 8,
        'z-index': 0,
        events: 'no',
      },
    },
    { selector: 'node.tier-title', style: { 'background-opacity': 0, 'border-width': 0, 'font-size': NET.tierFont, 'font-weight': 'bold', color: L.tier.text, events: 'no' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        width: L.unconfirmed.width,
        'line-color': L.unconfirmed.line,
        'target-arrow-color': L.unconfirmed.line,
        'target-arrow-shape': 'triangle',
        'overlay-opacity': 0,
        'z-index-compare': 'manual',
        'z-index': 5,
      },
    },
    { selector: 'edge.confirmed', style: { width: L.confirmed.width, 'line-color': L.confirmed.line, 'target-arrow-color': L.confirmed.line, 'z-index': 6 } },
    { selector: 'node.sole', style: { 'border-color': L.sole.line, 'border-width': 4, 'border-style': 'double' } },
    { selector: 'node.carried', style: { 'border-color': L.sole.line, 'border-style': 'dashed' } },
    { selector: 'edge.sole-link', style: { 'line-color': L.sole.line, 'target-arrow-color': L.sole.line, 'line-style': 'dashed', width: 2, 'z-index': 7 } },
  ];
  return rules as StylesheetJson;
}

/** Where a link leaves its supplier's box and meets its customer's (straight, as on screen). */
export function linkEnds(layout: NetworkLayout, e: NetworkEdgeInput): [number, number, number, number] | null {
  const a = layout.positions.get(e.from);
  const b = layout.positions.get(e.to);
  if (!a || !b) return null;
  const [x1, y1] = clipToBox(a, b.x, b.y);
  const [x2, y2] = clipToBox(b, a.x, a.y);
  return [x1, y1, x2, y2];
}
