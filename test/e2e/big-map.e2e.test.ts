import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { syntheticChain } from '../../client/src/graph/synthetic.js';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { readNodes, screenshot, signedInPage } from './support.js';

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
    regions: [
      { code: 'CN', name: '中国', level: 'COUNTRY' },
      { code: '370000', name: '山东省', level: 'PROVINCE', parent_code: 'CN' },
      { code: '370200', name: '青岛市', level: 'CITY', parent_code: '370000' },
      { code: '370211', name: '黄岛区', level: 'DISTRICT', parent_code: '370200' },
      { code: 'QDEDZ', name: '青岛经济技术开发区', level: 'ZONE', parent_code: '370211' },
      { code: '110000', name: '北京市', level: 'PROVINCE', parent_code: 'CN' },
    ],
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
let page: Page;
const log: string[] = [];

before(async () => {
  await db.reset();
  const started = Date.now();
  const result = await importWorkbook(db.runner, { filename: 'big.json', data: Buffer.from(JSON.stringify(bigWorkbook())) });
  assert.deepEqual(result.errors.slice(0, 3), []);
  console.log(`# imported the big chain in ${Date.now() - started} ms`);
  app = await startTestApp(db);
  browser = await launchBrowser();
  page = await signedInPage(browser, app);
  page.on('console', (m) => log.push(m.text()));
});
after(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

describe('a big chain map', () => {
  it('draws over 2,000 elements with every enterprise shown (WebGL where the browser has it), and modes keep positions', async () => {
    const started = Date.now();
    await page.goto(`${app.url}/chains/big?ent=1`);
    // Generous: this waits for the import-sized chain's data as well as the drawing.
    const status = await readNodes(page, 120_000);
    const elements = await page.evaluate(() => window.__cy!.elements().length);
    const webgl2 = await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
    console.log(`# ${elements} elements on screen ${Date.now() - started} ms after navigation; WebGL 2 ${webgl2 ? 'available' : 'not available (canvas renderer)'}`);
    assert.ok(elements > 2000, `${elements} elements`);
    assert.equal(log.some((l) => l.includes('webgl rendering enabled')), webgl2);
    const positions = (nodes: typeof status) => Object.fromEntries(Object.entries(nodes).filter(([id]) => /^(seg|ent|stage):/.test(id)).map(([id, n]) => [id, [n.x, n.y]]));
    await page.getByTestId('mode-panorama').click();
    await page.locator('[data-testid="chain-map"][data-mode="panorama"]').waitFor();
    assert.deepEqual(positions(await readNodes(page)), positions(status));
    await screenshot(page, 'map-big');
  });
});
