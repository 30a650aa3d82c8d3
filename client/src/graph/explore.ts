import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { LINE_HEIGHT } from './layout.js';
import { ENTERPRISE, FONT_STACK, PANORAMA } from './palette.js';
import { wrapText } from './text.js';

export type ExploreKind = 'ENTERPRISE' | 'SEGMENT' | 'CHAIN';

export interface ExploreNode {
  kind: ExploreKind;
  id: string;
  name: string;
  nameEn?: string | null;
  chainId?: string | null;
  local?: boolean | null;
}

export interface ExploreGroup {
  relation: string;
  total: number;
  nodes: ExploreNode[];
}

export interface Neighborhood {
  node: ExploreNode;
  groups: ExploreGroup[];
}

/** Neighbours listed per relation and step (the rest behind a "+N" node). */
export const EXPLORE_PAGE = 12;
/** Most nodes the explorer holds; past it an expansion adds nothing and says so. */
export const EXPLORE_MAX_NODES = 300;

export const nodeKey = (n: { kind: string; id: string }) => `${n.kind}:${n.id}`;

export function parseNodeKey(key: string): { kind: ExploreKind; id: string } | null {
  const at = key.indexOf(':');
  const kind = key.slice(0, at);
  if (at < 1 || !['ENTERPRISE', 'SEGMENT', 'CHAIN'].includes(kind) || at === key.length - 1) return null;
  return { kind: kind as ExploreKind, id: key.slice(at + 1) };
}

/**
 * One step of an exploration: open a node, list the next page of one of its relations
 * (`relation`), or find the supply paths from it to another enterprise (`to`, a node key).
 */
export interface ExploreStep {
  key: string;
  relation: string | null;
  to?: string;
}

/**
 * Steps as URL values: `ENTERPRISE:boe` opens a node, `ENTERPRISE:boe>SUPPLIER` pages a relation,
 * `path:ENTERPRISE:a|ENTERPRISE:b` finds the paths from a to b.
 */
export const stepToParam = (s: ExploreStep) => (s.to ? `path:${s.key}|${s.to}` : s.relation ? `${s.key}>${s.relation}` : s.key);

export function stepFromParam(value: string): ExploreStep | null {
  if (value.startsWith('path:')) {
    const bar = value.indexOf('|ENTERPRISE:');
    const from = value.slice(5, bar);
    const to = value.slice(bar + 1);
    return bar > 5 && parseNodeKey(from)?.kind === 'ENTERPRISE' && parseNodeKey(to) ? { key: from, relation: null, to } : null;
  }
  const gt = value.lastIndexOf('>');
  const relation = gt > 0 ? value.slice(gt + 1) : '';
  const isRelation = /^[A-Z_]+$/.test(relation);
  const key = isRelation ? value.slice(0, gt) : value;
  return parseNodeKey(key) ? { key, relation: isRelation ? relation : null } : null;
}

/**
 * The underlying link of a relation, as (type, from, to), so that a link met from either end is
 * one edge: a supplier seen from its customer and the customer seen from its supplier agree.
 */
export function linkOf(relation: string, center: string, other: string): { type: string; from: string; to: string } {
  switch (relation) {
    case 'SUPPLIER':
      return { type: 'SUPPLIES', from: other, to: center };
    case 'CUSTOMER':
      return { type: 'SUPPLIES', from: center, to: other };
    case 'ENTERPRISE':
      return { type: 'IN_SEGMENT', from: other, to: center };
    case 'LEADS':
      return { type: 'LEADS', from: center, to: other };
    case 'MASTER':
      return { type: 'LEADS', from: other, to: center };
    case 'PARENT':
      return { type: 'HAS_CHILD', from: other, to: center };
    case 'CHILD':
      return { type: 'HAS_CHILD', from: center, to: other };
    case 'FEEDS_TO':
      return { type: 'FEEDS', from: center, to: other };
    case 'FED_BY':
      return { type: 'FEEDS', from: other, to: center };
    case 'CHAIN':
      return { type: 'HAS_SEGMENT', from: other, to: center };
    case 'SEGMENT':
      // an enterprise's segment, or a chain's top-level segment
      return center.startsWith('ENTERPRISE:') ? { type: 'IN_SEGMENT', from: center, to: other } : { type: 'HAS_SEGMENT', from: center, to: other };
    default:
      return { type: relation, from: center, to: other };
  }
}

export interface PlacedNode extends ExploreNode {
  key: string;
  x: number;
  y: number;
  /** The node it was first found from (null for the start). */
  parent: string | null;
}

export interface MoreNode {
  key: string;
  center: string;
  relation: string;
  /** How many are still unlisted. */
  remaining: number;
  x: number;
  y: number;
}

export interface ExploreGraph {
  nodes: Map<string, PlacedNode>;
  edges: Map<string, { type: string; from: string; to: string }>;
  more: Map<string, MoreNode>;
  /** Per opened node: its relations' totals and how many of each are listed. */
  opened: Map<string, Map<string, { total: number; listed: number }>>;
  /** Nodes an expansion could not add because the graph was full. */
  dropped: number;
  /** Path searches made, in order: how many paths were found and whether they follow the supply direction. */
  paths: Array<{ from: string; to: string; found: number; directed: boolean; hops: number }>;
  /** Links on a path found, drawn highlighted. */
  pathEdges: Set<string>;
}

export const emptyGraph = (): ExploreGraph => ({ nodes: new Map(), edges: new Map(), more: new Map(), opened: new Map(), dropped: 0, paths: [], pathEdges: new Set() });

export interface SupplyPathInput {
  nodes: ExploreNode[];
  edges: Array<{ from: string; to: string }>;
  directed: boolean;
}

const SLOT = { w: 176, h: 64 };
const RING0 = 190;
const RING_STEP = 120;

function collides(graph: ExploreGraph, x: number, y: number): boolean {
  for (const n of graph.nodes.values()) if (Math.abs(n.x - x) < SLOT.w && Math.abs(n.y - y) < SLOT.h) return true;
  for (const m of graph.more.values()) if (Math.abs(m.x - x) < SLOT.w && Math.abs(m.y - y) < SLOT.h) return true;
  return false;
}

/**
 * The next free place around `center`: rings of growing radius (each turned by the golden
 * angle), each slot tried in order of its angle's distance from `direction` (away from where the
 * centre was found from), the first that keeps clear of every node. Deterministic: the same steps give the same picture.
 */
function freeSpot(graph: ExploreGraph, center: { x: number; y: number }, direction: number): { x: number; y: number } {
  for (let ring = 0; ring < 60; ring += 1) {
    const r = RING0 + ring * RING_STEP;
    const slots = Math.max(6, Math.floor((2 * Math.PI * r) / (SLOT.w * 0.75)));
    const order = Array.from({ length: slots }, (_, i) => i).sort((a, b) => {
      const da = Math.min(a, slots - a);
      const db = Math.min(b, slots - b);
      return da - db || a - b;
    });
    // each ring turned by the golden angle, so that rings do not line up along the spokes
    const turn = ring * 2.399963;
    for (const i of order) {
      const angle = direction + turn + (2 * Math.PI * i) / slots;
      const x = Math.round(center.x + r * Math.cos(angle));
      const y = Math.round(center.y + r * Math.sin(angle) * 0.6);
      if (!collides(graph, x, y)) return { x, y };
    }
  }
  return { x: center.x, y: center.y + RING0 * 61 };
}

/**
 * Adds one answer of `neighbors` to the graph: the centre (placed at the origin when it is the
 * first node), each listed neighbour not yet present (placed around the centre while the graph
 * holds fewer than `maxNodes`), the links, and a "+N" node per relation with more to list.
 */
export function addNeighborhood(graph: ExploreGraph, hood: Neighborhood, maxNodes = EXPLORE_MAX_NODES): ExploreGraph {
  const centerKey = nodeKey(hood.node);
  let center = graph.nodes.get(centerKey);
  if (center && center.local == null && hood.node.local != null) center.local = hood.node.local;
  if (!center) {
    const spot = graph.nodes.size ? freeSpot(graph, { x: 0, y: 0 }, -Math.PI / 2) : { x: 0, y: 0 };
    center = { ...hood.node, key: centerKey, ...spot, parent: null };
    graph.nodes.set(centerKey, center);
  }
  const parent = center.parent ? graph.nodes.get(center.parent) : undefined;
  const direction = parent ? Math.atan2((center.y - parent.y) / 0.6, center.x - parent.x) : -Math.PI / 2;
  const opened = graph.opened.get(centerKey) ?? new Map<string, { total: number; listed: number }>();
  graph.opened.set(centerKey, opened);
  for (const group of hood.groups) {
    const moreKey = `more:${centerKey}>${group.relation}`;
    graph.more.delete(moreKey);
    let listed = opened.get(group.relation)?.listed ?? 0;
    for (const n of group.nodes) {
      const key = nodeKey(n);
      const known = graph.nodes.get(key);
      if (known && known.local == null && n.local != null) known.local = n.local;
      if (!known) {
        if (graph.nodes.size >= maxNodes) {
          graph.dropped += 1;
          continue;
        }
        const spot = freeSpot(graph, center, direction);
        graph.nodes.set(key, { ...n, key, ...spot, parent: centerKey });
      }
      listed += 1;
      const link = linkOf(group.relation, centerKey, key);
      graph.edges.set(`${link.type}:${link.from}->${link.to}`, link);
    }
    opened.set(group.relation, { total: group.total, listed });
    if (group.total > listed) {
      const spot = freeSpot(graph, center, direction);
      graph.more.set(moreKey, { key: moreKey, center: centerKey, relation: group.relation, remaining: group.total - listed, ...spot });
    }
  }
  return graph;
}

/**
 * Adds the supply paths found from `from` to `to` (enterprise keys): each node not yet present
 * placed next to the one before it on the path, the SUPPLIES links marked as path links; when
 * none is found, `target` (the enterprise `to`) is placed next to `from` without links.
 */
export function addPaths(graph: ExploreGraph, from: string, to: string, paths: SupplyPathInput[], target?: ExploreNode | null, maxNodes = EXPLORE_MAX_NODES): ExploreGraph {
  for (const path of paths) {
    let previous: PlacedNode | undefined;
    for (const n of path.nodes) {
      const key = nodeKey(n);
      let placed = graph.nodes.get(key);
      if (!placed) {
        if (graph.nodes.size >= maxNodes) {
          graph.dropped += 1;
          previous = undefined;
          continue;
        }
        const anchor = previous ?? { x: 0, y: 0, parent: null };
        const parent = anchor.parent ? graph.nodes.get(anchor.parent) : undefined;
        const direction = parent ? Math.atan2((anchor.y - parent.y) / 0.6, anchor.x - parent.x) : 0;
        placed = { ...n, key, ...freeSpot(graph, anchor, direction), parent: previous?.key ?? null };
        graph.nodes.set(key, placed);
      }
      previous = placed;
    }
    for (const e of path.edges) {
      const id = `SUPPLIES:ENTERPRISE:${e.from}->ENTERPRISE:${e.to}`;
      graph.edges.set(id, { type: 'SUPPLIES', from: `ENTERPRISE:${e.from}`, to: `ENTERPRISE:${e.to}` });
      graph.pathEdges.add(id);
    }
  }
  // with no path, the enterprise asked about still joins the picture, next to the one it was asked from
  const origin = graph.nodes.get(from);
  if (target && !graph.nodes.has(to) && graph.nodes.size < maxNodes) graph.nodes.set(to, { ...target, key: to, ...freeSpot(graph, origin ?? { x: 0, y: 0 }, 0), parent: origin ? from : null });
  graph.paths.push({ from, to, found: paths.length, directed: paths.every((p) => p.directed), hops: paths[0]?.edges.length ?? 0 });
  return graph;
}

export const EXPLORE_LOOK = {
  ENTERPRISE: { w: 150, h: 38, shape: 'round-rectangle' },
  SEGMENT: { w: 138, h: 38, shape: 'rectangle' },
  CHAIN: { w: 128, h: 48, shape: 'ellipse' },
} as const;

const EDGE_COLORS: Record<string, string> = {
  SUPPLIES: '#8c8c8c',
  IN_SEGMENT: '#69b1ff',
  FEEDS: '#1677ff',
  HAS_CHILD: '#bfbfbf',
  HAS_SEGMENT: '#bfbfbf',
  LEADS: ENTERPRISE.master,
};

/** Cytoscape elements of an exploration; `moreLabel` names a "+N" node. */
export function exploreElements(graph: ExploreGraph, moreLabel: (m: MoreNode) => string, name: (n: ExploreNode) => string = (n) => n.name): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of graph.nodes.values()) {
    const look = EXPLORE_LOOK[n.kind];
    out.push({
      group: 'nodes',
      data: { id: n.key, kind: n.kind, nodeId: n.id, label: wrapText(name(n), look.w - 12, 12, 2).join('\n'), opened: graph.opened.has(n.key) ? 1 : 0 },
      position: { x: n.x, y: n.y },
      classes: [n.kind.toLowerCase(), n.local === true ? 'local' : n.local === false ? 'remote' : '', graph.opened.has(n.key) ? 'opened' : ''].filter(Boolean).join(' '),
      grabbable: false,
    });
  }
  for (const m of graph.more.values()) {
    out.push({ group: 'nodes', data: { id: m.key, kind: 'more', center: m.center, relation: m.relation, label: moreLabel(m) }, position: { x: m.x, y: m.y }, classes: 'more', grabbable: false });
    out.push({ group: 'edges', data: { id: `edge:${m.key}`, source: m.center, target: m.key }, classes: 'to-more' });
  }
  for (const [id, e] of graph.edges) {
    if (!graph.nodes.has(e.from) || !graph.nodes.has(e.to)) continue;
    out.push({ group: 'edges', data: { id, source: e.from, target: e.to, type: e.type }, classes: graph.pathEdges.has(id) ? `${e.type.toLowerCase()} path` : e.type.toLowerCase() });
  }
  return out;
}

export function exploreStylesheet(): StylesheetJson {
  const rules: Array<{ selector: string; style: Record<string, string | number> }> = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 12,
        'text-wrap': 'wrap',
        'text-max-width': 140,
        'line-height': LINE_HEIGHT,
        'text-valign': 'center',
        'min-zoomed-font-size': 6,
        'overlay-opacity': 0,
        'border-width': 1,
      },
    },
    {
      selector: 'node.enterprise',
      style: {
        shape: EXPLORE_LOOK.ENTERPRISE.shape,
        width: EXPLORE_LOOK.ENTERPRISE.w,
        height: EXPLORE_LOOK.ENTERPRISE.h,
        'background-color': '#fafafa',
        'border-color': ENTERPRISE.remote.border,
        color: ENTERPRISE.remote.text,
      },
    },
    { selector: 'node.enterprise.local', style: { 'background-color': '#f6ffed', 'border-color': ENTERPRISE.local.border, 'border-width': 2, color: ENTERPRISE.local.text } },
    {
      selector: 'node.segment',
      style: {
        shape: EXPLORE_LOOK.SEGMENT.shape,
        width: EXPLORE_LOOK.SEGMENT.w,
        height: EXPLORE_LOOK.SEGMENT.h,
        'background-color': PANORAMA.fill,
        'border-color': PANORAMA.border,
        color: PANORAMA.text,
      },
    },
    {
      selector: 'node.chain',
      style: {
        shape: EXPLORE_LOOK.CHAIN.shape,
        width: EXPLORE_LOOK.CHAIN.w,
        height: EXPLORE_LOOK.CHAIN.h,
        'background-color': '#f9f0ff',
        'border-color': ENTERPRISE.master,
        'border-width': 2,
        color: '#391085',
        'font-weight': 'bold',
      },
    },
    { selector: 'node.opened', style: { 'border-width': 3 } },
    {
      selector: 'node.more',
      style: { shape: 'round-rectangle', width: 112, height: 26, 'background-color': '#ffffff', 'border-color': '#d9d9d9', 'border-style': 'dashed', color: '#1677ff', 'font-size': 11 },
    },
    { selector: 'node:selected', style: { 'border-color': '#fa8c16', 'border-width': 4 } },
    {
      selector: 'edge',
      style: { 'curve-style': 'straight', width: 1.4, 'line-color': '#bfbfbf', 'target-arrow-color': '#bfbfbf', 'target-arrow-shape': 'triangle', 'overlay-opacity': 0 },
    },
    ...Object.entries(EDGE_COLORS).map(([type, color]) => ({ selector: `edge.${type.toLowerCase()}`, style: { 'line-color': color, 'target-arrow-color': color } })),
    { selector: 'edge.path', style: { width: 4, 'line-color': '#fa8c16', 'target-arrow-color': '#fa8c16', 'z-index': 10 } },
    { selector: 'edge.to-more', style: { 'line-color': '#e8e8e8', 'target-arrow-shape': 'none', width: 1 } },
  ];
  return rules as StylesheetJson;
}

export { EDGE_COLORS as EXPLORE_EDGE_COLORS };
