import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Integer,
  type Node as DriverNode,
  type Relationship as DriverRelationship,
} from 'neo4j-driver';
import { PROTECTED_KEYS, PROTECTED_LABELS } from './rules.js';

/** Identities are numbers or Integers depending on the driver's integer setting; they are never used. */
export type Node = DriverNode<Integer | number | bigint>;
export type Relationship = DriverRelationship<Integer | number | bigint>;

/** A node of the result graph: `id` is a business key, never Neo4j's internal id. */
export interface GraphNode {
  id: string;
  /** The business key (id, code or name) when the node has one; null for a surrogate id. */
  key: string | null;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export interface ResultGraphJson {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Property keys that name a node, in order of preference. */
const KEY_PROPERTIES = ['id', 'code', 'name'] as const;

const isTemporal = (value: unknown) => isDate(value as never) || isDateTime(value as never) || isLocalDateTime(value as never) || isTime(value as never) || isLocalTime(value as never);

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

const isProtectedNode = (node: Node) => node.labels.some((label) => PROTECTED_LABELS.has(label));

function businessKey(node: Node): string | null {
  if (isProtectedNode(node)) return null;
  for (const name of KEY_PROPERTIES) {
    const value = (node.properties as Record<string, unknown>)[name];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number' || typeof value === 'bigint' || isInt(value as never)) return String(value);
  }
  return null;
}

/** Rough size of a raw value as JSON, to bound a response without serialising it twice. */
export function approxSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return value.length + 2;
  if (typeof value !== 'object') return 8;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + approxSize(v) + 1, 2);
  if (isNode(value as never)) return 40 + approxSize((value as Node).properties);
  if (isRelationship(value as never)) return 60 + approxSize((value as Relationship).properties);
  if (isPath(value as never))
    return (value as { segments: Array<{ start: unknown; relationship: unknown }> }).segments.reduce((sum: number, s) => sum + approxSize(s.start) + approxSize(s.relationship), 40);
  if (isPlainObject(value)) return Object.entries(value).reduce((sum, [k, v]) => sum + k.length + 4 + approxSize(v), 2);
  if (ArrayBuffer.isView(value)) return Math.ceil((value.byteLength * 4) / 3) + 16;
  return 32;
}

/**
 * Gathers the nodes and relationships of a result, gives each an id an analyst can read (the
 * business key; a per-result surrogate `_:n` when there is none) and converts values to JSON.
 * Used in two passes: collect every row, add relationship endpoints that no row held, then convert.
 */
export class ResultGraph {
  private readonly nodes = new Map<string, Node>();
  private readonly relationships = new Map<string, Relationship>();
  private nodeIds = new Map<string, string>();
  private edgeIds = new Map<string, string>();
  /** Ids given to endpoints that could not be fetched (over the fetch cap). */
  private readonly placeholders: string[] = [];

  /** Registers every node and relationship inside a raw value (rows, lists, maps, paths). */
  collect(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) this.collect(item);
    } else if (isNode(value as never)) {
      const node = value as Node;
      if (!this.nodes.has(node.elementId)) this.nodes.set(node.elementId, node);
    } else if (isRelationship(value as never)) {
      const rel = value as Relationship;
      if (!this.relationships.has(rel.elementId)) this.relationships.set(rel.elementId, rel);
    } else if (isPath(value as never)) {
      const path = value as { start: Node; segments: Array<{ relationship: Relationship; end: Node }> };
      this.collect(path.start);
      for (const segment of path.segments) {
        this.collect(segment.relationship);
        this.collect(segment.end);
      }
    } else if (isPlainObject(value)) {
      for (const item of Object.values(value)) this.collect(item);
    }
  }

  get isEmpty(): boolean {
    return this.nodes.size === 0 && this.relationships.size === 0;
  }

  /** Element ids of relationship endpoints that no row held; the caller fetches them. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) if (!this.nodes.has(end)) missing.add(end);
    }
    return [...missing];
  }

  /** Assigns readable ids: nodes in order of first appearance, then relationships. */
  assignIds(): void {
    const used = new Set<string>();
    const claim = (candidates: string[], fallback: string) => {
      for (const candidate of candidates) {
        if (!used.has(candidate)) {
          used.add(candidate);
          return candidate;
        }
      }
      for (let n = 2; ; n += 1) {
        const candidate = `${fallback}#${n}`;
        if (!used.has(candidate)) {
          used.add(candidate);
          return candidate;
        }
      }
    };
    this.nodeIds = new Map();
    let surrogate = 0;
    for (const node of this.nodes.values()) {
      const key = businessKey(node);
      if (key === null) {
        surrogate += 1;
        this.nodeIds.set(node.elementId, claim([`_:${surrogate}`], `_:${surrogate}`));
      } else {
        const labelled = `${node.labels[0] ?? 'node'}:${key}`;
        this.nodeIds.set(node.elementId, claim([key, labelled], labelled));
      }
    }
    this.edgeIds = new Map();
    for (const rel of this.relationships.values()) {
      const base = `${this.nodeId(rel.startNodeElementId)}-[${rel.type}]->${this.nodeId(rel.endNodeElementId)}`;
      this.edgeIds.set(rel.elementId, claim([base], base));
    }
  }

  /** Adds nodes fetched to complete relationships; call before assignIds. */
  addNodes(nodes: Node[]): void {
    for (const node of nodes) if (!this.nodes.has(node.elementId)) this.nodes.set(node.elementId, node);
  }

  private nodeId(elementId: string): string {
    let id = this.nodeIds.get(elementId);
    if (id === undefined) {
      // An endpoint that could not be fetched (over the fetch cap): a surrogate keeps edges valid.
      id = `_:e${this.placeholders.length + 1}`;
      this.nodeIds.set(elementId, id);
      this.placeholders.push(id);
    }
    return id;
  }

  private properties(node: Node | Relationship): Record<string, unknown> {
    if ('labels' in node && isProtectedNode(node)) return {};
    return this.toJson(node.properties) as Record<string, unknown>;
  }

  private nodeJson(node: Node): GraphNode {
    const key = businessKey(node);
    return { id: this.nodeId(node.elementId), key, labels: [...node.labels], properties: this.properties(node) };
  }

  private edgeJson(rel: Relationship): GraphEdge {
    return {
      id: this.edgeIds.get(rel.elementId) ?? `${this.nodeId(rel.startNodeElementId)}-[${rel.type}]->${this.nodeId(rel.endNodeElementId)}`,
      type: rel.type,
      from: this.nodeId(rel.startNodeElementId),
      to: this.nodeId(rel.endNodeElementId),
      properties: this.properties(rel),
    };
  }

  /**
   * A driver value as JSON: integers as numbers (as strings beyond 2^53), temporal values as ISO
   * strings, points as {srid, x, y[, z]}, bytes as {base64}, nodes as {key, labels, properties},
   * relationships as {key, type, from, to, properties}, paths as {nodes, relationships}.
   */
  toJson(value: unknown): unknown {
    if (value === null || value === undefined) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    if (typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => this.toJson(v));
    if (isInt(value as never)) {
      const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
      return int.inSafeRange() ? int.toNumber() : int.toString();
    }
    if (isTemporal(value)) return String(value);
    // The driver writes 'P1DT' for one day: an ISO 8601 duration has no T without a time part.
    if (isDuration(value as never)) return String(value).replace(/T$/, '');
    if (isPoint(value as never)) {
      const p = value as { srid: unknown; x: number; y: number; z?: number };
      return { srid: this.toJson(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
    }
    if (isNode(value as never)) {
      const node = this.nodeJson(value as Node);
      return { key: node.id, labels: node.labels, properties: node.properties };
    }
    if (isRelationship(value as never)) {
      const edge = this.edgeJson(value as Relationship);
      return { key: edge.id, type: edge.type, from: edge.from, to: edge.to, properties: edge.properties };
    }
    if (isPath(value as never)) {
      const path = value as { start: Node; segments: Array<{ relationship: Relationship; end: Node }> };
      return {
        nodes: [path.start, ...path.segments.map((s) => s.end)].map((n) => this.toJson(n)),
        relationships: path.segments.map((s) => this.toJson(s.relationship)),
      };
    }
    if (ArrayBuffer.isView(value)) return { base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (!PROTECTED_KEYS.has(k)) out[k] = this.toJson(v);
      return out;
    }
    return String(value);
  }

  /** The graph of the result, or null when the rows held no node, relationship or path. */
  toGraph(): ResultGraphJson | null {
    if (this.isEmpty) return null;
    const edges = [...this.relationships.values()].map((r) => this.edgeJson(r));
    const nodes = [...this.nodes.values()].map((n) => this.nodeJson(n));
    for (const id of this.placeholders) nodes.push({ id, key: null, labels: [], properties: {} });
    return { nodes, edges };
  }
}
