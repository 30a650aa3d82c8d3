import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { ChainLayout, GapStatus } from './types.js';

/** What covers one segment, counted (the 要素 map layer; PRODUCT.md Part 2). */
export interface ElementCounts {
  parks: number;
  vacantSqm: number;
  parcels: number;
  availableMu: number;
  funds: number;
  platforms: number;
}

const FONT = 10;
const H = 16;

/** The badge's text: 园 parks · 地 parcels (亩) · 金 funds · 台 platforms; 无要素 when nothing covers it. */
export function elementLabel(c: ElementCounts, lang: 'zh' | 'en'): string {
  const total = c.parks + c.parcels + c.funds + c.platforms;
  if (!total) return lang === 'zh' ? '无要素' : 'no elements';
  const mu = c.parcels ? `(${Number(c.availableMu.toFixed(1))}${lang === 'zh' ? '亩' : ' mu'})` : '';
  return lang === 'zh' ? `园${c.parks} 地${c.parcels}${mu} 金${c.funds} 台${c.platforms}` : `P${c.parks} L${c.parcels}${mu} F${c.funds} S${c.platforms}`;
}

/** Rough width of a label at FONT px: CJK characters are square, others about 0.6 em. */
function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? FONT : FONT * 0.62;
  return Math.ceil(w) + 10;
}

/**
 * One badge per segment at the left corner, astride the bottom edge of a leaf and the top edge of
 * a box (the 补链中 badge sits at the top right, so the two never overlap). A MISSING segment that nothing covers gets the
 * `element-none` class: a gap with nothing to land on.
 */
export function elementBadges(layout: ChainLayout, counts: ReadonlyMap<string, ElementCounts>, statuses: ReadonlyMap<string, GapStatus>, lang: 'zh' | 'en'): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const seg of layout.segments) {
    const c = counts.get(seg.id);
    if (!c) continue;
    const label = elementLabel(c, lang);
    const w = labelWidth(label);
    const none = c.parks + c.parcels + c.funds + c.platforms === 0;
    const classes = ['element-badge'];
    if (none && statuses.get(seg.id) === 'MISSING') classes.push('element-none');
    out.push({
      group: 'nodes',
      data: { id: `el:${seg.id}`, kind: 'badge', segmentId: seg.id, label, w, h: H, tmw: w, z: 41, ...c },
      // A box's bottom edge runs along its children's badges, so a box wears its badge on the top edge.
      position: { x: seg.x - seg.w / 2 + w / 2 + 4, y: seg.kind === 'box' ? seg.y - seg.h / 2 - 2 : seg.y + seg.h / 2 + 2 },
      classes: classes.join(' '),
      grabbable: false,
    });
  }
  return out;
}

export const ELEMENT_LAYER_STYLES: StylesheetJson = [
  {
    selector: 'node.element-badge',
    style: { 'background-color': '#e6f4ff', 'border-color': '#69b1ff', 'border-width': 1, color: '#0958d9', 'font-size': FONT, shape: 'round-rectangle', events: 'no' },
  },
  {
    selector: 'node.element-none',
    style: { 'background-color': '#fff1f0', 'border-color': '#cf1322', 'border-width': 2, 'border-style': 'dashed', color: '#cf1322', 'font-weight': 'bold' },
  },
];
