import { drawItem } from './draw-scene.js';
import { SELECTED } from './palette.js';
import { mapItems, type SceneItem } from './scene.js';
import type { ChainLayout, MapData, MapMode } from './types.js';

/**
 * A big chain map's first picture: the export scene's drawing of every stage, segment, enterprise,
 * flow, 补链中 badge and 断链 marker at the layout's positions (model coordinates, as Cytoscape
 * places them), painted on one 2D canvas at the view Cytoscape will open with. It stands in for the
 * map while Cytoscape builds its elements and styles, and hides when Cytoscape has drawn.
 */
export interface Overview {
  items: SceneItem[];
  /** Where the items lie (model coordinates), strokes included. */
  bounds: Bounds;
}

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Cytoscape's viewport: rendered = model × zoom + pan. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export function mapOverview(layout: ChainLayout, data: MapData, mode: MapMode, selectedSegmentId?: string | null): Overview {
  const items = mapItems(layout, data, mode);
  const selected = selectedSegmentId ? layout.segments.find((s) => s.id === selectedSegmentId) : undefined;
  if (selected) {
    const { x, y, w, h } = selected;
    items.push({ t: 'rect', x: x - w / 2, y: y - h / 2, w, h, r: selected.kind === 'box' ? 8 : 6, fill: 'rgba(0,0,0,0)', stroke: SELECTED.border, strokeWidth: SELECTED.width });
  }
  const bounds = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const it of items) {
    const b = itemBounds(it);
    if (!b) continue;
    if (b.x1 < bounds.x1) bounds.x1 = b.x1;
    if (b.y1 < bounds.y1) bounds.y1 = b.y1;
    if (b.x2 > bounds.x2) bounds.x2 = b.x2;
    if (b.y2 > bounds.y2) bounds.y2 = b.y2;
  }
  if (!Number.isFinite(bounds.x1)) return { items, bounds: { x1: 0, y1: 0, x2: 0, y2: 0 } };
  return { items, bounds };
}

/** An item's extent (null for text: its box is the node's, and it is not drawn past it). */
function itemBounds(it: SceneItem): Bounds | null {
  switch (it.t) {
    case 'rect': {
      const s = (it.stroke ? (it.strokeWidth ?? 1) : 0) / 2;
      return { x1: it.x - s, y1: it.y - s, x2: it.x + it.w + s, y2: it.y + it.h + s };
    }
    case 'circle': {
      const r = it.r + (it.stroke ? (it.strokeWidth ?? 1) / 2 : 0);
      return { x1: it.cx - r, y1: it.cy - r, x2: it.cx + r, y2: it.cy + r };
    }
    case 'line': {
      const s = it.width / 2;
      return { x1: Math.min(it.x1, it.x2) - s, y1: Math.min(it.y1, it.y2) - s, x2: Math.max(it.x1, it.x2) + s, y2: Math.max(it.y1, it.y2) + s };
    }
    case 'poly': {
      const xs = it.points.map((p) => p[0]);
      const ys = it.points.map((p) => p[1]);
      return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
    }
    case 'text':
      return null;
  }
}

/**
 * The view `fitReadable` (components/CyGraph.tsx) gives a graph with these bounds in a
 * `width` × `height` container: Cytoscape's fit with `padding`, no closer than 1.2× and no farther
 * than `minFitZoom` (then from the top-left corner), within the zoom limits.
 */
export function fitViewport(bounds: Bounds, width: number, height: number, options: { padding?: number; minFitZoom?: number; minZoom?: number; maxZoom?: number; maxFitZoom?: number } = {}): Viewport {
  const { padding = 24, minFitZoom = 0, minZoom = 1e-50, maxZoom = 1e50, maxFitZoom = 1.2 } = options;
  const bw = Math.max(bounds.x2 - bounds.x1, 1e-9);
  const bh = Math.max(bounds.y2 - bounds.y1, 1e-9);
  const clamp = (z: number) => Math.min(maxZoom, Math.max(minZoom, z));
  let zoom = clamp(Math.min((width - 2 * padding) / bw, (height - 2 * padding) / bh));
  const centre = (z: number) => ({ x: (width - z * (bounds.x1 + bounds.x2)) / 2, y: (height - z * (bounds.y1 + bounds.y2)) / 2 });
  if (zoom > maxFitZoom) {
    zoom = clamp(maxFitZoom);
    return { zoom, pan: centre(zoom) };
  }
  if (zoom < minFitZoom) {
    zoom = clamp(minFitZoom);
    return { zoom, pan: { x: padding - bounds.x1 * zoom, y: padding - bounds.y1 * zoom } };
  }
  return { zoom, pan: centre(zoom) };
}

/**
 * Paints the overview on `canvas` (sized to `width` × `height` CSS pixels at `pixelRatio`) at
 * `viewport`, on white. Like Cytoscape it leaves out labels smaller than `minFontPx` on screen
 * (its min-zoomed-font-size), and it skips items wholly outside the view.
 */
export function paintOverview(
  canvas: HTMLCanvasElement,
  overview: Overview,
  viewport: Viewport,
  options: { width: number; height: number; pixelRatio: number; minFontPx: number },
): { shapes: number; labels: number } {
  const { width, height, pixelRatio: r, minFontPx } = options;
  canvas.width = Math.max(1, Math.round(width * r));
  canvas.height = Math.max(1, Math.round(height * r));
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const { zoom, pan } = viewport;
  ctx.setTransform(r * zoom, 0, 0, r * zoom, r * pan.x, r * pan.y);
  ctx.lineJoin = 'miter';
  // the visible part in model coordinates, with a margin for strokes and text
  const vx1 = -pan.x / zoom - 50;
  const vy1 = -pan.y / zoom - 50;
  const vx2 = (width - pan.x) / zoom + 50;
  const vy2 = (height - pan.y) / zoom + 50;
  let shapes = 0;
  let labels = 0;
  for (const it of overview.items) {
    if (it.t === 'text') {
      if (it.size * zoom < minFontPx) continue;
      if (it.y < vy1 || it.y > vy2 || it.x < vx1 - 2000 || it.x > vx2 + 2000) continue;
      labels += 1;
    } else {
      const b = itemBounds(it)!;
      if (b.x2 < vx1 || b.x1 > vx2 || b.y2 < vy1 || b.y1 > vy2) continue;
      shapes += 1;
    }
    drawItem(ctx, it);
  }
  return { shapes, labels };
}

/**
 * The view `keepInView` (components/CyGraph.tsx) moves to so that a node (model centre and size)
 * is wholly on screen: zoomed in to `minZoom` around it when farther out, then panned the least.
 * `slack` px more than the margin, so that Cytoscape's own check (whose box adds the border) finds
 * nothing left to do.
 */
export function keepInViewport(
  viewport: Viewport,
  node: { x: number; y: number; w: number; h: number },
  width: number,
  height: number,
  options: { minZoom?: number; margin?: number; slack?: number } = {},
): Viewport {
  const { minZoom = 0, margin = 24, slack = 4 } = options;
  let { zoom, pan } = viewport;
  if (zoom < minZoom) {
    const rx = node.x * zoom + pan.x;
    const ry = node.y * zoom + pan.y;
    zoom = minZoom;
    pan = { x: rx - node.x * zoom, y: ry - node.y * zoom };
  }
  const m = margin + slack;
  const x1 = (node.x - node.w / 2) * zoom + pan.x;
  const x2 = (node.x + node.w / 2) * zoom + pan.x;
  const y1 = (node.y - node.h / 2) * zoom + pan.y;
  const y2 = (node.y + node.h / 2) * zoom + pan.y;
  let dx = 0;
  let dy = 0;
  if (x2 - x1 > width - 2 * m || x1 < m) dx = m - x1;
  else if (x2 > width - m) dx = width - m - x2;
  if (y2 - y1 > height - 2 * m || y1 < m) dy = m - y1;
  else if (y2 > height - m) dy = height - m - y2;
  return { zoom, pan: { x: pan.x + dx, y: pan.y + dy } };
}
