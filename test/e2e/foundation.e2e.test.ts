import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { importWorkbook } from '../../server/import/index.js';
import { tinyChain } from '../fixtures/tiny-chain.js';
import { testDatabase } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchBrowser, SCREENSHOT_DIR } from '../support/browser.js';
import { signedInPage } from './support.js';

const db = testDatabase();
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, { filename: 'tiny.json', data: Buffer.from(JSON.stringify(tinyChain)) });
  assert.equal(result.ok, true);
  app = await startTestApp(db);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

describe('the built client in Chromium', () => {
  it('loads the home page and shows the chain by its Chinese name', async () => {
    const page = await signedInPage(browser, app);
    const item = page.locator('[data-chain-id="display"]');
    await item.waitFor({ timeout: 10_000 });
    assert.match(await item.innerText(), /新型显示/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/home.png`, fullPage: true });
    await page.close();
  });
});
