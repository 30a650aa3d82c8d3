import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { importWorkbook } from '../../server/import/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { testDatabase } from '../support/db.js';
import { displayFixture } from './display-fixture.js';
import ExcelJS from 'exceljs';
import { clickNode, readNodes, screenshot, signedInPage } from './support.js';

const db = testDatabase();
let app: TestApp;
let browser: Browser;
let page: Page;

/**
 * The display chain with elements: display-glass is MISSING (现状图) and covered by a park themed
 * to its parent 原材料 and a fund focused on it; display-phone is MISSING with nothing covering it.
 */
const elements = {
  parks: [
    { id: 'park-ccec', name: '中电光谷青岛产业园', region_code: 'QDEDZ', kind: 'INDUSTRIAL_PARK', floor_space_sqm: 300000, vacant_sqm: 32000 },
    { id: 'park-display', name: '光电显示主题园', region_code: 'QDEDZ', kind: 'THEME_PARK', floor_space_sqm: 80000, vacant_sqm: 15000 },
  ],
  park_themes: [
    { park_id: 'park-display', segment_id: 'display-materials' },
    { park_id: 'park-ccec', segment_id: 'display-module' },
  ],
  funds: [{ id: 'fund-g', name: '京东方配套G基金', size_yi: 10, kind: 'INDUSTRY' }],
  fund_focus: [{ fund_id: 'fund-g', segment_id: 'display-glass' }],
  parcels: [{ id: 'parcel-1', name: '标准地一号', region_code: 'QDEDZ', area_mu: 50, status: 'AVAILABLE', min_investment_wan_per_mu: 300 }],
  parcel_segments: [{ parcel_id: 'parcel-1', segment_id: 'display-panel' }],
  enterprise_parks: [{ enterprise_id: 'qd-module-2', park_id: 'park-ccec' }],
  enterprise_years: [
    { enterprise_id: 'boe-qd', year: 2024, tax_wan: 6000, output_wan: 90000, land_mu: 200 }, // 30 A
    { enterprise_id: 'qd-module-2', year: 2024, tax_wan: 899, output_wan: 9000, land_mu: 60 }, // 14.98 C
    { enterprise_id: 'qd-module-3', year: 2024, tax_wan: 60, output_wan: 600, land_mu: 20 }, // 3 D
  ],
};

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, { filename: 'display.json', data: Buffer.from(JSON.stringify({ ...displayFixture, ...elements })) });
  assert.deepEqual(result.errors, []);
  app = await startTestApp(db);
  browser = await launchBrowser();
  page = await signedInPage(browser, app, '/chains/display?layer=elements');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

describe('要素链 in the browser', () => {
  it("the display chain's 要素 layer badges every segment and marks a bare MISSING one", async () => {
    await page.locator('[data-testid="chain-map"][data-layer="elements"]').waitFor();
    await page.waitForFunction(() => Boolean(window.__cy && window.__cy.nodes('.element-badge').length > 0));
    const nodes = await readNodes(page);
    const label = (id: string) => page.evaluate((nodeId) => String(window.__cy!.$id(nodeId).data('label')), id);
    assert.equal(await label('el:display-glass'), '园1 地0 金1 台0'); // the park through 原材料, the fund directly
    assert.equal(await label('el:display-panel'), '园0 地1(50亩) 金0 台0');
    assert.equal(await label('el:display-phone'), '无要素');
    assert.match(nodes['el:display-phone']!.classes, /\belement-none\b/); // MISSING and nothing covers it
    assert.doesNotMatch(nodes['el:display-glass']!.classes, /\belement-none\b/);
    await screenshot(page, 'map-elements');
  });

  it("a MISSING segment's panel lists a park and a fund with their reasons", async () => {
    await clickNode(page, 'seg:display-glass');
    const panel = page.getByTestId('panel-elements');
    await panel.getByTestId('elements-funds').getByTestId('element-item').first().waitFor();
    assert.equal(await page.getByTestId('panel-status').innerText(), '缺链');
    const parks = panel.getByTestId('elements-parks').getByTestId('element-item');
    assert.equal(await parks.count(), 1);
    assert.match(await parks.first().innerText(), /光电显示主题园\s*主题园区·原材料（上级环节）；空置 1\.5 万㎡/);
    const funds = panel.getByTestId('elements-funds').getByTestId('element-item');
    assert.match(await funds.first().innerText(), /京东方配套G基金\s*产业基金·玻璃基板；规模 10 亿元/);
    await screenshot(page, 'panel-elements');
  });

  it('the parks page shows 中电光谷 with its vacancy, and its profile opens', async () => {
    await page.getByTestId('nav-parks').click();
    const card = page.locator('[data-testid="park-card"][data-park-id="park-ccec"]');
    await card.waitFor();
    assert.match(await card.innerText(), /中电光谷青岛产业园/);
    assert.match(await card.getByTestId('park-space').innerText(), /建筑面积 30 万㎡ · 空置 3\.2 万㎡/);
    await card.getByRole('link', { name: '中电光谷青岛产业园' }).click();
    await page.locator('[data-testid="park-view"][data-park-id="park-ccec"]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/parks/park-ccec');
    await screenshot(page, 'park-profile');
  });

  it('亩均论英雄 ranks with grades, charts them per chain and per park, and exports XLSX', async () => {
    await page.goto(`${app.url}/land?year=2024`);
    const table = page.getByTestId('land-table');
    await table.locator('tbody tr').nth(2).waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    assert.deepEqual(
      rows.map((r) => r.split(/\s+/).filter(Boolean).slice(0, 4).join(' ')),
      ['1 青岛京东方光电科技有限公司 A 30', '2 青岛显示模组二厂 C 14.98', '3 青岛显示模组三厂 D 3'],
    );
    await page.getByTestId('land-chart-chains').locator('canvas').waitFor();
    await page.getByTestId('land-chart-parks').locator('canvas').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('land-export-xlsx').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.name, '亩均论英雄');
    assert.deepEqual((sheet.getRow(4).values as unknown[]).slice(1), [1, '青岛京东方光电科技有限公司', 'boe-qd', 'A', 30, 450, 6000, 90000, 200]);
    await screenshot(page, 'land-efficiency');
  });
});
