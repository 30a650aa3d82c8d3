// Browser side of the map benchmark (bundled by bench/maps.ts with esbuild, run in headless
// Chromium): the client's deterministic chain layout (client/src/graph) against ELK layered on the
// same chain, each drawn by Cytoscape the way the client draws it; then frame times while panning.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import * as elkApi from 'elkjs/lib/elk-api.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { buildElements, layoutChain, stylesheet } from '../../client/src/graph/index.js';
import { syntheticChain } from '../../client/src/graph/synthetic.js';

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
async function draw(elements: ElementDefinition[], allowWebgl: boolean): Promise<{ ms: number; webgl: boolean }> {
  cy?.destroy();
  const container = document.getElementById('cy')!;
  const webgl = allowWebgl && elements.length > 2000 && webglAvailable();
  const started = performance.now();
  const painted = new Promise<void>((resolve) => {
    cy = cytoscape({
      container,
      elements,
      style: stylesheet('status'),
      layout: { name: 'preset', fit: true, padding: 24 },
      autoungrabify: true,
      boxSelectionEnabled: false,
      pixelRatio: 1,
      renderer: { name: 'canvas', webgl },
    } as cytoscape.CytoscapeOptions);
    cy.one('render', () => resolve());
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
    const leaf = !childrenOf.has(s.id) && !(chain.enterprises[s.id]?.length);
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

async function run(size: number, options: { elkTimeoutMs: number; panSeconds: number; webgl: boolean }) {
  const chain = syntheticChain(size, 7);
  // Deterministic layout: model → layout → elements → first paint.
  const t0 = performance.now();
  const layout = layoutChain(chain.segments, chain.flows, { enterprises: chain.enterprises, drill: 'all' });
  const elements = buildElements(layout, chain.data, 'status');
  const layoutMs = performance.now() - t0;
  const paint = await draw(elements, options.webgl);
  const deterministic = { layoutMs, paintMs: paint.ms, totalMs: performance.now() - t0, webgl: paint.webgl };
  const frames = await pan(options.panSeconds);

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
  return { size, elements: elements.length, deterministic, elk: elkFigures, frames };
}

const api = { run };
window.mapBench = api;
