import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { createInflate } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { syntheticChain } from '../../client/src/graph/synthetic.js';
import { importWorkbook } from '../../server/import/index.js';
import { homeRegions } from '../fixtures/home-regions.js';
import { testDatabase } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { SCREENSHOT_DIR } from '../support/browser.js';
import { adminSession, clickNode, closePage, downloadFrom, openPage, readNodes, screenshot, type Session } from './support.js';
import { NEUTRAL, STATUS_BOX_FILL, STATUS_COLORS } from '../../client/src/graph/palette.js';

/** A chain of 300 segments and 1,400 enterprises: with its enterprises shown, over 2,000 elements. */
function bigWorkbook() {
  const chain = syntheticChain(2400, 11);
  const enterprises = new Map<string, { id: string; name: string; region_code: string }>();
  const links: Array<{ enterprise_id: string; segment_id: string }> = [];
  for (const [segmentId, list] of Object.entries(chain.enterprises)) {
    for (const e of list) {
      enterprises.set(e.id, { id: e.id, name: e.name, region_code: Number(e.id.slice(1)) % 4 === 0 ? 'QDEDZ' : '110000' });
      links.push({ enterprise_id: e.id, segment_id: segmentId });
    }
  }
  return {
    regions: homeRegions(),
    chains: [{ id: 'big', name: '大型示例链', name_en: 'Big chain' }],
    segments: chain.segments.map((s) => ({ id: s.id, chain_id: 'big', name: s.name, name_en: s.nameEn, stage: s.stage, order: s.order, parent_id: s.parentId ?? '' })),
    flows: [...new Map(chain.flows.map((f) => [`${f.from}>${f.to}`, f])).values()].map((f) => ({ from_segment_id: f.from, to_segment_id: f.to })),
    enterprises: [...enterprises.values()],
    enterprise_segments: links,
  };
}

const db = testDatabase();
let app: TestApp;
let browser: Browser;
let session: Session;
/** The current test's own page, closed after the test. */
let page: Page;
let opened: Page | undefined;

beforeAll(async () => {
  await db.reset();
  const started = Date.now();
  const result = await importWorkbook(db.runner, { filename: 'big.json', data: Buffer.from(JSON.stringify(bigWorkbook())) });
  assert.deepEqual(result.errors.slice(0, 3), []);
  console.log(`# imported the big chain in ${Date.now() - started} ms`);
  app = await startTestApp(db);
  browser = await launchBrowser();
  session = await adminSession(browser, app);
});
afterEach(async () => {
  if (opened) await closePage(opened);
  opened = undefined;
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

describe('a big chain map', () => {
  it('draws over 2,000 elements with every enterprise shown (WebGL where the browser has it in hardware), and modes keep positions', async () => {
    page = opened = await openPage(browser, app, session, '/');
    const log: string[] = [];
    page.on('console', (m) => log.push(m.text()));
    const started = Date.now();
    await page.goto(`${app.url}/chains/big?ent=1`);
    // Generous: this waits for the import-sized chain's data as well as the drawing.
    const status = await readNodes(page, 120_000);
    const elements = await page.evaluate(() => window.__cy!.elements().length);
    const gl = await page.evaluate(() => {
      const context = document.createElement('canvas').getContext('webgl2');
      const info = context?.getExtension('WEBGL_debug_renderer_info');
      return context ? String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER)) : null;
    });
    // WebGL drawn on the CPU (SwiftShader, llvmpipe) is slower than the canvas renderer: not used.
    const webgl2 = gl !== null && !/swiftshader|llvmpipe|softpipe|software/i.test(gl);
    console.log(`# ${elements} elements on screen ${Date.now() - started} ms after navigation; WebGL 2: ${gl ?? 'none'} → ${webgl2 ? 'WebGL renderer' : 'canvas renderer'}`);
    assert.ok(elements > 2000, `${elements} elements`);
    assert.equal(
      log.some((l) => l.includes('webgl rendering enabled')),
      webgl2,
    );
    const positions = (nodes: typeof status) =>
      Object.fromEntries(
        Object.entries(nodes)
          .filter(([id]) => /^(seg|ent|stage):/.test(id))
          .map(([id, n]) => [id, [n.x, n.y]]),
      );
    await page.getByTestId('mode-panorama').click();
    await page.locator('[data-testid="chain-map"][data-mode="panorama"]').waitFor();
    assert.deepEqual(positions(await readNodes(page)), positions(status));
    await screenshot(page, 'map-big');
  });

  it('paints the overview first, then hands over to Cytoscape at the same view, positions and colours; a click then opens the side panel', async () => {
    page = opened = await openPage(browser, app, session, '/');
    await page.goto(`${app.url}/chains/big?ent=1`);
    const record = await handedOver(page);
    // the view fitReadable gives: a map this big opens at the enterprises' readable zoom, top left
    assert.equal(record.viewport.zoom, 0.73);
    const compared = await comparePictures(page);
    assertSamePicture(compared);

    // After the hand-over the map works as ever: a click on a segment opens its side panel ...
    const target = compared.segments[0]!.id;
    await clickNode(page, target);
    const panel = page.getByTestId('segment-panel');
    await panel.waitFor();
    assert.equal(`seg:${await panel.getAttribute('data-segment-id')}`, target);
    assert.equal(`seg:${new URL(page.url()).searchParams.get('sel')}`, target);
    // ... and the zoom buttons drive the handed-over Cytoscape.
    await page.getByTestId('zoom-in').click();
    assert.ok(Math.abs((await page.evaluate(() => window.__cy!.zoom())) - 0.73 * 1.25) < 1e-9);

    // 断链 markers: the map opened with a segment selected (in the URL) at the end of a broken link
    // shows that segment from the first picture on, its marker beside it.
    const next = await page.evaluate(() => {
      const cy = window.__cy!;
      const markers = cy.nodes('node.broken-marker').map((m) => {
        const to = cy.$id(`seg:${String(m.data('to'))}`);
        return { to: String(m.data('to')), d: Math.hypot(m.position('x') - to.position('x'), m.position('y') - to.position('y')) };
      });
      return markers.sort((x, y) => x.d - y.d)[0];
    });
    assert.ok(next, 'the big chain has 断链');
    await closePage(page);
    page = opened = await openPage(browser, app, session, '/');
    await page.goto(`${app.url}/chains/big?ent=1&sel=${encodeURIComponent(next.to)}`);
    await handedOver(page);
    await page.getByTestId('segment-panel').waitFor();
    const withMarker = await comparePictures(page);
    assert.ok(await page.evaluate((id) => window.__cy!.$id(id).selected(), `seg:${next.to}`), 'the segment of the URL is selected');
    assert.ok(withMarker.markers.length > 0, '断链 markers in view');
    assertSamePicture(withMarker);
    for (const m of withMarker.markers) {
      assert.ok(m.overviewRed > 0.15 * m.area && m.cyRed > 0.15 * m.area, `${m.id}: ${m.overviewRed} and ${m.cyRed} red pixels of ${m.area.toFixed(0)}`);
      assert.ok(Math.abs(m.overviewRed - m.cyRed) < 0.05 * m.area, `${m.id}: ${m.overviewRed} vs ${m.cyRed} red pixels`);
    }
  });

  it('exports a 300 dpi PNG larger than any one canvas, drawn in tiles, every row intact', async () => {
    page = opened = await openPage(browser, app, session, '/chains/big?ent=1');
    await readNodes(page, 120_000);
    await page.getByTestId('mode-status').click();
    await page.locator('[data-testid="chain-map"][data-mode="status"]').waitFor();
    const started = Date.now();
    const { name, bytes } = await downloadFrom(page, 'export-menu', 'export-png', 600_000);
    assert.match(name, /-300dpi\.png$/);
    const png = readPng(bytes);
    await writeFile(`${SCREENSHOT_DIR}/map-big-300dpi.png`, bytes);
    console.log(`# tiled PNG ${png.width} × ${png.height} px, ${(bytes.length / 1e6).toFixed(1)} MB, in ${Date.now() - started} ms`);
    assert.ok(png.width * png.height > 268_435_456 || png.width > 32_767 || png.height > 32_767, `${png.width} × ${png.height} is past one canvas`);
    assert.equal(png.ppm, 11811, '300 dpi in pixels per metre');
    const bb = await page.evaluate(() => window.__cy!.elements().boundingBox());
    assert.ok(png.width >= bb.w * 3.125 && png.width < (bb.w + 400) * 3.125, `width ${png.width} for a map ${bb.w} wide`);
    const scan = await scanPixels(png);
    assert.equal(scan.rows, png.height);
    assert.equal(scan.badFilters, 0);
    // Drawn everywhere, not only in the first tile: ink in each horizontal third and each vertical third.
    for (const [i, ink] of scan.inkByThird.entries()) assert.ok(ink > 1000, `third ${i}: ${ink} inked pixels`);
    assert.ok(scan.red > 0 && scan.green > 0, `status colours are drawn: ${scan.red} red, ${scan.green} green`);
  });
});

/**
 * Waits for the hand-over (signals, not sleeps: the graph's wrapper says which picture is up), and
 * checks the overview was on screen first and Cytoscape opened at its very view.
 */
async function handedOver(page: Page) {
  await page.locator('[data-map-paint="cytoscape"]').waitFor({ timeout: 120_000 });
  const record = await page.evaluate(() => window.__mapPaint!);
  const state = await page.evaluate(() => ({ elements: window.__cy!.elements().length, zoom: window.__cy!.zoom(), pan: window.__cy!.pan() }));
  console.log(
    `# ${state.elements} elements: overview on screen ${record.overviewShownAt.toFixed(0)} ms after navigation (${record.shapes} shapes, ${record.labels} labels), Cytoscape interactive at ${record.readyAt!.toFixed(0)} ms`,
  );
  assert.ok(state.elements > 1000, `${state.elements} elements: above the overview threshold`);
  assert.ok(record.shapes > 50, `${record.shapes} shapes painted in view`);
  assert.ok(record.overviewShownAt > 0 && record.readyAt! > record.overviewShownAt, 'the overview was on screen before Cytoscape took over');
  assert.ok(Math.abs(state.zoom - record.viewport.zoom) < 1e-9, `zoom ${state.zoom} vs ${record.viewport.zoom}`);
  assert.ok(Math.abs(state.pan.x - record.viewport.pan.x) < 1e-6 && Math.abs(state.pan.y - record.viewport.pan.y) < 1e-6, `pan ${JSON.stringify(state.pan)} vs ${JSON.stringify(record.viewport.pan)}`);
  // hidden once Cytoscape is up, kept for the comparison
  assert.equal(await page.getByTestId('map-overview').isHidden(), true);
  return record;
}

/** Same positions (pixels agree, far better than a picture 6 px off) and the status colours in both. */
function assertSamePicture(compared: Awaited<ReturnType<typeof comparePictures>>) {
  console.log(
    `# overview vs Cytoscape: ${(compared.aligned * 100).toFixed(2)} % of pixels differ aligned, ${(compared.shifted * 100).toFixed(2)} % with Cytoscape 6 px to the right; ${compared.segments.length} segments and ${compared.markers.length} 断链 markers in view`,
  );
  assert.equal(compared.ratio, 1, 'the overview is drawn at the screen pixel ratio');
  assert.ok(compared.aligned < 0.03, `${compared.aligned} of pixels differ`);
  assert.ok(compared.shifted > 3 * compared.aligned, `6 px off: ${compared.shifted} vs aligned ${compared.aligned}`);
  // each segment's fill is its status colour (a box's paler tint), in both pictures
  const fill = (status: string, box: boolean) => (status === 'STRONG' || status === 'WEAK' || status === 'MISSING' ? (box ? STATUS_BOX_FILL[status] : STATUS_COLORS[status].fill) : NEUTRAL.fill);
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const near = (p: number[], q: number[]) => p.every((v, i) => Math.abs(v - q[i]!) <= 6);
  assert.ok(compared.segments.length >= 4, `${compared.segments.length} segments in view`);
  assert.ok(new Set(compared.segments.map((l) => l.status)).size >= 2, 'segments of more than one status in view');
  const wrong = compared.segments.filter((l) => !near(l.overview, rgb(fill(l.status, l.box))) || !near(l.cy, rgb(fill(l.status, l.box))));
  assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} of ${compared.segments.length} segments off their status colour`);
}

/** The overview canvas and Cytoscape's drawing of the same view, compared pixel by pixel in the page. */
function comparePictures(page: Page) {
  return page.evaluate(async () => {
    const cy = window.__cy!;
    const w = cy.width();
    const h = cy.height();
    const overview = document.querySelector<HTMLCanvasElement>('[data-testid="map-overview"]')!;
    const ratio = overview.width / w;
    const pixels = (source: CanvasImageSource) => {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const ctx = c.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(source, 0, 0, w, h);
      return ctx.getImageData(0, 0, w, h).data;
    };
    const img = new Image();
    img.src = cy.png({ full: false, bg: '#ffffff', scale: 1, output: 'base64uri' }) as string;
    await img.decode();
    const a = pixels(overview);
    const b = pixels(img);
    const at = (d: Uint8ClampedArray, x: number, y: number) => {
      const i = (Math.round(y) * w + Math.round(x)) * 4;
      return [d[i]!, d[i + 1]!, d[i + 2]!];
    };
    /** Share of pixels that differ by more than 48 in a channel when `b` is read `dx` px to the right. */
    const differing = (dx: number) => {
      let n = 0;
      let all = 0;
      for (let y = 0; y < h; y += 2) {
        for (let x = 12; x < w - 12; x += 2) {
          const p = at(a, x, y);
          const q = at(b, x + dx, y);
          all += 1;
          if (Math.abs(p[0]! - q[0]!) > 48 || Math.abs(p[1]! - q[1]!) > 48 || Math.abs(p[2]! - q[2]!) > 48) n += 1;
        }
      }
      return n / all;
    };
    // every leaf segment and 断链 marker wholly in view
    const inView = (bb: { x1: number; x2: number; y1: number; y2: number }) => bb.x1 > 4 && bb.y1 > 4 && bb.x2 < w - 4 && bb.y2 < h - 4;
    const segments = cy
      .nodes('node.segment')
      // the selected one wears the selection's border where its fill is read
      .filter((n) => !n.selected() && inView(n.renderedBoundingBox({ includeLabels: false })))
      .map((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false });
        // left of the label, halfway down: the box's fill
        const x = bb.x1 + 3.5;
        const y = (bb.y1 + bb.y2) / 2;
        return { id: n.id(), box: n.hasClass('box'), status: String(n.data('status')), overview: at(a, x, y), cy: at(b, x, y) };
      });
    const isRed = (p: number[]) => p[0]! > 180 && p[1]! < 60 && p[2]! < 80;
    const markers = cy
      .nodes('node.broken-marker')
      .filter((n) => inView(n.renderedBoundingBox({ includeLabels: false })))
      .map((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false });
        let overviewRed = 0;
        let cyRed = 0;
        for (let y = Math.ceil(bb.y1); y < bb.y2; y++) {
          for (let x = Math.ceil(bb.x1); x < bb.x2; x++) {
            if (isRed(at(a, x, y))) overviewRed += 1;
            if (isRed(at(b, x, y))) cyRed += 1;
          }
        }
        return { id: n.id(), overviewRed, cyRed, area: (bb.x2 - bb.x1) * (bb.y2 - bb.y1) };
      });
    const allMarkers = cy.nodes('node.broken-marker').map((n) => n.renderedPosition());
    return { ratio, aligned: differing(0), shifted: differing(6), segments, markers, allMarkers };
  });
}

interface Png {
  width: number;
  height: number;
  ppm: number | null;
  idat: Buffer[];
}

/** IHDR, pHYs and the IDAT data of an RGBA PNG. */
function readPng(bytes: Buffer): Png {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  const png: Png = { width: 0, height: 0, ppm: null, idat: [] };
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      png.width = data.readUInt32BE(0);
      png.height = data.readUInt32BE(4);
      assert.deepEqual([data[8], data[9]], [8, 6], '8-bit RGBA');
    } else if (type === 'pHYs') png.ppm = data.readUInt32BE(0);
    else if (type === 'IDAT') png.idat.push(data);
    at += 12 + length;
  }
  return png;
}

/** Streams the image data through inflate: rows, filter bytes, inked pixels per third. */
async function scanPixels(png: Png): Promise<{ rows: number; badFilters: number; inkByThird: number[]; red: number; green: number }> {
  const rowBytes = 1 + png.width * 4;
  let offset = 0;
  const out = { rows: 0, badFilters: 0, inkByThird: [0, 0, 0, 0, 0, 0], red: 0, green: 0 };
  const inflate = createInflate();
  const done = new Promise<void>((resolve, reject) => {
    inflate.on('data', (chunk: Buffer) => {
      for (let i = 0; i < chunk.length;) {
        const inRow = offset % rowBytes;
        if (inRow === 0) {
          if (chunk[i] !== 0) out.badFilters += 1;
          out.rows += 1;
          i += 1;
          offset += 1;
          continue;
        }
        // Whole pixels only: a pixel split across chunks is skipped (it does not change the test).
        const take = Math.min(rowBytes - inRow, chunk.length - i);
        const row = out.rows - 1;
        for (let p = i + ((4 - ((inRow - 1) % 4)) % 4); p + 3 < i + take; p += 16) {
          const r = chunk[p]!;
          const g = chunk[p + 1]!;
          const b = chunk[p + 2]!;
          if (r < 250 || g < 250 || b < 250) {
            const x = Math.floor((inRow - 1 + (p - i)) / 4);
            out.inkByThird[Math.min(2, Math.floor((3 * row) / png.height))]! += 1;
            out.inkByThird[3 + Math.min(2, Math.floor((3 * x) / png.width))]! += 1;
          }
          if (r > 200 && g < 120) out.red += 1;
          if (g > 120 && r < 120) out.green += 1;
        }
        i += take;
        offset += take;
      }
    });
    inflate.on('end', () => resolve());
    inflate.on('error', reject);
  });
  for (const part of png.idat) if (!inflate.write(part)) await new Promise((r) => inflate.once('drain', r));
  inflate.end();
  await done;
  return out;
}
