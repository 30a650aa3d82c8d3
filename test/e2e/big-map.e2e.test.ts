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
import { adminSession, closePage, downloadFrom, openPage, readNodes, screenshot, type Session } from './support.js';

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
    assert.equal(log.some((l) => l.includes('webgl rendering enabled')), webgl2);
    const positions = (nodes: typeof status) => Object.fromEntries(Object.entries(nodes).filter(([id]) => /^(seg|ent|stage):/.test(id)).map(([id, n]) => [id, [n.x, n.y]]));
    await page.getByTestId('mode-panorama').click();
    await page.locator('[data-testid="chain-map"][data-mode="panorama"]').waitFor();
    assert.deepEqual(positions(await readNodes(page)), positions(status));
    await screenshot(page, 'map-big');
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
  for (let at = 8; at < bytes.length; ) {
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
      for (let i = 0; i < chunk.length; ) {
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
