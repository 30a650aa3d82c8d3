import type { Core } from 'cytoscape';
import { paintOverview, type Overview, type Viewport } from './overview.js';

/** Timings of the last big map's first picture (performance.now() ms), for tests and the benchmark. */
export interface MapPaintRecord {
  /** When the overview was drawn, and when the frame holding it had been presented. */
  overviewDrawnAt: number;
  overviewShownAt: number;
  /** When Cytoscape had drawn its first frame and took over (null until then). */
  readyAt: number | null;
  viewport: Viewport;
  /** Shapes (boxes, lines, arrow heads, markers) and labels painted: those in view, labels large enough to read. */
  shapes: number;
  labels: number;
}

declare global {
  interface Window {
    __mapPaint?: MapPaintRecord;
  }
}

export interface ProgressiveOptions {
  /** A positioned element with the same box as Cytoscape's container: the overview canvas goes in it. */
  host: HTMLElement;
  width: number;
  height: number;
  overview: Overview;
  viewport: Viewport;
  minFontPx: number;
  pixelRatio?: number;
  /** Creates Cytoscape at `viewport` (synchronously: it takes the main thread for a while). */
  mount(): Core;
  onShown?(record: MapPaintRecord): void;
  onReady?(cy: Core, record: MapPaintRecord): void;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Paints the overview at once, waits until the frame that holds it has been presented, then lets
 * Cytoscape build (a task of its own, after that frame) and hides the overview in the frame after
 * Cytoscape's first one, so that one of the two pictures is always on screen and they never blink.
 * The canvas stays in the DOM, hidden, until `dispose` (its pixels are what the test compares).
 */
export function paintThenMount(options: ProgressiveOptions): { canvas: HTMLCanvasElement; dispose(): void } {
  const { host, overview, viewport } = options;
  let cancelled = false;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('data-testid', 'map-overview');
  canvas.setAttribute('aria-hidden', 'true');
  Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', zIndex: '1', pointerEvents: 'none' });
  host.appendChild(canvas);
  const { shapes, labels } = paintOverview(canvas, overview, viewport, {
    width: options.width,
    height: options.height,
    pixelRatio: options.pixelRatio ?? window.devicePixelRatio ?? 1,
    minFontPx: options.minFontPx,
  });
  const record: MapPaintRecord = { overviewDrawnAt: performance.now(), overviewShownAt: 0, readyAt: null, viewport, shapes, labels };
  window.__mapPaint = record;
  void (async () => {
    // drawn between frames: on screen once the next frame has been produced (the second callback)
    await nextFrame();
    await nextFrame();
    if (cancelled) return;
    record.overviewShownAt = performance.now();
    options.onShown?.(record);
    // Cytoscape's build blocks the thread: start it in a task after this frame, not inside it
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled) return;
    const cy = options.mount();
    cy.one('render', () => {
      requestAnimationFrame(() => {
        if (cancelled) return;
        canvas.style.display = 'none';
        record.readyAt = performance.now();
        options.onReady?.(cy, record);
      });
    });
  })();
  return {
    canvas,
    dispose() {
      cancelled = true;
      canvas.remove();
      // release the bitmap at once
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}
