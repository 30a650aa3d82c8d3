import cytoscape, { type Core, type ElementDefinition, type EventObject, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef, type CSSProperties } from 'react';

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

/** Fits the graph into view, but no closer than 1.2× so that a small map does not look blown up. */
export function fitReadable(cy: Core, padding = 24): void {
  cy.fit(undefined, padding);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
}

const tapEvent = (e: EventObject): CyTapEvent =>
  e.target === e.cy ? { id: null, data: null } : { id: e.target.id() as string, data: e.target.data() as Record<string, unknown> };

/**
 * One owner of one Cytoscape instance: created on mount (again only when the renderer must
 * change), destroyed on unmount; elements diffed by id with `cy.json()` inside a batch; handlers
 * read from refs so that new callbacks never stack listeners.
 */
export function CyGraph(props: CyGraphProps) {
  const { elements, stylesheet, webglThreshold = 2000, fitKey, selectedId, minZoom = 0.05, maxZoom = 4 } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const latest = useRef({ elements, stylesheet });
  latest.current = { elements, stylesheet };
  const webgl = elements.length > webglThreshold && webglAvailable();

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: latest.current.elements,
      style: latest.current.stylesheet,
      layout: { name: 'preset', fit: true, padding: 24 },
      minZoom,
      maxZoom,
      autoungrabify: true,
      boxSelectionEnabled: false,
      selectionType: 'single',
      wheelSensitivity: 0.4,
      pixelRatio: 'auto',
      renderer: { name: 'canvas', webgl },
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    cy.on('tap', (e) => handlers.current.onTap?.(tapEvent(e)));
    cy.on('dbltap', (e) => handlers.current.onDoubleTap?.(tapEvent(e)));
    handlers.current.onCy?.(cy);
    window.__cy = cy;
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      handlers.current.onCy?.(null);
      if (window.__cy === cy) window.__cy = null;
      cyRef.current = null;
      cy.destroy();
    };
  }, [webgl, minZoom, maxZoom]);

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
    if (fitKey === undefined || !cy) return;
    fitReadable(cy);
  }, [fitKey]);

  return <div ref={container} className={props.className} style={{ width: '100%', height: '100%', ...props.style }} data-testid={props['data-testid']} />;
}
