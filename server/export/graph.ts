import type { QueryRunner } from '../db/runner.js';
import type { ExportScope } from './workbook.js';

export interface GraphNode {
  label: string;
  key: string;
  props: Record<string, unknown>;
}
export interface GraphEdge {
  type: string;
  fromLabel: string;
  fromKey: string;
  toLabel: string;
  toKey: string;
  props: Record<string, unknown>;
}
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Nodes in scope and the relationships among them, sorted so exports are stable. */
export async function readGraphData(runner: QueryRunner, scope: ExportScope): Promise<GraphData> {
  const [row] = await runner.read<GraphData>('export/list-scoped-graph', { ...scope });
  const nodes = [...(row?.nodes ?? [])].sort((a, b) => cmp(nodeId(a.label, a.key), nodeId(b.label, b.key)));
  const edges = [...(row?.edges ?? [])].sort((a, b) => cmp(edgeId(a), edgeId(b)));
  return { nodes, edges };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A node's id in graph files: label and business key, since ids are unique per label only. */
export const nodeId = (label: string, key: string) => `${label}:${key}`;
export const edgeId = (e: GraphEdge) => `${e.type}:${nodeId(e.fromLabel, e.fromKey)}->${nodeId(e.toLabel, e.toKey)}`;

type KeyType = 'boolean' | 'int' | 'double' | 'string';

function typeOf(value: unknown): KeyType | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

/** Properties whose values are floats in the graph, even when a value happens to be whole. */
const DOUBLE_PROPERTIES = new Set(['investmentYi']);

// XML 1.0 cannot carry these control characters at all, so they are dropped.
const xml = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const valueText = (value: unknown) => (Array.isArray(value) ? value.map(String).join(';') : String(value));

/**
 * GraphML (http://graphml.graphdrawing.org/) with one typed <key> per node and edge property
 * (lists as `;`-joined strings), plus `label` on nodes and `type` on edges. Opens in Gephi, yEd,
 * Cytoscape desktop and networkx.
 */
export function toGraphml(graph: GraphData): string {
  const keys = (items: Array<{ props: Record<string, unknown> }>, extra: string) => {
    const types = new Map<string, KeyType>([[extra, 'string']]);
    for (const item of items) {
      for (const [k, v] of Object.entries(item.props)) {
        const t = DOUBLE_PROPERTIES.has(k) ? 'double' : typeOf(v);
        if (!t) continue;
        const seen = types.get(k);
        types.set(k, !seen || seen === t ? t : seen === 'int' && t === 'double' ? 'double' : t === 'int' && seen === 'double' ? 'double' : 'string');
      }
    }
    return types;
  };
  const nodeKeys = keys(graph.nodes, 'label');
  const edgeKeys = keys(graph.edges, 'type');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of nodeKeys) lines.push(`  <key id="n_${xml(name)}" for="node" attr.name="${xml(name)}" attr.type="${type}"/>`);
  for (const [name, type] of edgeKeys) lines.push(`  <key id="e_${xml(name)}" for="edge" attr.name="${xml(name)}" attr.type="${type}"/>`);
  lines.push('  <graph id="chainatlas" edgedefault="directed">');
  const data = (prefix: string, name: string, value: unknown, type: KeyType | undefined) => {
    const text = type === 'double' && typeof value === 'number' && Number.isInteger(value) ? value.toFixed(1) : valueText(value);
    return `      <data key="${prefix}_${xml(name)}">${xml(text)}</data>`;
  };
  for (const n of graph.nodes) {
    lines.push(`    <node id="${xml(nodeId(n.label, n.key))}">`, data('n', 'label', n.label, 'string'));
    for (const [k, v] of Object.entries(n.props).sort(([a], [b]) => cmp(a, b))) if (v !== null && v !== undefined) lines.push(data('n', k, v, nodeKeys.get(k)));
    lines.push('    </node>');
  }
  for (const e of graph.edges) {
    lines.push(`    <edge id="${xml(edgeId(e))}" source="${xml(nodeId(e.fromLabel, e.fromKey))}" target="${xml(nodeId(e.toLabel, e.toKey))}">`, data('e', 'type', e.type, 'string'));
    for (const [k, v] of Object.entries(e.props).sort(([a], [b]) => cmp(a, b))) if (v !== null && v !== undefined) lines.push(data('e', k, v, edgeKeys.get(k)));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/**
 * Renames a property that Cytoscape reserves for the element itself (`id`, `source`, `target`,
 * `parent`): a link's `source` (where the fact came from) becomes `provenance`, others get a `_`.
 */
function cytoscapeProps(props: Record<string, unknown>, node = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    // A node's own id is its `key` there; `id` is the label-qualified element id.
    if (node && k === 'id') continue;
    if (k === 'source') out.provenance = v;
    else if (k === 'id' || k === 'target' || k === 'parent') out[`${k}_`] = v;
    else out[k] = v;
  }
  return out;
}

/** Cytoscape.js JSON: `{ elements: { nodes: [{ data }], edges: [{ data }] } }`, ids as in GraphML. */
export function toCytoscapeJson(graph: GraphData): { elements: { nodes: Array<{ data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> } } {
  return {
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { ...cytoscapeProps(n.props, true), id: nodeId(n.label, n.key), key: n.key, label: n.label } })),
      edges: graph.edges.map((e) => ({ data: { ...cytoscapeProps(e.props), id: edgeId(e), source: nodeId(e.fromLabel, e.fromKey), target: nodeId(e.toLabel, e.toKey), type: e.type } })),
    },
  };
}
