import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
import type { MapPaintRecord } from '../../client/src/graph/progressive.js';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { SCREENSHOT_DIR } from '../support/browser.js';

declare global {
  interface Window {
    /** The chain map's Cytoscape instance (client/src/views/map/ChainMapView.tsx). */
    __cy?: Core | null;
    /** When a big map's overview and then Cytoscape were on screen (client/src/graph/progressive.ts). */
    __mapPaint?: MapPaintRecord;
  }
}

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

/** What a signed-in browser holds (the session cookie, local storage): a fresh page starts from it. */
export type Session = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/** Signs in once through the sign-in form as the test admin and keeps the session for `openPage`. */
export async function adminSession(browser: Browser, app: TestApp): Promise<Session> {
  const page = await signedInPage(browser, app);
  try {
    return await page.context().storageState();
  } finally {
    await page.context().close();
  }
}

/**
 * A page of its own for one test: a new browser context (no cookies, storage, language or
 * history shared with another test) holding `session`, at `path`, once the signed-in shell shows.
 * Close it with `closePage`.
 */
export async function openPage(browser: Browser, app: TestApp, session: Session, path = '/', viewport = { width: 1600, height: 1000 }): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, storageState: session });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`[browser] ${error.message}`));
  await page.goto(app.url + path);
  await page.getByTestId('user-menu').waitFor({ timeout: 15_000 });
  return page;
}

/** Closes a page of `openPage` with its browser context. */
export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/**
 * Waits until the graph on screen holds elements and stands still: the same viewport and
 * extent for 10 animation frames in a row, with the page's fonts loaded (before a screenshot).
 */
export async function waitForStillGraph(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const cy = window.__cy;
      if (!cy || cy.elements().length === 0 || document.fonts.status !== 'loaded') return false;
      const bb = cy.elements().renderedBoundingBox();
      const now = JSON.stringify([cy.zoom(), cy.pan(), bb.x1, bb.y1, bb.x2, bb.y2, cy.elements().length]);
      const state = window as unknown as { __still?: { last: string; frames: number } };
      const still = state.__still?.last === now ? state.__still.frames + 1 : 0;
      state.__still = { last: now, frames: still };
      return still >= 10;
    },
    undefined,
    { timeout, polling: 'raf' },
  );
}

export interface NodeState {
  x: number;
  y: number;
  classes: string;
}

/** Waits until the chain map's Cytoscape instance holds segments, then reads every node. */
export async function readNodes(page: Page, timeout = 20_000): Promise<Record<string, NodeState>> {
  await page.waitForFunction(() => Boolean(window.__cy && window.__cy.nodes('[kind = "segment"]').length > 0), undefined, { timeout });
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

/**
 * Opens a dropdown menu with `trigger` and clicks its entry `entryTestId`, which makes a download;
 * returns the file's bytes and name. Waits for any menu still closing first, and retries the
 * opening click, since a click during the closing animation is swallowed.
 */
export async function downloadFrom(page: Page, trigger: string, entryTestId: string, timeout = 60_000): Promise<{ name: string; bytes: Buffer }> {
  const entry = page.getByTestId(entryTestId);
  for (let attempt = 0; ; attempt++) {
    await page.waitForFunction(() => !document.querySelector('.ant-dropdown:not(.ant-dropdown-hidden)'), undefined, { timeout: 10_000 }).catch(() => undefined);
    await page.getByTestId(trigger).click({ timeout: 10_000 });
    const shown = await entry.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (shown) break;
    if (attempt >= 2) throw new Error(`the menu entry ${entryTestId} did not show`);
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), entry.click({ timeout: 10_000 })]);
  const path = await download.path();
  assert.ok(path, 'the download was saved');
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Parses an SVG in the browser: the parser's error if any, the root element and every <text>. */
export async function parseSvg(page: Page, svg: string): Promise<{ error: string | null; root: string; texts: string[] }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, texts: Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? '') };
  }, svg);
}

/** Waits until the element's text matches (React may paint a table a frame after its container). */
export async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 15_000): Promise<string> {
  const handle = await page
    .waitForFunction(
      ({ selector, source, flags }) => {
        const el = document.querySelector(selector) as HTMLElement | null;
        const text = el?.innerText ?? '';
        return new RegExp(source, flags).test(text) ? text : false;
      },
      { selector, source: pattern.source, flags: pattern.flags },
      { timeout },
    )
    .catch(async (error: unknown) => {
      const text = await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '(no element)', selector);
      throw new Error(`${selector} never matched ${pattern}; it says: ${text.slice(0, 500)} (${String(error)})`);
    });
  return (await handle.jsonValue()) as string;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}
