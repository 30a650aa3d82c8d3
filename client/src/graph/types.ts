/** Inputs and outputs of the chain-map model. Pure data: no DOM, no Cytoscape, no React. */

export type Stage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
export const STAGES: readonly Stage[] = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];

export type GapStatus = 'STRONG' | 'WEAK' | 'MISSING';
export type Lang = 'zh' | 'en';

/** 全景图 · 现状图 · 预测 (the status map as if every active local project had reached production). */
export type MapMode = 'panorama' | 'status' | 'projected';

export interface SegmentInput {
  id: string;
  name: string;
  nameEn?: string | null;
  stage: Stage;
  order?: number | null;
  parentId?: string | null;
}

export interface FlowInput {
  from: string;
  to: string;
}

export interface EnterpriseInput {
  id: string;
  name: string;
  nameEn?: string | null;
}

export interface LayoutOptions {
  lang?: Lang;
  /** Enterprises attached directly to each segment (not its descendants), by segment id. */
  enterprises?: Record<string, EnterpriseInput[]>;
  /** Segments whose enterprises are drawn inside their box: 'all', or a list of segment ids. */
  drill?: 'all' | readonly string[];
}

/** A box or a leaf segment, centre coordinates (Cytoscape's convention) and size. */
export interface LaidOutSegment {
  id: string;
  kind: 'box' | 'leaf';
  stage: Stage;
  depth: number;
  parentId: string | null;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Height of the header band of a box (name lines and the count line); the whole height for a leaf. */
  headerH: number;
  /** The wrapped name, one entry per line. */
  lines: string[];
  fontSize: number;
}

export interface LaidOutEnterprise {
  /** `<segmentId>/<enterpriseId>`: one enterprise may sit in several segments. */
  key: string;
  enterpriseId: string;
  segmentId: string;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  fontSize: number;
}

export interface LaidOutStage {
  stage: Stage;
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  titleH: number;
}

export interface ChainLayout {
  lang: Lang;
  stages: LaidOutStage[];
  /** In drawing order: stage, then tree pre-order (parents before children). */
  segments: LaidOutSegment[];
  enterprises: LaidOutEnterprise[];
  /** FEEDS edges whose two ends are in the layout, sorted by (from, to). */
  flows: FlowInput[];
  width: number;
  height: number;
}

/** What the API says about a segment: the panorama's totals and, for a status map, the local picture. */
export interface SegmentFacts {
  enterpriseCount?: number;
  localCount?: number;
  status?: GapStatus;
  filling?: boolean;
  /** Set by a what-if on the segments it changes: the local count before the change. */
  beforeCount?: number;
  changed?: boolean;
  /** The units owning an OPEN gap task on the segment (补链任务), shown on status maps. */
  openTaskUnits?: string[];
}

export interface MapData {
  facts: Record<string, SegmentFacts>;
  /** FEEDS edges that are broken (断链) in the scope, as `from->to` pairs. */
  brokenLinks: FlowInput[];
  /** Enterprise ids that are local in the scope (used to colour enterprise nodes). */
  localEnterpriseIds?: readonly string[];
  /** Enterprise ids that lead the chain (链主). */
  masterIds?: readonly string[];
}
