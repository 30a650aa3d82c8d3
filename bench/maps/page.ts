// Browser side of the map benchmark (bundled by bench/maps.ts with esbuild, run in headless
// Chromium): the client's deterministic chain layout (client/src/graph) against ELK layered on the
// same chain, each drawn by Cytoscape the way the client draws it; then frame times while panning.
// The first complete picture is measured two ways side by side: Cytoscape alone (the path before
// the overview), and the overview painted from the export scene with Cytoscape handed over after it
// (client/src/graph/progressive.ts, what CyGraph does above 1,000 elements).
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import * as elkApi from 'elkjs/lib/elk-api.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { buildElements, layoutChain, stylesheet } from '../../client/src/graph/index.js';
import { syntheticChain } from '../../client/src/graph/synthetic.js';
import { fitViewport, mapOverview, type Viewport } from '../../client/src/graph/overview.js';
import { paintThenMount } from '../../client/src/graph/progressive.js';
import { MIN_ZOOMED_FONT_SIZE } from '../../client/src/graph/stylesheet.js';

declare global {
  interface Window {
    mapBench: typeof api;
    __elkWorkerUrl?: string;
  }
}

/** The ELK class (a CommonJS module whose default export is itself). */
interface ElkInstance {
  layout(graph: ElkNode): Promise<ElkNode>;
  terminateWorker(): void;
}
const ELK = ((elkApi as unknown as { default?: unknown }).default ?? elkApi) as new (args: { workerUrl: string }) => ElkInstance;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame((t) => resolve(t)));

function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

let cy: Core | null = null;

/**
 * Mounts the elements as the client does (preset positions, the client's stylesheet) and waits for
 * the first paint. The client switches to the WebGL renderer above 2,000 elements where the browser
 * has WebGL 2; headless Chromium without a GPU only has a software WebGL that stalls for minutes on
 * the first frame, so the benchmark uses the canvas renderer unless `webgl` is asked for.
 */
function mountCy(elements: ElementDefinition[], webgl: boolean, viewport?: Viewport): Core {
  cy?.destroy();
  cy = cytoscape({
    container: document.getElementById('cy')!,
    elements,
    style: stylesheet('status'),
    layout: { name: 'preset', fit: true, padding: 24 },
    autoungrabify: true,
    boxSelectionEnabled: false,
    pixelRatio: 1,
    renderer: { name: 'canvas', webgl },
  } as cytoscape.CytoscapeOptions);
  // the overview's view, set after the fitting layout: created with `zoom`/`pan` options instead,
  // Cytoscape pans a 10,000-element map at 2 fps here rather than 60
  if (viewport) cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
  return cy;
}

async function draw(elements: ElementDefinition[], allowWebgl: boolean): Promise<{ ms: number; webgl: boolean }> {
  cy?.destroy();
  cy = null;
  const webgl = allowWebgl && elements.length > 2000 && webglAvailable();
  const started = performance.now();
  const painted = new Promise<void>((resolve) => {
    const created = mountCy(elements, webgl);
    created.one('render', () => resolve());
  });
  await painted;
  await frame();
  return { ms: performance.now() - started, webgl };
}

/** Frame intervals while the map pans a few pixels every frame. */
async function pan(seconds: number): Promise<number[]> {
  const intervals: number[] = [];
  let last = await frame();
  const end = last + seconds * 1000;
  while (last < end && cy) {
    cy.panBy({ x: 4, y: 2 });
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}

const VIEW = { width: 1280, height: 800 };

/**
 * The path before the overview: layout, elements, Cytoscape fitted; the first complete picture is
 * Cytoscape's first frame, on screen at the next animation frame. Cytoscape is interactive then too.
 */
async function todayPath(chain: ReturnType<typeof syntheticChain>, allowWebgl: boolean) {
  const t0 = performance.now();
  const layout = layoutChain(chain.segments, chain.flows, { enterprises: chain.enterprises, drill: 'all' });
  const elements = buildElements(layout, chain.data, 'status');
  const layoutMs = performance.now() - t0;
  const paint = await draw(elements, allowWebgl);
  const totalMs = performance.now() - t0;
  return { layoutMs, pictureMs: totalMs, interactiveMs: totalMs, webgl: paint.webgl, elements: elements.length };
}

let overviewHandle: ReturnType<typeof paintThenMount> | null = null;

/**
 * The overview path: layout, the export scene's items, painted on a canvas at the fitted view
 * (the first complete picture: on screen once the frame after it has been produced); then the
 * elements and Cytoscape at the same view, which takes over after its first frame (interactive).
 */
async function overviewPath(chain: ReturnType<typeof syntheticChain>, allowWebgl: boolean) {
  cy?.destroy();
  cy = null;
  overviewHandle?.dispose();
  const t0 = performance.now();
  const layout = layoutChain(chain.segments, chain.flows, { enterprises: chain.enterprises, drill: 'all' });
  const overview = mapOverview(layout, chain.data, 'status');
  const viewport = fitViewport(overview.bounds, VIEW.width, VIEW.height, { padding: 24, maxFitZoom: Infinity });
  const prepareMs = performance.now() - t0;
  const totalShapes = overview.items.filter((it) => it.t !== 'text').length;
  let webgl = false;
  const done = new Promise<{ pictureMs: number; interactiveMs: number; shapes: number; labels: number }>((resolve) => {
    let pictureMs = 0;
    overviewHandle = paintThenMount({
      host: document.getElementById('host')!,
      width: VIEW.width,
      height: VIEW.height,
      overview,
      viewport,
      minFontPx: MIN_ZOOMED_FONT_SIZE,
      pixelRatio: 1,
      mount: () => {
        const elements = buildElements(layout, chain.data, 'status');
        webgl = allowWebgl && elements.length > 2000 && webglAvailable();
        return mountCy(elements, webgl, viewport);
      },
      onShown: (record) => {
        pictureMs = record.overviewShownAt - t0;
      },
      onReady: (_cy, record) => resolve({ pictureMs, interactiveMs: record.readyAt! - t0, shapes: record.shapes, labels: record.labels }),
    });
  });
  const r = await done;
  return { prepareMs, ...r, totalShapes, webgl, viewport };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const ELK_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.padding': '[top=30,left=10,bottom=10,right=10]',
  'elk.spacing.nodeNode': '12',
};

/** The same chain as an ELK graph: stages ⊃ segments ⊃ sub-segments ⊃ enterprises, flows as edges; leaf sizes from the deterministic layout. */
function elkGraph(chain: ReturnType<typeof syntheticChain>, layout: ReturnType<typeof layoutChain>): ElkNode {
  const size = new Map<string, { w: number; h: number }>();
  for (const s of layout.segments) size.set(`seg:${s.id}`, { w: s.w, h: s.h });
  for (const e of layout.enterprises) size.set(`ent:${e.key}`, { w: e.w, h: e.h });
  const nodes = new Map<string, ElkNode>();
  const root: ElkNode = { id: 'root', layoutOptions: ELK_OPTIONS, children: [], edges: [] };
  for (const stage of layout.stages) {
    const node: ElkNode = { id: `stage:${stage.stage}`, children: [] };
    nodes.set(node.id, node);
    root.children!.push(node);
  }
  const childrenOf = new Map<string, string[]>();
  for (const s of chain.segments) if (s.parentId) childrenOf.set(s.parentId, [...(childrenOf.get(s.parentId) ?? []), s.id]);
  for (const s of chain.segments) {
    const leaf = !childrenOf.has(s.id) && !chain.enterprises[s.id]?.length;
    const node: ElkNode = { id: `seg:${s.id}`, ...(leaf ? { width: size.get(`seg:${s.id}`)?.w ?? 140, height: size.get(`seg:${s.id}`)?.h ?? 40 } : { children: [] }) };
    nodes.set(node.id, node);
  }
  for (const s of chain.segments) {
    const parent = s.parentId ? nodes.get(`seg:${s.parentId}`) : nodes.get(`stage:${s.stage}`);
    (parent ?? root).children!.push(nodes.get(`seg:${s.id}`)!);
  }
  for (const e of layout.enterprises) {
    const parent = nodes.get(`seg:${e.segmentId}`)!;
    parent.children ??= [];
    parent.children.push({ id: `ent:${e.key}`, width: e.w, height: e.h });
  }
  root.edges = layout.flows.map((f, i) => ({ id: `e${i}`, sources: [`seg:${f.from}`], targets: [`seg:${f.to}`] }));
  return root;
}

/** Absolute centres and sizes of every laid-out ELK node. */
function elkPositions(node: ElkNode, dx = 0, dy = 0, out = new Map<string, { x: number; y: number; w: number; h: number }>()) {
  for (const child of node.children ?? []) {
    const x = dx + (child.x ?? 0);
    const y = dy + (child.y ?? 0);
    out.set(child.id, { x: x + (child.width ?? 0) / 2, y: y + (child.height ?? 0) / 2, w: child.width ?? 0, h: child.height ?? 0 });
    elkPositions(child, x, y, out);
  }
  return out;
}

async function run(size: number, options: { elkTimeoutMs: number; panSeconds: number; webgl: boolean; rounds: number }) {
  const chain = syntheticChain(size, 7);
  // The two paths to the first complete picture, alternating, `rounds` times each (medians);
  // panning after the last round of each (for the overview path: after the hand-over).
  const today: Array<Awaited<ReturnType<typeof todayPath>>> = [];
  const progressive: Array<Awaited<ReturnType<typeof overviewPath>>> = [];
  let frames: number[] = [];
  let framesAfterHandOver: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const last = round === options.rounds - 1;
    today.push(await todayPath(chain, options.webgl));
    if (last) frames = await pan(options.panSeconds);
    progressive.push(await overviewPath(chain, options.webgl));
    if (last) framesAfterHandOver = await pan(options.panSeconds);
  }
  overviewHandle?.dispose();
  overviewHandle = null;
  const lastToday = today[today.length - 1]!;
  const lastProgressive = progressive[progressive.length - 1]!;
  const t = median(today.map((r) => r.layoutMs));
  const deterministic = {
    layoutMs: t,
    paintMs: median(today.map((r) => r.pictureMs - r.layoutMs)),
    totalMs: median(today.map((r) => r.pictureMs)),
    webgl: lastToday.webgl,
    rounds: today.map((r) => r.pictureMs),
  };
  const overview = {
    prepareMs: median(progressive.map((r) => r.prepareMs)),
    pictureMs: median(progressive.map((r) => r.pictureMs)),
    interactiveMs: median(progressive.map((r) => r.interactiveMs)),
    pictureRounds: progressive.map((r) => r.pictureMs),
    interactiveRounds: progressive.map((r) => r.interactiveMs),
    shapesDrawn: lastProgressive.shapes,
    shapesTotal: lastProgressive.totalShapes,
    labels: lastProgressive.labels,
    zoom: lastProgressive.viewport.zoom,
  };
  const layout = layoutChain(chain.segments, chain.flows, { enterprises: chain.enterprises, drill: 'all' });
  const elements = buildElements(layout, chain.data, 'status');

  // ELK layered on the same chain, in a worker so that it can be stopped at the time limit.
  const elk = new ELK({ workerUrl: window.__elkWorkerUrl! });
  const graph = elkGraph(chain, layout);
  const e0 = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const laid = await Promise.race([
    elk.layout(graph),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), options.elkTimeoutMs);
    }),
  ]).catch((error: unknown) => {
    console.error(error);
    return null;
  });
  clearTimeout(timer);
  elk.terminateWorker();
  let elkFigures: { layoutMs: number; paintMs: number | null; totalMs: number | null; timedOut: boolean } = { layoutMs: performance.now() - e0, paintMs: null, totalMs: null, timedOut: laid === null };
  if (laid) {
    const positions = elkPositions(laid);
    const moved = elements.map((el) => {
      const p = positions.get(String(el.data.id));
      return p && el.group === 'nodes' ? { ...el, position: { x: p.x, y: p.y }, data: { ...el.data, w: p.w, h: p.h } } : el;
    });
    const layoutDone = performance.now() - e0;
    const drawn = await draw(moved, options.webgl);
    elkFigures = { layoutMs: layoutDone, paintMs: drawn.ms, totalMs: performance.now() - e0, timedOut: false };
  }
  cy?.destroy();
  cy = null;
  return { size, elements: elements.length, deterministic, overview, elk: elkFigures, frames, framesAfterHandOver };
}

const api = { run };
window.mapBench = api;
