import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { buildApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { displayFixture } from './display-fixture.js';
import { clickNode, downloadFrom, readNodes, screenshot, signedInPage, waitForText } from './support.js';

/**
 * First use as zone staff meet it: the exported target ranks, a server that blinks, confidential
 * projects, zoom and the side panel. The display fixture plus one confidential project under 偏光片.
 */
const fixture = {
  ...displayFixture,
  projects: [
    ...displayFixture.projects,
    { id: 'proj-polar-2', name: '偏光片贴附及裁切配套项目（示意）', region_code: 'QDEDZ', stage: 'SIGNED', enterprise_id: 'sz-polar', segment_id: 'display-polarizer', investment_yi: '2', confidential: 'true' },
  ],
};

const db = testDatabase();
let app: TestApp;
let browser: Browser;
let page: Page;
/** The app started again after the outage test stopped the first one. */
let restarted: App | null = null;

before(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, { filename: 'display.json', data: Buffer.from(JSON.stringify(fixture)) });
  assert.deepEqual(result.errors, []);
  app = await startTestApp(db);
  browser = await launchBrowser();
  page = await signedInPage(browser, app, '/chains/display');
});
after(async () => {
  await browser?.close();
  if (restarted) await restarted.close();
  else await app?.close();
  await db.close();
});

const zoom = () => page.evaluate(() => window.__cy!.zoom());

describe('the exported 目标企业清单 shows what the panel shows', () => {
  it('ranks each segment 1…n in the XLSX exactly as its side panel does, an enterprise of a sub-segment included', async () => {
    await readNodes(page);
    const { bytes } = await downloadFrom(page, 'export-menu', 'export-xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.getWorksheet('目标企业清单')!.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    const bySegment = new Map<string, Array<[number, string]>>();
    for (const r of rows) {
      const list = bySegment.get(String(r[0])) ?? [];
      list.push([Number(r[1]), String(r[3])]);
      bySegment.set(String(r[0]), list);
    }
    // every list runs 1, 2, 3 … without a gap (before: 原材料 started at 2, its 1 being 玻璃基板's)
    for (const [segment, list] of bySegment) assert.deepEqual(list.map(([rank]) => rank), list.map((_, i) => i + 1), `ranks under ${segment}`);
    // and 原材料's list is its panel's list, in the panel's order
    await clickNode(page, 'seg:display-materials');
    await page.locator('[data-testid="segment-panel"][data-segment-id="display-materials"] [data-testid="target-item"]').first().waitFor();
    const panel = await page.locator('[data-testid="segment-panel"] [data-testid="target-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-enterprise-id')));
    assert.ok(panel.length >= 2, `the panel lists targets: ${panel.join(', ')}`);
    assert.deepEqual(bySegment.get('原材料')!.map(([, id]) => id), panel);
    await page.keyboard.press('Escape');
    await page.getByTestId('segment-panel').waitFor({ state: 'detached' });
  });
});

describe('a confidential project is marked 保密 wherever it appears', () => {
  it('tags it in the 偏光片 segment panel', async () => {
    await clickNode(page, 'seg:display-polarizer');
    const item = page.locator('[data-testid="panel-projects"] li', { hasText: '偏光片贴附及裁切配套项目（示意）' });
    await item.waitFor();
    assert.equal(await item.getByTestId('confidential-tag').innerText(), '保密');
    assert.equal(await page.locator('[data-testid="panel-projects"] li', { hasText: '偏光片项目' }).first().getByTestId('confidential-tag').count(), 0, 'the other project is not');
    await page.keyboard.press('Escape');
    await page.getByTestId('segment-panel').waitFor({ state: 'detached' });
  });
});

describe('zooming the chain map', () => {
  it('zooms by about 15 % per wheel notch, from the first notch on', async () => {
    await page.getByTestId('zoom-fit').click();
    const box = (await page.getByTestId('cy').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const start = await zoom();
    const ratios: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = await zoom();
      await page.mouse.wheel(0, 100);
      await page.waitForFunction((z) => window.__cy!.zoom() !== z, before);
      ratios.push(before / (await zoom()));
    }
    // before: 0.629 → 0.641 per notch (2 %); now 2^0.2 = 1.149 every time
    for (const r of ratios) assert.ok(Math.abs(r - 1.1487) < 0.01, `one notch out: ×${r.toFixed(4)}`);
    assert.ok(start / (await zoom()) > 1.9, 'five notches halve the zoom');
  });

  it('has +, − and fit buttons and the keys +, − and 0', async () => {
    const z0 = await zoom();
    await page.getByTestId('zoom-in').click();
    assert.ok(Math.abs((await zoom()) / z0 - 1.25) < 1e-6, 'the + button zooms in ×1.25');
    await page.getByTestId('zoom-out').click();
    assert.ok(Math.abs((await zoom()) - z0) < 1e-6, 'the − button zooms back out');
    await page.getByTestId('cy').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('+');
    assert.ok(Math.abs((await zoom()) / z0 - 1.25) < 1e-6, 'the + key');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    assert.ok(Math.abs((await zoom()) * 1.25 - z0) < 1e-6, 'the − key');
    await page.keyboard.press('0');
    assert.ok(Math.abs((await zoom()) - z0) < 1e-6, 'the 0 key fits again');
  });

  it('keeps the labels readable and the selected segment on screen when the side panel opens; Esc closes it', async () => {
    await page.getByTestId('zoom-fit').click();
    const before = await zoom();
    await clickNode(page, 'seg:display-phone');
    await page.getByTestId('segment-panel').waitFor();
    await page.waitForTimeout(300);
    const after = await zoom();
    assert.ok(after >= before - 1e-9 && after >= 0.62, `the zoom stays (${before} → ${after}): 13 px labels at ≥ 8 px`);
    const inView = await page.evaluate(() => {
      const cy = window.__cy!;
      const bb = cy.$id('seg:display-phone').renderedBoundingBox({ includeLabels: false });
      return bb.x1 >= 0 && bb.x2 <= cy.width() && bb.y1 >= 0 && bb.y2 <= cy.height();
    });
    assert.ok(inView, 'the selected 下游 segment is not under the panel');
    await screenshot(page, 'first-use-panel');
    await page.keyboard.press('Escape');
    await page.getByTestId('segment-panel').waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).searchParams.get('sel'), null);
  });

  it('disables 范围 and 强链阈值 in the 全景图, and shows readable enterprise labels with 显示企业 on', async () => {
    await page.getByTestId('mode-panorama').click();
    await page.locator('[data-testid="chain-map"][data-mode="panorama"]').waitFor();
    const disabled = (testId: string) =>
      page.locator(`[data-testid="${testId}"]`).first().evaluate((e) => {
        const input = e.matches('input') ? (e as HTMLInputElement) : e.querySelector('input');
        return Boolean(input?.disabled) || e.closest('.ant-select-disabled, .ant-input-number-disabled') !== null || e.querySelector('.ant-select-disabled') !== null;
      });
    assert.equal(await disabled('strong-at'), true, '强链阈值 is disabled');
    assert.equal(await disabled('scope-picker'), true, '范围 is disabled');
    await page.getByTestId('show-enterprises').click();
    await page.waitForFunction(() => window.__cy!.nodes('.enterprise').length > 0);
    await page.waitForTimeout(300);
    // enterprise labels are 11 px; Cytoscape skips labels under 7 px on screen
    assert.ok((await zoom()) * 11 >= 8, `enterprise labels at ${((await zoom()) * 11).toFixed(1)} px`);
    await page.getByTestId('show-enterprises').click();
    await page.getByTestId('mode-status').click();
    await page.locator('[data-testid="chain-map"][data-mode="status"]').waitFor();
  });
});

describe('when the server is briefly down', () => {
  it('says the server cannot be reached, keeps the page, and recovers by itself when it is back', async () => {
    const port = Number(new URL(app.url).port);
    // let the idle preload of the views finish first (as it does a few seconds after signing in)
    await page.waitForTimeout(1500);
    await app.app.close();
    {
      await page.getByRole('menuitem', { name: '项目看板' }).click();
      // not a blank page: the board's frame with the notice, or the view's own notice
      await page.getByTestId('connection-banner').waitFor({ timeout: 15_000 });
      assert.match(await page.getByTestId('connection-banner').innerText(), /无法连接服务器/);
      const text = await page.locator('main, .ant-layout-content').first().innerText();
      assert.ok(text.trim().length > 0, 'something is on screen');
      assert.doesNotMatch(text, /Failed to fetch/);
      restarted = await buildApp(loadConfig({ HOME_REGION: 'QDEDZ', DEMO_DATA: 'off' }), db.runner);
      await restarted.listen(port, '127.0.0.1');
      await page.getByTestId('connection-banner').waitFor({ state: 'detached', timeout: 15_000 });
      await waitForText(page, '[data-testid="pipeline-view"]', /偏光片项目/);
    }
  });

  it('loads a view whose code was not fetched yet once the server is back (the chunk is retried)', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // the import page's chunk fails (and the server seems gone) while the network is cut for it
    await fresh.route('**/assets/ImportView-*.js', (route) => route.abort('connectionrefused'));
    await fresh.route('**/healthz', (route) => route.abort('connectionrefused'));
    await fresh.goto(app.url + '/');
    await fresh.getByTestId('sign-in-name').fill('test-admin');
    await fresh.getByTestId('sign-in-password').fill(app.passwords.admin);
    await fresh.getByTestId('sign-in-submit').click();
    await fresh.getByTestId('user-menu').waitFor({ timeout: 15_000 });
    await fresh.getByRole('menuitem', { name: '数据导入' }).click();
    await fresh.getByTestId('view-unreachable').waitFor({ timeout: 15_000 });
    assert.match(await fresh.getByTestId('view-unreachable').innerText(), /无法连接服务器/);
    assert.equal(await fresh.getByTestId('reload-page').count(), 1);
    await fresh.unroute('**/assets/ImportView-*.js');
    await fresh.unroute('**/healthz');
    await fresh.getByTestId('import-view').waitFor({ timeout: 15_000 });
    await fresh.close();
  });
});
