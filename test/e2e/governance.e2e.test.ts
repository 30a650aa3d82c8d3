import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { importWorkbook } from '../../server/import/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { testDatabase } from '../support/db.js';
import { displayFixture } from './display-fixture.js';
import { screenshot, signedInPage, waitForText } from './support.js';

/**
 * The display fixture with its 链长制 and 工作链, read at AS_OF = 2026-12-01 (passed in every URL):
 * proj-polar (投资促进局) has 签约 planned 2026-11-20, open → OVERDUE 11 days; proj-module (经济发展局)
 * has 开工 planned 2026-12-05 → DUE_SOON; a gap task on 玻璃基板 leaves 偏光片 unassigned.
 */
const AS_OF = '2026-12-01';
const governance = {
  ...displayFixture,
  projects: [
    { ...displayFixture.projects[0], responsible_unit_id: 'u-invest', responsible_person: '投资促进局局长', champion_official_id: 'off-director', key: 'true' },
    { id: 'proj-module', name: '模组配套项目', region_code: 'QDEDZ', stage: 'UNDER_CONSTRUCTION', segment_id: 'display-module', responsible_unit_id: 'u-econ', key: 'true' },
  ],
  units: [
    { id: 'u-invest', name: '投资促进局', kind: 'DEPARTMENT' },
    { id: 'u-econ', name: '经济发展局', kind: 'DEPARTMENT' },
  ],
  officials: [
    { id: 'off-director', name: '管委主任', post: '管委主任' },
    { id: 'off-deputy', name: '管委副主任', post: '管委副主任' },
  ],
  chain_chiefs: [
    { chain_id: 'display', official_id: 'off-director', role: 'CHIEF' },
    { chain_id: 'display', official_id: 'off-deputy', role: 'DEPUTY' },
  ],
  chain_team: [
    { chain_id: 'display', unit_id: 'u-invest', role: 'LEAD' },
    { chain_id: 'display', unit_id: 'u-econ', role: 'MEMBER' },
  ],
  policies: [{ id: 'pol-display', chain_id: 'display', title: '【示意】新型显示产业链一链一策' }],
  targets: [
    { chain_id: 'display', year: 2026, indicator: 'CLUSTER_SCALE_YI', value: 1000, unit: '亿元', kind: 'STOCK', name: '千亿级芯屏产业集群' },
    { chain_id: 'display', year: 2026, indicator: 'SIGNED_PROJECTS', value: 4, unit: '个', name: '签约项目数' },
  ],
  actuals: [{ chain_id: 'display', indicator: 'CLUSTER_SCALE_YI', period: '2026-09', value: 705, source: '示意' }],
  gap_tasks: [{ id: 'gt-glass', segment_id: 'display-glass', unit_id: 'u-invest', title: '招引玻璃基板企业', owner: '招商一处', due_on: '2026-12-31' }],
  milestones: [
    { id: 'ms-polar-sign', project_id: 'proj-polar', name: '签约', planned_on: '2026-11-20', kind: 'SIGN' },
    { id: 'ms-module-start', project_id: 'proj-module', name: '开工', planned_on: '2026-12-05', kind: 'START' },
  ],
};

const db = testDatabase();
let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, { filename: 'governance.json', data: Buffer.from(JSON.stringify(governance)) });
  assert.deepEqual(result.errors, []);
  app = await startTestApp(db);
  browser = await launchBrowser();
  page = await signedInPage(browser, app);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

describe('链长制 and 工作链 in the browser', () => {
  it('shows the 链长制 page of 新型显示 with its targets and gap tasks', async () => {
    await page.goto(`${app.url}/chains/display/governance?asOf=${AS_OF}`);
    // The first answer computes the status map and the 链主's supporting rate on a cold database.
    await page.getByTestId('governance-view').waitFor({ timeout: 60_000 });
    const targets = await waitForText(page, '[data-testid="gov-targets"]', /千亿级芯屏产业集群/, 60_000);
    assert.match(targets, /签约项目数/);
    assert.equal(await page.getByTestId('target-CLUSTER_SCALE_YI').getAttribute('data-pace'), 'BEHIND'); // 705 < 1000 × 0.95
    const tasks = await waitForText(page, '[data-testid="gov-gap-tasks"]', /招引玻璃基板企业/);
    assert.match(tasks, /投资促进局/);
    assert.match(await page.getByTestId('gov-chiefs').innerText(), /链长：管委主任/);
    await page.getByTestId('unassigned-display-polarizer').waitFor();
    assert.equal(await page.getByTestId('unassigned-display-glass').count(), 0); // claimed by its open task
    await screenshot(page, 'governance');
  });

  it('lists the overdue project first in the 工作链', async () => {
    await page.goto(`${app.url}/workchain?asOf=${AS_OF}`);
    await page.getByTestId('workchain-gantt').locator('canvas').waitFor();
    const first = page.locator('[data-testid="workchain-table"] tbody tr[data-project-id]').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-project-id'), 'proj-polar');
    assert.equal(await first.getAttribute('data-health'), 'OVERDUE');
    assert.match(await first.innerText(), /逾期 11 天/);
    await screenshot(page, 'workchain');
  });

  it('downloads a bulletin DOCX whose text names the overdue project and its unit', async () => {
    await page.goto(`${app.url}/bulletin?asOf=${AS_OF}&from=2026-11-01&to=2026-11-30`);
    await waitForText(page, '[data-testid="bulletin-preview"]', /偏光片项目/);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('bulletin-docx').click()]);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const path = await download.path();
    const zip = await JSZip.loadAsync(await (await import('node:fs/promises')).readFile(path));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    assert.match(text, /产业链项目推进督查通报/);
    assert.match(text, /〔2026〕1130号/);
    assert.match(text, /偏光片项目/);
    assert.match(text, /投资促进局/);
    assert.match(text, /签约.*2026-11-20.*11/);
  });

  it('marks a milestone done in place and the project’s health changes', async () => {
    await page.goto(`${app.url}/workchain?asOf=${AS_OF}`);
    const row = page.locator('[data-testid="workchain-table"] tbody tr[data-project-id="proj-polar"]');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-health'), 'OVERDUE');
    await page.getByTestId('mark-done-ms-polar-sign').click();
    await page.waitForFunction(() => document.querySelector('tr[data-project-id="proj-polar"]')?.getAttribute('data-health') === 'COMPLETE', undefined, { timeout: 15_000 });
    assert.equal(await page.getByTestId('milestone-ms-polar-sign').getAttribute('data-health'), 'DONE_LATE'); // done on 12-01, planned 11-20
    const first = page.locator('[data-testid="workchain-table"] tbody tr[data-project-id]').first();
    assert.equal(await first.getAttribute('data-project-id'), 'proj-module'); // now the worst: DUE_SOON
  });
});
