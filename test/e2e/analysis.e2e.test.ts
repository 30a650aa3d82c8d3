import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { importWorkbook } from '../../server/import/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { testDatabase } from '../support/db.js';
import { readNodes, screenshot, signedInPage, waitForText, type NodeState } from './support.js';

/**
 * 仅已证实, 对标, 韧性 and 推演 in Chromium on the demo workbook (seed/demo): the display chain's
 * real enterprises in 合肥, 成都 and 武汉 make the peers, 青岛京东方 (boe-qingdao) the 链主.
 * Expected values come from the API in the same run, so the test checks that the page shows
 * exactly what the rules computed.
 */
const db = testDatabase();
let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, 'seed/demo');
  assert.deepEqual(result.errors, []);
  app = await startTestApp(db);
  browser = await launchBrowser();
  page = await signedInPage(browser, app, '/chains/display');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

type Summary = { strong: number; weak: number; missing: number; filling: number; broken: number };
const summaryText = (s: Summary) => `强链 ${s.strong} · 弱链 ${s.weak} · 缺链 ${s.missing} · 补链中 ${s.filling} · 断链 ${s.broken}`;
const positionsOf = (nodes: Record<string, NodeState>) =>
  Object.fromEntries(
    Object.entries(nodes)
      .filter(([id]) => /^(stage|seg|ent):/.test(id))
      .map(([id, n]) => [id, { x: n.x, y: n.y }]),
  );

describe('仅已证实, 对标, 韧性 and 推演 in the browser', () => {
  it('the 仅已证实 switch shows the display chain on confirmed links only', async () => {
    const { all, confirmed } = await api<{ all: { summary: Summary }; confirmed: { summary: Summary } }>(
      '{ all: chainStatus(chainId: "display") { summary { strong weak missing filling broken } } confirmed: chainStatus(chainId: "display", evidence: CONFIRMED) { summary { strong weak missing filling broken } } }',
    );
    assert.notDeepEqual(all.summary, confirmed.summary, 'the demo has INFERRED placements, so the counts differ');
    await readNodes(page);
    await waitForText(page, '[data-testid="map-summary"]', new RegExp(summaryText(all.summary)));
    await page.getByTestId('evidence-switch').click();
    await page.locator('[data-testid="chain-map"][data-evidence="CONFIRMED"]').waitFor();
    await waitForText(page, '[data-testid="map-summary"]', new RegExp(summaryText(confirmed.summary)));
    assert.match(page.url(), /[?&]ev=confirmed\b/);
    await screenshot(page, 'map-confirmed-only');
  });

  it('benchmarks the display chain against three peers, cell by cell as the API computes it', async () => {
    const scopes = ['QDEDZ', '340100', '510100', '420100'];
    const { benchmark } = await api<{
      benchmark: { segments: Array<{ segment: { id: string }; cells: Array<{ scope: string; status: string }> }>; gaps: Array<{ segment: { id: string }; peer: { code: string } }> };
    }>('query ($scopes: [ID!]!) { benchmark(chainId: "display", scopes: $scopes) { segments { segment { id } cells { scope status } } gaps { segment { id } peer { code } } } }', { scopes });
    await page.goto(`${app.url}/chains/display/benchmark?peers=340100,510100,420100`);
    await page.getByTestId('bench-matrix').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="bench-scope"][data-code="420100"]').waitFor();
    assert.deepEqual(await page.locator('[data-testid="bench-scope"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))), scopes);
    const shown = await page
      .locator('[data-testid="bench-row"]')
      .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-segment-id')}: ${Array.from(r.querySelectorAll('[data-testid="bench-cell"]'), (c) => c.getAttribute('data-status')).join(' ')}`));
    assert.deepEqual(
      shown,
      benchmark.segments.map((s) => `${s.segment.id}: ${s.cells.map((c) => c.status).join(' ')}`),
    ); // map order, one cell per scope
    assert.ok(benchmark.gaps.length > 0, 'the demo peers fill some of the zone’s gaps');
    const gaps = await page.locator('[data-testid="bench-gap"]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-segment-id')}@${r.getAttribute('data-peer')}`));
    assert.deepEqual(
      gaps,
      benchmark.gaps.map((g) => `${g.segment.id}@${g.peer.code}`),
    );
    await screenshot(page, 'benchmark-display');
  });

  it('the 韧性 panel of 青岛京东方 lists its single-source groups in red', async () => {
    const { resilience } = await api<{ resilience: { segments: Array<{ segment: { id: string } | null; singleSource: boolean }>; soleChannels: Array<{ enterprise: { id: string } }> } }>(
      '{ resilience(enterpriseId: "boe-qingdao") { segments { segment { id } singleSource } soleChannels { enterprise { id } } } }',
    );
    const single = resilience.segments.filter((g) => g.singleSource).length;
    assert.ok(single > 0, 'the demo 链主 has single-source groups');
    await page.goto(`${app.url}/enterprises/boe-qingdao/network`);
    await page.getByTestId('resilience-panel').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-testid="resilience-group"]').count(), resilience.segments.length);
    assert.equal(await page.locator('[data-testid="resilience-group"][data-single="1"]').count(), single);
    const color = await page
      .locator('[data-testid="resilience-group"][data-single="1"]')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    assert.equal(color, 'rgb(207, 19, 34)'); // #cf1322
    assert.equal(await page.locator('[data-testid="sole-channels"] li').count(), resilience.soleChannels.length);
    await screenshot(page, 'network-resilience');
  });

  it('a 韧性 group opens its suppliers, in the order resilienceSuppliers pages them', async () => {
    const { resilience } = await api<{ resilience: { segments: Array<{ segment: { id: string } | null; suppliers: number }>; soleChannelCount: number } }>(
      '{ resilience(enterpriseId: "boe-qingdao") { segments { segment { id } suppliers } soleChannelCount } }',
    );
    const index = resilience.segments.reduce((best, g, i) => (g.suppliers > resilience.segments[best]!.suppliers ? i : best), 0);
    const group = resilience.segments[index]!;
    const { resilienceSuppliers } = await api<{ resilienceSuppliers: { total: number; suppliers: Array<{ enterprise: { id: string } }> } }>(
      `{ resilienceSuppliers(enterpriseId: "boe-qingdao", ${group.segment ? `segmentId: "${group.segment.id}", ` : ''}limit: 50) { total suppliers { enterprise { id } } } }`,
    );
    assert.equal(resilienceSuppliers.total, group.suppliers);
    await page.goto(`${app.url}/enterprises/boe-qingdao/network`);
    await page.getByTestId('resilience-panel').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="resilience-group"]').nth(index).locator('.ant-table-row-expand-icon').click();
    const list = page.locator('[data-testid="resilience-suppliers"] li');
    await page.locator('[data-testid="resilience-suppliers-shown"]').waitFor({ timeout: 20_000 });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="resilience-suppliers"] li').length === n, Math.min(50, group.suppliers), { timeout: 20_000 });
    assert.deepEqual(
      await list.evaluateAll((items) => items.map((li) => li.getAttribute('data-enterprise-id'))),
      resilienceSuppliers.suppliers.map((s) => s.enterprise.id),
    );
    assert.equal(await page.locator('[data-testid="sole-channels-shown"]').count(), resilience.soleChannelCount ? 1 : 0);
  });

  it('a what-if removal turns a segment red in place without moving any node', async () => {
    const { chainStatus } = await api<{ chainStatus: { segments: Array<{ segment: { id: string }; localCount: number; localEnterprises: Array<{ id: string; name: string }> }> } }>(
      '{ chainStatus(chainId: "display") { segments { segment { id } localCount localEnterprises { id name } } } }',
    );
    const target = chainStatus.segments.find((s) => s.localCount === 1)!;
    assert.ok(target, 'a segment with exactly one local enterprise');
    const leaving = target.localEnterprises[0]!;
    await page.goto(`${app.url}/chains/display?wi=1`);
    const before = await readNodes(page);
    assert.doesNotMatch(before[`seg:${target.segment.id}`]!.classes, /\bmissing\b/);
    await page.getByTestId('what-if-panel').waitFor();
    await page.locator('[data-testid="what-if-remove"]').click();
    await page.keyboard.type(leaving.name);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="chain-map"][data-what-if="ready"]').waitFor({ timeout: 20_000 });
    await page.waitForFunction((id) => window.__cy?.$id(id).hasClass('missing') && window.__cy?.$id(id).hasClass('changed'), `seg:${target.segment.id}`, { timeout: 15_000 });
    const afterNodes = await readNodes(page);
    assert.deepEqual(positionsOf(afterNodes), positionsOf(before)); // no node moves
    assert.match(afterNodes[`seg:${target.segment.id}`]!.classes, /\bmissing\b.*\bchanged\b|\bchanged\b.*\bmissing\b/);
    assert.match(page.url(), new RegExp(`[?&]rm=${leaving.id}\\b`)); // the pick lives in the URL
    assert.ok(await page.locator(`[data-testid="what-if-change"][data-segment-id="${target.segment.id}"][data-after="MISSING"]`).count());
    await screenshot(page, 'map-what-if');
  });
});
