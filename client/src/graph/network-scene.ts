import { translate, type Lang } from '../i18n/index.js';
import { LINE_HEIGHT } from './layout.js';
import { edgeClass, groupLabel, layoutNetwork, linkEnds, NET, NETWORK_LOOK, type NetworkEdgeInput, type NetworkLabels, type NetworkNodeInput } from './network.js';
import { arrowLine, type Scene, type SceneItem } from './scene.js';
import { wrapText } from './text.js';
import type { Sheet } from '../export/lists.js';

export interface NetworkRate {
  local: number;
  total: number;
  rate: number | null;
}

export interface NetworkExportMeta {
  lang: Lang;
  centerName: string;
  /** The per-segment 本地配套率 as a table, printed after the picture in a PDF. */
  segmentRates?: Sheet;
  scopeName: string;
  tiers: number;
  tier1: NetworkRate;
  tier2: NetworkRate;
  /** ISO date (YYYY-MM-DD) the data is current to. */
  dataDate: string;
  /** The links' named sources; the database itself when none. */
  sources: string[];
  truncated: boolean;
  /** The evidence mode the network shows; the footer says which. */
  evidence?: 'ALL' | 'CONFIRMED';
}

const MARGIN = 40;
const HEADER_H = 128;
const LEGEND_H = 40;
const FOOTER_LINE = 20;

export const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** The tier titles and group headers, in the export's language. */
export function networkLabels(lang: Lang): NetworkLabels {
  return {
    tier: (tier) => translate(lang, tier === 0 ? 'net.focus' : tier === 1 ? 'net.tier1' : tier === 2 ? 'net.tier2' : 'net.tierN', { tier }),
    group: (g) => translate(lang, 'net.group', { segment: g.name || translate(lang, 'net.noSegment'), local: g.local, total: g.total }),
  };
}

/**
 * A supplier network as drawing primitives (the same layout as on screen): title, the tier 1 /
 * tier 2 本地配套率, a legend, the tiers with their segment groups and links, and a footer with
 * the data date, sources, scope and tiers. The SVG, PDF and PNG exports all draw this.
 */
export function networkScene(nodes: readonly NetworkNodeInput[], edges: readonly NetworkEdgeInput[], meta: NetworkExportMeta): Scene {
  const { lang } = meta;
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p);
  const layout = layoutNetwork(nodes);
  const labels = networkLabels(lang);
  const b = layout.bounds;
  const mapW = b.x2 - b.x1;
  const mapH = b.y2 - b.y1;
  const width = Math.max(mapW + 2 * MARGIN, 960);
  const ox = (width - mapW) / 2 - b.x1;
  const top = HEADER_H + LEGEND_H;
  const oy = top - b.y1;
  const footerLines = wrapText(
    [
      t('export.asOf', { date: meta.dataDate }),
      t('export.sources', { sources: meta.sources.join('；') || t('export.defaultSource') }),
      t('export.scope', { scope: meta.scopeName }),
      t('net.exportTiers', { tiers: meta.tiers }),
      t(meta.evidence === 'CONFIRMED' ? 'export.evidenceConfirmed' : 'export.evidenceAll'),
      ...(meta.truncated ? [t('net.truncated')] : []),
    ].join('  ·  '),
    width - 2 * MARGIN,
    12,
  );
  const height = top + mapH + 28 + footerLines.length * FOOTER_LINE + MARGIN / 2;
  const title = t('net.title', { name: meta.centerName });
  const items: SceneItem[] = [{ t: 'rect', x: 0, y: 0, w: width, h: height, r: 0, fill: '#ffffff' }];
  items.push({ t: 'text', x: MARGIN, y: 52, text: title, size: 28, fill: '#141414', anchor: 'start', bold: true });
  items.push({ t: 'text', x: MARGIN, y: 82, text: `${t('export.scope', { scope: meta.scopeName })}    ${t('net.exportTiers', { tiers: meta.tiers })}`, size: 15, fill: '#595959', anchor: 'start' });
  const rateText = (key: 'net.rateTier1' | 'net.rateTier2', r: NetworkRate) => `${t(key)}：${t('net.rateValue', { local: r.local, total: r.total, percent: percent(r.rate) })}`;
  items.push({ t: 'text', x: MARGIN, y: 112, text: `${rateText('net.rateTier1', meta.tier1)}    ${rateText('net.rateTier2', meta.tier2)}`, size: 16, fill: '#262626', anchor: 'start', bold: true });

  const L = NETWORK_LOOK;
  let lx = MARGIN;
  const ly = HEADER_H + 6;
  const label = (text: string) => {
    items.push({ t: 'text', x: lx, y: ly + 13, text, size: 13, fill: '#434343', anchor: 'start' });
    lx += text.length * 14 + 24;
  };
  for (const look of [
    { ...L.local, text: t('net.local') },
    { ...L.remote, text: t('net.outside') },
    { ...L.center, text: t('net.focus') },
  ]) {
    items.push({ t: 'rect', x: lx, y: ly, w: 26, h: 16, r: 3, fill: look.fill, stroke: look.border, strokeWidth: look.width });
    lx += 34;
    label(look.text);
  }
  for (const [look, text] of [
    [L.confirmed, t('net.linkConfirmed')],
    [L.unconfirmed, t('net.linkInferred')],
  ] as const) {
    items.push({ t: 'line', x1: lx, y1: ly + 8, x2: lx + 36, y2: ly + 8, stroke: look.line, width: look.width });
    items.push({
      t: 'poly',
      points: [
        [lx + 44, ly + 8],
        [lx + 35, ly + 3.5],
        [lx + 35, ly + 12.5],
      ],
      fill: look.line,
    });
    lx += 52;
    label(text);
  }

  const mapStart = items.length;
  for (const c of layout.columns)
    items.push({ t: 'text', x: ox + c.x, y: oy + c.top + NET.tierFont * 0.36, text: labels.tier(c.tier), size: NET.tierFont, fill: L.tier.text, anchor: 'middle', bold: true });
  for (const g of layout.groups) {
    const x = ox + g.x - g.w / 2;
    const y = oy + g.y - g.h / 2;
    items.push({ t: 'rect', x, y, w: g.w, h: g.h, r: 8, fill: L.group.fill, stroke: L.group.border, strokeWidth: 1 });
    items.push({ t: 'text', x: ox + g.x, y: y + NET.groupPad + NET.groupFont * 0.86, text: groupLabel(labels, g), size: NET.groupFont, fill: L.group.text, anchor: 'middle', bold: true });
  }
  // links under the enterprises, the unconfirmed first so that confirmed ones stay visible
  const sortedEdges = [...edges].sort((p, q) => Number(edgeClass(p.evidence) === 'confirmed') - Number(edgeClass(q.evidence) === 'confirmed'));
  for (const e of sortedEdges) {
    const ends = linkEnds(layout, e);
    if (!ends) continue;
    const [x1, y1, x2, y2] = ends;
    const look = edgeClass(e.evidence) === 'confirmed' ? L.confirmed : L.unconfirmed;
    items.push(...arrowLine(ox + x1, oy + y1, ox + x2, oy + y2, look.line, look.width, 9, 4.5));
  }
  for (const n of nodes) {
    const p = layout.positions.get(n.id)!;
    const look = n.tier === 0 ? L.center : n.local ? L.local : L.remote;
    items.push({ t: 'rect', x: ox + p.x - p.w / 2, y: oy + p.y - p.h / 2, w: p.w, h: p.h, r: 4, fill: look.fill, stroke: look.border, strokeWidth: look.width });
    const lh = NET.font * LINE_HEIGHT;
    const first = oy + p.y - (p.lines.length * lh) / 2;
    p.lines.forEach((text, i) => items.push({ t: 'text', x: ox + p.x, y: first + i * lh + lh / 2 + NET.font * 0.36, text, size: NET.font, fill: look.text, anchor: 'middle', bold: n.tier === 0 }));
  }
  const mapEnd = items.length;
  footerLines.forEach((text, i) => items.push({ t: 'text', x: MARGIN, y: top + mapH + 28 + i * FOOTER_LINE + 12, text, size: 12, fill: '#595959', anchor: 'start' }));
  return {
    width,
    height,
    title,
    items,
    mapArea: { x: ox + b.x1, y: oy + b.y1, w: mapW, h: mapH },
    frame: [...items.slice(0, mapStart), ...items.slice(mapEnd)],
  };
}
