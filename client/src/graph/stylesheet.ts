import type { StylesheetJson } from 'cytoscape';
import { LINE_HEIGHT, METRICS } from './layout.js';
import { BROKEN, ENTERPRISE, FILLING, FLOW, FONT_STACK, NEUTRAL, PANORAMA, SELECTED, STAGE, STATUS_BOX_FILL, STATUS_COLORS } from './palette.js';
import type { GapStatus, MapMode } from './types.js';
import { BADGE, MARKER } from './elements.js';

/** Labels smaller than this on screen are not drawn (readability and speed on big maps). */
export const MIN_ZOOMED_FONT_SIZE = 7;

/**
 * Cytoscape's type definitions do not admit `data()` mappers for numeric properties such as
 * `z-index` or `text-margin-y`, which its runtime supports; rules are typed plainly here.
 */
type Rule = { selector: string; style: Record<string, string | number> };

/**
 * The chain map's stylesheet. Everything that survives the WebGL renderer: solid colours and
 * widths (no dashes, no semi-transparent edges), straight edges with triangle arrows, and
 * 断链 drawn as a thick red edge plus a marker node at its middle.
 */
export function stylesheet(mode: MapMode): StylesheetJson {
  const statusRules: Rule[] = [];
  if (mode !== 'panorama') {
    for (const status of ['STRONG', 'WEAK', 'MISSING'] as GapStatus[]) {
      const c = STATUS_COLORS[status];
      const cls = status.toLowerCase();
      statusRules.push(
        { selector: `node.segment.leaf.${cls}`, style: { 'background-color': c.fill, 'border-color': c.border, color: c.text, 'border-width': 2 } },
        { selector: `node.segment.box.${cls}`, style: { 'background-color': STATUS_BOX_FILL[status], 'border-color': c.border, color: c.text, 'border-width': 2 } },
      );
    }
  }
  const base = mode === 'panorama' ? PANORAMA : { ...NEUTRAL, boxFill: '#ffffff' };
  const rules: Rule[] = [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: 'data(w)',
        height: 'data(h)',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'text-wrap': 'wrap',
        'text-overflow-wrap': 'anywhere',
        'text-max-width': 'data(tmw)',
        'line-height': LINE_HEIGHT,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index-compare': 'manual',
        'z-index': 'data(z)',
        'border-width': 1,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'node.stage',
      style: {
        'background-color': STAGE.fill,
        'border-color': STAGE.border,
        color: STAGE.text,
        'font-size': METRICS.stageFont,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-margin-y': 'data(dy)',
        'z-index': 0,
        'corner-radius': 12,
        events: 'no',
      },
    },
    {
      selector: 'node.segment',
      style: { 'background-color': base.fill, 'border-color': base.border, color: base.text, 'font-size': METRICS.leafFont },
    },
    {
      selector: 'node.segment.box',
      style: {
        'background-color': base.boxFill,
        'font-size': METRICS.boxFont,
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-margin-y': 'data(dy)',
        'corner-radius': 8,
      },
    },
    ...statusRules,
    {
      selector: 'node.enterprise',
      style: {
        'background-color': ENTERPRISE.remote.fill,
        'border-color': ENTERPRISE.remote.border,
        color: ENTERPRISE.remote.text,
        'font-size': METRICS.entFont,
        'corner-radius': 4,
      },
    },
    { selector: 'node.enterprise.local', style: { 'border-color': ENTERPRISE.local.border, 'border-width': 2, color: ENTERPRISE.local.text } },
    { selector: 'node.enterprise.master', style: { 'border-color': ENTERPRISE.master, 'border-width': 3 } },
    {
      // A segment some unit has taken on (an OPEN 补链任务): a double border.
      selector: 'node.segment.tasked',
      style: { 'border-style': 'double', 'border-width': 5 },
    },
    {
      selector: 'node.badge',
      style: {
        'background-color': FILLING.fill,
        'border-width': 0,
        color: FILLING.text,
        'font-size': BADGE.font,
        'font-weight': 'bold',
        shape: 'round-rectangle',
        events: 'no',
      },
    },
    {
      selector: 'node.broken-marker',
      style: {
        shape: 'ellipse',
        'background-color': BROKEN.marker,
        'border-color': '#ffffff',
        'border-width': 2,
        color: BROKEN.markerText,
        'font-size': MARKER.font,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'straight',
        width: FLOW.width,
        'line-color': FLOW.line,
        'target-arrow-color': FLOW.line,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1,
        'z-index-compare': 'manual',
        'z-index': 15,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'edge.broken',
      style: { width: BROKEN.width, 'line-color': BROKEN.line, 'target-arrow-color': BROKEN.line, 'z-index': 16 },
    },
    { selector: 'node.segment.changed', style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#722ed1' } },
    { selector: 'node.segment:selected', style: { 'border-color': SELECTED.border, 'border-width': SELECTED.width } },
    { selector: 'node.enterprise:selected', style: { 'border-color': '#1677ff', 'border-width': 3 } },
    { selector: 'node.dim', style: { opacity: 0.35 } },
  ];
  return rules as StylesheetJson;
}
