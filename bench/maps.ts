// Map phase of the benchmark: bundles bench/maps/page.ts (the client's layout code, Cytoscape and
// elkjs) with esbuild and runs it in headless Chromium for chains of several sizes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { percentile } from './lib/stats.js';

const require = createRequire(import.meta.url);

export interface MapFigures {
  size: number;
  elements: number;
  /** Cytoscape alone (the path before the overview): its first frame is the first complete picture. */
  deterministic: { layoutMs: number; paintMs: number; totalMs: number; webgl: boolean; rounds: number[] };
  /** The overview first, Cytoscape handed over after it (client/src/graph/progressive.ts). */
  overview: {
    /** Layout and the export scene's items. */
    prepareMs: number;
    /** To the overview on screen: the first complete picture. */
    pictureMs: number;
    /** To Cytoscape's first frame on screen, the overview hidden: interactive. */
    interactiveMs: number;
    pictureRounds: number[];
    interactiveRounds: number[];
    /** Boxes, lines, arrow heads and markers painted, of all in the scene (equal: every node and edge is in the picture). */
    shapesDrawn: number;
    shapesTotal: number;
    labels: number;
    zoom: number;
  };
  elk: { layoutMs: number; paintMs: number | null; totalMs: number | null; timedOut: boolean };
  /** ELK total / deterministic total (a lower bound when ELK timed out). */
  ratio: number;
  panFrames: { count: number; p50: number; p95: number; fps: number };
  /** Panning Cytoscape after the overview handed over to it. */
  panAfterHandOver: { count: number; p50: number; p95: number; fps: number };
}

const frameStats = (frames: number[]) => ({ count: frames.length, p50: percentile(frames, 50), p95: percentile(frames, 95), fps: frames.length / (frames.reduce((a, b) => a + b, 0) / 1000) });

export async function mapBench(sizes: number[], options: { elkTimeoutMs: number; panSeconds: number; webgl?: boolean; rounds?: number; log: (line: string) => void }): Promise<MapFigures[]> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./maps/page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const script = bundle.outputFiles[0]!.text;
  const workerSource = readFileSync(require.resolve('elkjs/lib/elk-worker.min.js'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('crash', () => options.log('  [browser] the page crashed'));
    page.on('console', (m) => {
      if (m.type() === 'error' || process.env.BENCH_DEBUG) options.log(`  [browser] ${m.text().slice(0, 300)}`);
    });
    await page.setContent(
      '<!doctype html><html><body style="margin:0"><div id="host" style="position:relative;width:1280px;height:800px"><div id="cy" style="width:1280px;height:800px"></div></div></body></html>',
    );
    await page.addScriptTag({ content: script });
    await page.evaluate((source) => {
      window.__elkWorkerUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    }, workerSource);
    const out: MapFigures[] = [];
    for (const size of sizes) {
      const r = await page.evaluate(([s, elkTimeoutMs, panSeconds, webgl, rounds]) => window.mapBench.run(s, { elkTimeoutMs, panSeconds, webgl, rounds }), [
        size,
        options.elkTimeoutMs,
        options.panSeconds,
        options.webgl ?? false,
        options.rounds ?? 3,
      ] as const);
      const elkTotal = r.elk.totalMs ?? r.elk.layoutMs;
      const fig: MapFigures = {
        size: r.size,
        elements: r.elements,
        deterministic: r.deterministic,
        overview: r.overview,
        elk: r.elk,
        ratio: elkTotal / r.deterministic.totalMs,
        panFrames: frameStats(r.frames),
        panAfterHandOver: frameStats(r.framesAfterHandOver),
      };
      options.log(
        `  map ${size}: ${r.elements} elements; deterministic ${r.deterministic.totalMs.toFixed(0)} ms (layout ${r.deterministic.layoutMs.toFixed(0)}, paint ${r.deterministic.paintMs.toFixed(0)}${r.deterministic.webgl ? ', WebGL' : ''}); ELK ${r.elk.timedOut ? `> ${options.elkTimeoutMs} ms (stopped)` : `${elkTotal.toFixed(0)} ms`}; pan p50 ${fig.panFrames.p50.toFixed(1)} p95 ${fig.panFrames.p95.toFixed(1)} ms`,
      );
      const o = r.overview;
      options.log(
        `  map ${size}: first complete picture: Cytoscape alone ${r.deterministic.totalMs.toFixed(0)} ms [${r.deterministic.rounds.map((x) => x.toFixed(0)).join(', ')}]; overview ${o.pictureMs.toFixed(0)} ms [${o.pictureRounds.map((x) => x.toFixed(0)).join(', ')}] (layout + scene ${o.prepareMs.toFixed(0)} ms, ${o.shapesDrawn}/${o.shapesTotal} shapes, ${o.labels} labels, zoom ${o.zoom.toFixed(3)}); Cytoscape interactive after the overview ${o.interactiveMs.toFixed(0)} ms [${o.interactiveRounds.map((x) => x.toFixed(0)).join(', ')}]; pan after hand-over p50 ${fig.panAfterHandOver.p50.toFixed(1)} p95 ${fig.panAfterHandOver.p95.toFixed(1)} ms (${fig.panAfterHandOver.fps.toFixed(1)} fps)`,
      );
      out.push(fig);
    }
    return out;
  } finally {
    await browser.close();
  }
}
