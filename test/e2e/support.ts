import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { SCREENSHOT_DIR } from '../support/browser.js';

/** A page signed in through the sign-in form as the test admin, at `path`. */
export async function signedInPage(browser: Browser, app: TestApp, path = '/', viewport = { width: 1600, height: 1000 }): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.on('pageerror', (error) => console.log(`[browser] ${error.message}`));
  await page.goto(app.url + path);
  await page.getByTestId('sign-in-name').fill('test-admin');
  await page.getByTestId('sign-in-password').fill(app.passwords.admin);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
  return page;
}

export interface NodeState {
  x: number;
  y: number;
  classes: string;
}

/** Waits until the chain map's Cytoscape instance holds segments, then reads every node. */
export async function readNodes(page: Page): Promise<Record<string, NodeState>> {
  await page.waitForFunction(() => Boolean(window.__cy && window.__cy.nodes('[kind = "segment"]').length > 0), undefined, { timeout: 20_000 });
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number; classes: string }> = {};
    window.__cy!.nodes().forEach((n) => {
      out[n.id()] = { ...n.position(), classes: n.classes().join(' ') };
    });
    return out;
  });
}

/** Clicks a node where it is drawn on the screen (a real mouse click on the canvas). */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__cy!;
    const node = cy.$id(nodeId);
    if (node.empty()) throw new Error(`no node ${nodeId}`);
    const rect = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    const bb = node.renderedBoundingBox({ includeLabels: false });
    // a point inside the node, below a box's header so it does not hit a child
    return { x: rect.left + p.x, y: rect.top + Math.min(p.y, bb.y1 + 6) };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** Clicks a menu entry that makes a download and returns the file's bytes and name. */
export async function downloadFrom(page: Page, openMenu: () => Promise<void>, entryTestId: string): Promise<{ name: string; bytes: Buffer }> {
  await openMenu();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(entryTestId).click()]);
  const path = await download.path();
  assert.ok(path, 'the download was saved');
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}
