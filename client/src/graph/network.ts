import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { ENTERPRISE, FONT_STACK } from './palette.js';
import { wrapText } from './text.js';

export interface NetworkNodeInput {
  id: string;
  name: string;
  tier: number;
  local: boolean;
}

export interface NetworkEdgeInput {
  from: string;
  to: string;
}

const NODE_W = 164;
const FONT = 12;
const ROW = 56;
const COL_GAP = 90;
const SUB_GAP = 24;
const MAX_ROWS = 16;

/**
 * A supplier network as columns, right to left: the centre, its tier-1 suppliers, their
 * suppliers… (supply flows left to right, into the centre). Each tier lists local enterprises
 * first, then by id, in as many sub-columns as it needs; the same network always lands the same.
 */
export function layoutNetwork(nodes: readonly NetworkNodeInput[]) {
  const tiers = new Map<number, NetworkNodeInput[]>();
  for (const n of nodes) tiers.set(n.tier, [...(tiers.get(n.tier) ?? []), n]);
  const order = [...tiers.keys()].sort((a, b) => b - a);
  const positions = new Map<string, { x: number; y: number; lines: string[] }>();
  const columns: Array<{ tier: number; x: number; width: number }> = [];
  let x = 0;
  for (const tier of order) {
    const list = tiers.get(tier)!.sort((a, b) => Number(b.local) - Number(a.local) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const subs = Math.max(1, Math.ceil(list.length / MAX_ROWS));
    const rows = Math.ceil(list.length / subs);
    const width = subs * NODE_W + (subs - 1) * SUB_GAP;
    list.forEach((n, i) => {
      const sub = Math.floor(i / rows);
      const row = i % rows;
      const inColumn = Math.min(rows, list.length - sub * rows);
      positions.set(n.id, { x: x + sub * (NODE_W + SUB_GAP) + NODE_W / 2, y: (row - (inColumn - 1) / 2) * ROW, lines: wrapText(n.name, NODE_W - 14, FONT, 2) });
    });
    columns.push({ tier, x: x + width / 2, width });
    x += width + COL_GAP;
  }
  return { positions, columns };
}

/** Cytoscape elements of a supplier network; `tierTitle` names each column (e.g. 一级供应商). */
export function networkElements(nodes: readonly NetworkNodeInput[], edges: readonly NetworkEdgeInput[], tierTitle: (tier: number) => string = String): ElementDefinition[] {
  const { positions, columns } = layoutNetwork(nodes);
  const top = Math.min(0, ...[...positions.values()].map((p) => p.y)) - ROW;
  const out: ElementDefinition[] = columns.map((c) => ({
    group: 'nodes',
    data: { id: `tier:${c.tier}`, kind: 'tier', label: tierTitle(c.tier) },
    position: { x: c.x, y: top },
    classes: 'tier-title',
    selectable: false,
    grabbable: false,
  }));
  out.push(...nodes.map((n): ElementDefinition => ({
    group: 'nodes',
    data: { id: `ent:${n.id}`, kind: 'enterprise', enterpriseId: n.id, label: positions.get(n.id)!.lines.join('\n'), tier: n.tier },
    position: { x: positions.get(n.id)!.x, y: positions.get(n.id)!.y },
    classes: [n.tier === 0 ? 'center' : `tier${Math.min(n.tier, 3)}`, n.local ? 'local' : 'remote'].join(' '),
    grabbable: false,
  })));
  for (const e of edges) {
    if (!positions.has(e.from) || !positions.has(e.to)) continue;
    out.push({ group: 'edges', data: { id: `supply:${e.from}->${e.to}`, source: `ent:${e.from}`, target: `ent:${e.to}` }, classes: 'supply' });
  }
  return out;
}

export function networkStylesheet(): StylesheetJson {
  const rules: Array<{ selector: string; style: Record<string, string | number> }> = [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: NODE_W,
        height: 40,
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': FONT,
        'text-wrap': 'wrap',
        'text-overflow-wrap': 'anywhere',
        'text-max-width': NODE_W - 10,
        'text-valign': 'center',
        'min-zoomed-font-size': 7,
        'background-color': '#fff',
        'border-width': 1,
        'border-color': ENTERPRISE.remote.border,
        color: ENTERPRISE.remote.text,
        'overlay-opacity': 0,
      },
    },
    { selector: 'node.local', style: { 'background-color': '#f6ffed', 'border-color': ENTERPRISE.local.border, 'border-width': 2, color: ENTERPRISE.local.text } },
    { selector: 'node.remote', style: { 'background-color': '#fafafa' } },
    { selector: 'node.center', style: { 'background-color': '#f9f0ff', 'border-color': ENTERPRISE.master, 'border-width': 3, 'font-weight': 'bold', color: '#391085' } },
    { selector: 'node:selected', style: { 'border-color': '#1677ff', 'border-width': 3 } },
    { selector: 'node.tier-title', style: { 'background-opacity': 0, 'border-width': 0, 'font-size': 15, 'font-weight': 'bold', color: '#595959', events: 'no' } },
    {
      selector: 'edge',
      style: { 'curve-style': 'straight', width: 1.2, 'line-color': '#bfbfbf', 'target-arrow-color': '#bfbfbf', 'target-arrow-shape': 'triangle', 'overlay-opacity': 0 },
    },
  ];
  return rules as StylesheetJson;
}
