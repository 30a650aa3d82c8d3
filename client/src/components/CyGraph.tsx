import { CompressOutlined, MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import cytoscape, { type Core, type ElementDefinition, type EventObject, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useI18n } from '../i18n/react';
import { fitViewport, keepInViewport, type Overview, type Viewport } from '../graph/overview';
import { paintThenMount } from '../graph/progressive';
import { MIN_ZOOMED_FONT_SIZE } from '../graph/stylesheet';

export interface CyTapEvent {
  /** The tapped element's id, or null for the background. */
  id: string | null;
  data: Record<string, unknown> | null;
}

declare global {
  interface Window {
    /** The graph on screen (the last one created), for end-to-end tests. */
    __cy?: Core | null;
  }
}

export interface CyGraphProps {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  /** Above this many elements the WebGL renderer draws the graph (where the browser has WebGL 2). */
  webglThreshold?: number;
  /** A Cytoscape layout to run after each change of elements (default: none, positions are given). */
  layout?: cytoscape.LayoutOptions;
  /** Fits the whole graph into view whenever this value changes. */
  fitKey?: string;
  selectedId?: string | null;
  onTap?(event: CyTapEvent): void;
  onDoubleTap?(event: CyTapEvent): void;
  /** The instance once created (null when destroyed): for exports and tests. */
  onCy?(cy: Core | null): void;
  minZoom?: number;
  maxZoom?: number;
  /**
   * The smallest zoom a fit (first view, the fit button, 0 key) goes down to, so that labels stay
   * readable; a graph larger than that is shown from its top-left corner instead (default: none).
   */
  minFitZoom?: number;
  /**
   * A picture of the whole graph drawn at once on a 2D canvas (graph/overview.ts). Above
   * `overviewThreshold` elements it is shown at the first view while Cytoscape builds, and hidden
   * when Cytoscape has drawn its first frame at the very same view.
   */
  overview?: () => Overview;
  /** More elements than this get the overview first (default 1,000). */
  overviewThreshold?: number;
  /** Draws +/−/fit buttons over the graph (the keys +, − and 0 work whenever it has the focus). */
  zoomControls?: boolean;
  style?: CSSProperties;
  className?: string;
  'data-testid'?: string;
}

let webgl2: boolean | null = null;
/** Renderers that draw WebGL on the CPU: slower than Cytoscape's canvas renderer, not faster. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

/**
 * Whether this browser gives out hardware-backed WebGL 2 contexts (Cytoscape's WebGL renderer
 * needs one). A software implementation — what a machine without a GPU, a virtual desktop or a
 * remote session gets — counts as none: there the canvas renderer is much faster.
 */
export function webglAvailable(): boolean {
  if (webgl2 === null) {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      let renderer = '';
      if (gl) {
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      }
      webgl2 = gl !== null && !SOFTWARE_GL.test(renderer);
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webgl2 = false;
    }
  }
  return webgl2;
}

/**
 * Fits the graph into view, but no closer than 1.2× so that a small map does not look blown up,
 * and no farther than `minZoom` so that its labels stay readable: a graph too large for that is
 * shown at `minZoom` from its top-left corner.
 */
export function fitReadable(cy: Core, padding = 24, minZoom = 0): void {
  cy.fit(undefined, padding);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  } else if (cy.zoom() < minZoom) {
    const bb = cy.elements().boundingBox();
    cy.zoom(minZoom);
    cy.pan({ x: padding - bb.x1 * minZoom, y: padding - bb.y1 * minZoom });
  }
}

/** One wheel notch (deltaY 100 px) zooms by 2^0.2 ≈ 15 %; a trackpad's small deltas in proportion (as d3-zoom). */
export function wheelZoomFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  return Math.pow(2, -deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (ctrlKey ? 10 : 1));
}

/** Graphs with more elements than this open with the overview first (CyGraphProps.overview). */
export const OVERVIEW_THRESHOLD = 1000;

/** The zoom step of the +/− buttons and keys. */
export const ZOOM_STEP = 1.25;

function zoomAround(cy: Core, factor: number, rendered?: { x: number; y: number }) {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: rendered ?? { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Pans (and zooms in up to `minZoom` when farther out) so that the element is wholly on screen. */
export function keepInView(cy: Core, id: string, minZoom = 0, margin = 24): void {
  const node = cy.$id(id);
  if (node.empty()) return;
  if (cy.zoom() < minZoom) cy.zoom({ level: minZoom, renderedPosition: node.renderedPosition() });
  const bb = node.renderedBoundingBox({ includeLabels: false });
  const w = cy.width();
  const h = cy.height();
  let dx = 0;
  let dy = 0;
  if (bb.x2 - bb.x1 > w - 2 * margin || bb.x1 < margin) dx = margin - bb.x1;
  else if (bb.x2 > w - margin) dx = w - margin - bb.x2;
  if (bb.y2 - bb.y1 > h - 2 * margin || bb.y1 < margin) dy = margin - bb.y1;
  else if (bb.y2 > h - margin) dy = h - margin - bb.y2;
  if (dx || dy) cy.panBy({ x: dx, y: dy });
}

const tapEvent = (e: EventObject): CyTapEvent => (e.target === e.cy ? { id: null, data: null } : { id: e.target.id() as string, data: e.target.data() as Record<string, unknown> });

/**
 * One owner of one Cytoscape instance: created on mount (again only when the renderer must
 * change), destroyed on unmount; elements diffed by id with `cy.json()` inside a batch; handlers
 * read from refs so that new callbacks never stack listeners.
 */
export function CyGraph(props: CyGraphProps) {
  const { elements, stylesheet, webglThreshold = 2000, fitKey, selectedId, minZoom = 0.05, maxZoom = 4, minFitZoom = 0 } = props;
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const minFitRef = useRef(minFitZoom);
  minFitRef.current = minFitZoom;
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const latest = useRef({ elements, stylesheet });
  latest.current = { elements, stylesheet };
  const webgl = elements.length > webglThreshold && webglAvailable();
  const progressive = Boolean(props.overview) && elements.length > (props.overviewThreshold ?? OVERVIEW_THRESHOLD);

  useEffect(() => {
    if (!container.current) return;
    const box = container.current;
    const outer = wrapper.current!;
    let cy: Core | null = null;
    let detach: (() => void) | null = null;
    /** Creates Cytoscape: fitted by its preset layout, or at `viewport` (the overview's view). */
    const create = (viewport?: Viewport): Core => {
      const created = cytoscape({
        container: box,
        elements: latest.current.elements,
        style: latest.current.stylesheet,
        layout: { name: 'preset', fit: true, padding: 24 },
        minZoom,
        maxZoom,
        autoungrabify: true,
        boxSelectionEnabled: false,
        selectionType: 'single',
        pixelRatio: 'auto',
        renderer: { name: 'canvas', webgl },
      } as cytoscape.CytoscapeOptions);
      // The overview's view, set after the fitting layout and before the first frame. (Created with
      // `zoom`/`pan` options and no fit instead, Cytoscape pans a 10,000-element map at 2 fps here.)
      if (viewport) created.viewport({ zoom: viewport.zoom, pan: viewport.pan });
      cy = created;
      cyRef.current = created;
      created.on('tap', (e) => handlers.current.onTap?.(tapEvent(e)));
      created.on('dbltap', (e) => handlers.current.onDoubleTap?.(tapEvent(e)));
      // an element's `title` data (a full name its label had to shorten) shows on hover
      created.on('mouseover', 'node[title]', (e) => {
        box.setAttribute('title', String(e.target.data('title')));
      });
      created.on('mouseout', 'node[title]', () => box.removeAttribute('title'));
      handlers.current.onCy?.(created);
      window.__cy = created;
      // the graph's own wheel zoom at an even rate (Cytoscape's first notches are clamped, later
      // ones scaled down to about 1 %); caught on the wrapper before Cytoscape's handler sees it
      const onWheel = (e: WheelEvent) => {
        if (!e.deltaY) return;
        e.preventDefault();
        e.stopPropagation();
        const rect = box.getBoundingClientRect();
        zoomAround(created, wheelZoomFactor(e.deltaY, e.deltaMode, e.ctrlKey), { x: e.clientX - rect.left, y: e.clientY - rect.top });
      };
      outer.addEventListener('wheel', onWheel, { capture: true, passive: false });
      // a narrower container (a side panel opened) keeps the zoom and the selection in view
      const observer = new ResizeObserver(() => {
        created.resize();
        if (selectedRef.current) keepInView(created, selectedRef.current, minFitRef.current);
      });
      observer.observe(box);
      detach = () => {
        outer.removeEventListener('wheel', onWheel, { capture: true });
        observer.disconnect();
      };
      return created;
    };
    let overview: ReturnType<typeof paintThenMount> | null = null;
    if (progressive && handlers.current.overview && box.clientWidth > 0 && box.clientHeight > 0) {
      const picture = handlers.current.overview();
      let viewport = fitViewport(picture.bounds, box.clientWidth, box.clientHeight, { padding: 24, minFitZoom: minFitRef.current, minZoom, maxZoom });
      // a selection from the URL is brought into view in the overview already, as keepInView would
      const selected = selectedRef.current ? latest.current.elements.find((e) => e.data.id === selectedRef.current) : undefined;
      if (selected?.position) {
        const node = { x: selected.position.x, y: selected.position.y, w: Number(selected.data.w ?? 0), h: Number(selected.data.h ?? 0) };
        viewport = keepInViewport(viewport, node, box.clientWidth, box.clientHeight, { minZoom: minFitRef.current });
      }
      outer.dataset.mapPaint = 'overview';
      overview = paintThenMount({
        host: outer,
        width: box.clientWidth,
        height: box.clientHeight,
        overview: picture,
        viewport,
        minFontPx: MIN_ZOOMED_FONT_SIZE,
        mount: () => {
          const created = create(viewport);
          // what the effects below did while there was no instance yet
          const selected = selectedRef.current;
          if (selected) {
            created.$id(selected).select();
            keepInView(created, selected, minFitRef.current);
          }
          return created;
        },
        onReady: () => {
          outer.dataset.mapPaint = 'cytoscape';
        },
      });
    } else {
      create();
      outer.dataset.mapPaint = 'cytoscape';
    }
    return () => {
      overview?.dispose();
      detach?.();
      delete outer.dataset.mapPaint;
      const created = cy as Core | null;
      if (!created) return;
      handlers.current.onCy?.(null);
      if (window.__cy === created) window.__cy = null;
      cyRef.current = null;
      created.destroy();
    };
  }, [webgl, minZoom, maxZoom, progressive]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.json({ elements });
    });
    const layout = handlers.current.layout;
    if (layout) cy.layout(layout).run();
  }, [elements]);

  useEffect(() => {
    cyRef.current?.style(stylesheet);
  }, [stylesheet]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (selectedId) cy.$id(selectedId).select();
    });
  }, [selectedId, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && selectedId) keepInView(cy, selectedId, minFitZoom);
  }, [selectedId]);

  useEffect(() => {
    const cy = cyRef.current;
    if (fitKey === undefined || !cy) return;
    fitReadable(cy, 24, minFitZoom);
    if (selectedRef.current) keepInView(cy, selectedRef.current, minFitZoom);
  }, [fitKey]);

  const zoomBy = (factor: number) => cyRef.current && zoomAround(cyRef.current, factor);
  const fit = () => cyRef.current && fitReadable(cyRef.current, 24, minFitZoom);
  const keys = useRef({ zoomBy, fit });
  keys.current = { zoomBy, fit };
  // +, − and 0 zoom whenever the graph has the focus or nothing else does (not while typing)
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const active = document.activeElement;
      if (active && active !== document.body && !wrapper.current?.contains(active)) return;
      if (e.key === '+' || e.key === '=') keys.current.zoomBy(ZOOM_STEP);
      else if (e.key === '-' || e.key === '_') keys.current.zoomBy(1 / ZOOM_STEP);
      else if (e.key === '0') keys.current.fit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div
      ref={wrapper}
      tabIndex={0}
      onMouseDownCapture={() => wrapper.current?.focus({ preventScroll: true })}
      style={{ position: 'relative', width: '100%', height: '100%', outline: 'none', ...props.style }}
      aria-label={t('map.zoomKeys')}
    >
      <div ref={container} className={props.className} style={{ width: '100%', height: '100%' }} data-testid={props['data-testid']} />
      {props.zoomControls ? (
        <div style={{ position: 'absolute', right: 12, bottom: 12, display: 'flex', flexDirection: 'column', gap: 4, zIndex: 2 }}>
          <Tooltip title={t('map.zoomIn')} placement="left">
            <Button icon={<PlusOutlined />} onClick={() => zoomBy(ZOOM_STEP)} aria-label={t('map.zoomIn')} data-testid="zoom-in" />
          </Tooltip>
          <Tooltip title={t('map.zoomOut')} placement="left">
            <Button icon={<MinusOutlined />} onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label={t('map.zoomOut')} data-testid="zoom-out" />
          </Tooltip>
          <Tooltip title={t('map.fit')} placement="left">
            <Button icon={<CompressOutlined />} onClick={fit} aria-label={t('map.fit')} data-testid="zoom-fit" />
          </Tooltip>
        </div>
      ) : null}
    </div>
  );
}
