import type { GapStatus } from './types.js';

/** Colours shared by the on-screen stylesheet, the legend and the SVG/PDF exports. */
export const FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export interface Swatch {
  fill: string;
  border: string;
  text: string;
}

export const STATUS_COLORS: Record<GapStatus, Swatch> = {
  STRONG: { fill: '#d9f7be', border: '#389e0d', text: '#135200' },
  WEAK: { fill: '#fff1b8', border: '#d48806', text: '#613400' },
  MISSING: { fill: '#ffccc7', border: '#cf1322', text: '#820014' },
};

/** Nested boxes take a paler tint of their status colour, so their children stand out. */
export const STATUS_BOX_FILL: Record<GapStatus, string> = {
  STRONG: '#f6ffed',
  WEAK: '#fffbe6',
  MISSING: '#fff1f0',
};

export const PANORAMA = { fill: '#e6f4ff', border: '#4096ff', text: '#002c8c', boxFill: '#f5faff' };
export const NEUTRAL = { fill: '#ffffff', border: '#bfbfbf', text: '#262626' };
export const STAGE = { fill: '#fafafa', border: '#d9d9d9', text: '#434343' };
export const ENTERPRISE = {
  local: { fill: '#ffffff', border: '#389e0d', text: '#135200' },
  remote: { fill: '#ffffff', border: '#8c8c8c', text: '#434343' },
  master: '#722ed1',
};
export const FLOW = { line: '#a6a6a6', width: 1.2 };
export const BROKEN = { line: '#cf1322', width: 4, marker: '#cf1322', markerText: '#ffffff' };
export const FILLING = { fill: '#1677ff', text: '#ffffff' };
/** A selected segment's border (the stylesheet's and the overview's). */
export const SELECTED = { border: '#1677ff', width: 4 };
