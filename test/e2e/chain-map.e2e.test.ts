import { parse as parseCsv } from 'csv-parse/sync';
import assert from 'node:assert/strict';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { importWorkbook } from '../../server/import/index.js';
import { testDatabase } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { launchBrowser } from '../support/browser.js';
import { displayFixture } from './display-fixture.js';
import { adminSession, clickNode, closePage, downloadFrom, openPage, parseSvg, readNodes, screenshot, type NodeState, type Session } from './support.js';

const db = testDatabase();
let app: TestApp;
let browser: Browser;
let session: Session;
/** The current test's own page (see `openMap`), closed after the test. */
let page: Page;
let opened: Page | undefined;

const positionsOf = (nodes: Record<string, NodeState>) =>
  Object.fromEntries(
    Object.entries(nodes)
      .filter(([id]) => /^(stage|seg|ent):/.test(id))
      .map(([id, n]) => [id, { x: n.x, y: n.y }]),
  );

async function switchMode(mode: 'panorama' | 'status' | 'projected') {
  await page.getByTestId(`mode-${mode}`).click();
  await page.locator(`[data-testid="chain-map"][data-mode="${mode}"]`).waitFor();
}

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, { filename: 'display.json', data: Buffer.from(JSON.stringify(displayFixture)) });
  assert.deepEqual(result.errors, []);
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

/** Opens the test's own page (a new browser context, signed in) at the map and waits until it is drawn. */
async function openMap(path = '/chains/display'): Promise<Record<string, NodeState>> {
  page = opened = await openPage(browser, app, session, path);
  return readNodes(page);
}

/**
 * A new page whose status-map lists request (ChainStatusLists) waits until `release` is called;
 * `operations` records the text of every GraphQL operation the page sends.
 */
async function openHoldingLists() {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, storageState: session });
  page = opened = await context.newPage();
  const operations: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/graphql**', async (route) => {
    const request = route.request();
    const query = new URL(request.url()).searchParams.get('query') ?? (request.postDataJSON() as { query?: string } | null)?.query ?? '';
    operations.push(query);
    if (/query ChainStatusLists\b/.test(query)) await held;
    await route.continue();
  });
  return { operations, release };
}

describe('the chain map', () => {
  it('opens on the status map with the gap classes of the scope', async () => {
    const nodes = await openMap();
    assert.match(nodes['seg:display-glass']!.classes, /\bmissing\b/);
    assert.match(nodes['seg:display-panel']!.classes, /\bweak\b/);
    assert.match(nodes['seg:display-module']!.classes, /\bstrong\b/);
    assert.match(nodes['seg:display-polarizer']!.classes, /\bfilling\b/);
    assert.ok(nodes['badge:display-polarizer'], 'the 补链中 badge is drawn');
    assert.ok(nodes['mark:display-glass->display-panel'], 'the 断链 marker is drawn');
    assert.match(await page.getByTestId('map-summary').innerText(), /强链 1 · 弱链 1 · 缺链 4 · 补链中 2 · 断链 2/);
    // A small map is Cytoscape's from the first frame: no overview in front of it, nothing swapped.
    const count = await page.evaluate(() => window.__cy!.elements().length);
    assert.ok(count <= 1000, `${count} elements: at most the overview threshold`);
    await page.locator('[data-map-paint="cytoscape"]').waitFor();
    assert.equal(await page.getByTestId('map-overview').count(), 0);
    assert.equal(await page.evaluate(() => window.__mapPaint === undefined), true);
    await screenshot(page, 'map-status');
  });

  it('keeps every node in place when switching 现状图 → 全景图 → 预测 → 现状图', async () => {
    const status = await openMap();
    await switchMode('panorama');
    const panorama = await readNodes(page);
    assert.deepEqual(positionsOf(panorama), positionsOf(status));
    assert.doesNotMatch(panorama['seg:display-glass']!.classes, /missing/);
    assert.equal(panorama['mark:display-glass->display-panel'], undefined, 'no 断链 marker on the panorama');
    await screenshot(page, 'map-panorama');
    await switchMode('projected');
    await page.waitForFunction(() => window.__cy!.$id('seg:display-polarizer').hasClass('weak'));
    const projected = await readNodes(page);
    assert.deepEqual(positionsOf(projected), positionsOf(status));
    assert.match(projected['seg:display-polarizer']!.classes, /\bweak\b/, 'the 在谈 project counts as if in production');
    await switchMode('status');
    assert.deepEqual(positionsOf(await readNodes(page)), positionsOf(status));
    assert.match(new URL(page.url()).search, /^$|^\?(?!.*mode=)/, 'the default mode keeps the URL clean');
  });

  it('explains a missing segment and ranks its targets with every part of the score', async () => {
    await openMap();
    await clickNode(page, 'seg:display-glass');
    const panel = page.getByTestId('segment-panel');
    await panel.waitFor();
    assert.equal(await panel.getAttribute('data-segment-id'), 'display-glass');
    assert.match(new URL(page.url()).searchParams.get('sel') ?? '', /^display-glass$/);
    assert.match(await page.getByTestId('panel-rule').innerText(), /缺链：本地企业 0 家；强链阈值 3/);
    assert.match(await page.getByTestId('panel-rule').innerText(), /断链.*玻璃基板 → 面板/);
    const first = page.getByTestId('target-item').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-enterprise-id'), 'corning');
    assert.match(await first.getByTestId('target-score').innerText(), /得分 8/);
    const breakdown = await first.getByTestId('target-breakdown').innerText();
    for (const part of ['供应 青岛京东方光电科技有限公司 (链主) +3', '规模 大型 +3', '上市企业 +1', '环节归属已确认 +1']) assert.ok(breakdown.includes(part), `${part} in ${breakdown}`);
    assert.equal(await page.getByTestId('target-item').nth(1).getAttribute('data-enterprise-id'), 'evil');
    await screenshot(page, 'map-segment-panel');
  });

  it('paints the gap picture before the lists arrive: the panel says its list is loading, then shows it, and no node moves', async () => {
    // Hold the lists' request until the map is drawn; note every operation's text.
    const { operations, release } = await openHoldingLists();
    await page.goto(`${app.url}/chains/display?sel=display-module`);
    const before = await readNodes(page);
    assert.match(before['seg:display-module']!.classes, /\bstrong\b/); // 3 local: painted from the gap picture alone
    await page.getByTestId('panel-local-loading').waitFor();
    assert.match(await page.getByTestId('segment-panel').innerText(), /本地企业（加载中）/);
    const status = operations.filter((q) => /query ChainStatus\(/.test(q));
    assert.ok(status.length > 0 && status.every((q) => !q.includes('localEnterprises')), 'the status query asks for no list');
    assert.ok(
      operations.some((q) => /query ChainStatusLists\b/.test(q)),
      'the lists are asked for in the background',
    );
    release();
    const list = page.getByTestId('panel-local');
    await list.waitFor();
    // largest first: LARGE, MEDIUM, SMALL
    assert.deepEqual(await list.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-enterprise-id'))), ['boe-qd', 'qd-module-2', 'qd-module-3']);
    assert.match(await page.getByTestId('segment-panel').innerText(), /本地企业（3）/);
    assert.equal(await page.getByTestId('panel-local-more').count(), 0); // fewer than 100: nothing more to page
    assert.deepEqual(positionsOf(await readNodes(page)), positionsOf(before));
  });

  it('counts the active projects of a segment from the gap picture and lists them in full once the lists arrive', async () => {
    const { operations, release } = await openHoldingLists();
    await page.goto(`${app.url}/chains/display?sel=display-polarizer`);
    await page.getByTestId('panel-projects-loading').waitFor();
    // 偏光片项目 (NEGOTIATING, in the zone) aims at 偏光片: counted before its details arrive
    assert.match(await page.getByTestId('segment-panel').innerText(), /在推项目（1）/);
    const status = operations.filter((q) => /query ChainStatus\(/.test(q));
    assert.ok(status.length > 0 && status.every((q) => !q.includes('...ProjectRef')), 'the status query asks the projects by id only');
    release();
    const list = page.getByTestId('panel-projects');
    await list.waitFor();
    assert.match(await list.innerText(), /偏光片项目\s*在谈/);
    assert.equal(await page.getByTestId('panel-projects-loading').count(), 0);
  });

  it('raises strongAt from the URL-backed control and recolours without moving', async () => {
    const before = await openMap();
    await page.goto(`${app.url}/chains/display?strongAt=4&sel=display-module`);
    await page.getByTestId('segment-panel').waitFor();
    await page.waitForFunction(() => window.__cy?.$id('seg:display-module').hasClass('weak'));
    const after = await readNodes(page);
    assert.deepEqual(positionsOf(after), positionsOf(before));
    assert.match(await page.getByTestId('panel-rule').innerText(), /弱链：本地企业 3 家，少于强链阈值 4/);
  });

  it('widens the scope to the province from the picker, in the URL, without moving a node', async () => {
    const before = await openMap();
    await page.getByTestId('scope-picker').click();
    await page.locator('.ant-select-item-option[title="山东省（省）"]').click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('scope') === '370000');
    await page.waitForFunction(() => document.querySelector('[data-testid="scope-picker"]')?.textContent?.includes('山东省'));
    assert.deepEqual(positionsOf(await readNodes(page)), positionsOf(before));
    const options = await page.locator('.ant-select-item-option').allTextContents();
    assert.deepEqual(options, ['青岛经济技术开发区（开发区）', '黄岛区（区）', '青岛市（市）', '山东省（省）']);
  });

  it('exports an SVG that parses and holds the Chinese names, legend and footer', async () => {
    await openMap();
    const { name, bytes } = await downloadFrom(page, 'export-menu', 'export-svg');
    assert.match(name, /^新型显示-现状图-青岛经济技术开发区-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = bytes.toString('utf8');
    const parsed = await parseSvg(page, svg);
    assert.equal(parsed.error, null);
    assert.equal(parsed.root, 'svg');
    for (const text of ['新型显示 · 现状图', '玻璃基板', '偏光片', '智能手机', '上游', '强链', '缺链', '补链中', '断链']) assert.ok(parsed.texts.includes(text), `${text} is a <text>`);
    assert.ok(
      parsed.texts.some((t) => /数据截至 \d{4}-\d{2}-\d{2}/.test(t) && t.includes('强链阈值：3') && t.includes('范围：青岛经济技术开发区')),
      'footer',
    );
    assert.match(svg, /font-family="&quot;Noto Sans CJK SC&quot;/);
  });

  it('exports a 300 dpi PNG of the whole map within the canvas limits', async () => {
    await openMap();
    const { name, bytes } = await downloadFrom(page, 'export-menu', 'export-png');
    assert.match(name, /-300dpi\.png$/);
    assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const phys = bytes.indexOf(Buffer.from('pHYs'));
    assert.ok(phys > 0 && phys < 64, 'pHYs right after IHDR');
    assert.equal(bytes.readUInt32BE(phys + 4), 11811, '300 dpi in pixels per metre');
    // the scene is the map plus margins, title, legend and footer, at 300/96 pixels per unit
    const bb = await page.evaluate(() => window.__cy!.elements().boundingBox());
    assert.ok(width >= bb.w * 3.125 && width < (bb.w + 400) * 3.125, `width ${width} for a map ${bb.w} wide`);
    assert.ok(height >= bb.h * 3.125 && height < (bb.h + 400) * 3.125, `height ${height} for a map ${bb.h} high`);
    const colours = await page.evaluate(async (b64) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const img = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(400, Math.round((400 * img.height) / img.width));
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let red = 0;
      let green = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! > 200 && data[i + 1]! < 120) red++;
        if (data[i + 1]! > 120 && data[i]! < 120) green++;
      }
      return { red, green };
    }, bytes.toString('base64'));
    assert.ok(colours.red > 0 && colours.green > 0, `the map is drawn: ${JSON.stringify(colours)}`);
  });

  it('exports an A3 landscape PDF: the map, then the lists on numbered pages, the Chinese font embedded and cut down', async () => {
    await openMap();
    const { name, bytes } = await downloadFrom(page, 'export-menu', 'export-pdf-a3');
    assert.match(name, /-A3\.pdf$/);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = bytes.toString('latin1');
    const pages = (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length;
    assert.ok(pages >= 3, `the map, then 缺链清单 and 目标企业清单 (${pages} pages)`);
    assert.match(text, /\/FontFile2/);
    assert.match(text, /NotoSansSC/);
    assert.ok(bytes.length < 1_500_000, `a subset font keeps the file small (${bytes.length} bytes)`);
    const pdf = await PDFDocument.load(bytes);
    assert.equal(pdf.getPageCount(), pages);
    for (const p of pdf.getPages()) assert.deepEqual([Math.round(p.getSize().width), Math.round(p.getSize().height)], [1191, 842]);
    assert.match(pdf.getTitle() ?? '', /新型显示 · 现状图/);
  });

  it('exports the lists behind the map as XLSX, with formula-like names neutralised', async () => {
    await openMap();
    const { name, bytes } = await downloadFrom(page, 'export-menu', 'export-xlsx');
    assert.match(name, /\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['缺链与弱链清单', '目标企业清单', '项目清单'],
    );
    const rows = (sheet: string) => {
      const out: unknown[][] = [];
      workbook.getWorksheet(sheet)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const gaps = rows('缺链与弱链清单');
    assert.deepEqual(gaps[0], ['环节编号', '环节', '上级环节', '阶段', '状态', '本地企业数', '补链中']);
    assert.deepEqual(
      gaps.find((r) => r[0] === 'display-glass'),
      ['display-glass', '玻璃基板', '原材料', '上游', '缺链', 0, '否'],
    );
    assert.deepEqual(gaps.find((r) => r[0] === 'display-polarizer')?.slice(4), ['缺链', 0, '是']);
    const targets = rows('目标企业清单');
    const corning = targets.find((r) => r[3] === 'corning' && r[0] === '玻璃基板')!;
    assert.deepEqual(corning.slice(0, 5), ['玻璃基板', 1, '康宁显示科技有限公司', 'corning', 8]);
    assert.deepEqual(
      targets.filter((r) => r[3] === 'corning').map((r) => [r[0], r[1]]),
      [
        ['原材料', 1],
        ['玻璃基板', 1],
      ],
      'listed under each gap segment whose panel lists it, ranked as there',
    );
    assert.match(String(corning[5]), /供应 青岛京东方光电科技有限公司 \(链主\) \+3; 规模 大型 \+3/);
    assert.equal(targets.find((r) => r[3] === 'evil')?.[2], "'=1+2 恶意命名公司");
    const projects = rows('项目清单');
    assert.deepEqual(projects[1]?.slice(0, 5), ['偏光片项目', '在谈', '苏州偏光材料有限公司', '偏光片', 5]);
  });

  it('exports each list as CSV that Chinese Excel opens: BOM, quoted fields, formulas neutralised, the same rows as the workbook', async () => {
    await openMap();
    const gaps = await downloadFrom(page, 'export-menu', 'export-csv-gaps');
    assert.match(gaps.name, /-缺链与弱链清单\.csv$/);
    assert.deepEqual([...gaps.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
    const gapRows = parseCsv(gaps.bytes.subarray(3).toString('utf8')) as string[][];
    assert.deepEqual(gapRows[0], ['环节编号', '环节', '上级环节', '阶段', '状态', '本地企业数', '补链中']);
    assert.deepEqual(
      gapRows.find((r) => r[0] === 'display-glass'),
      ['display-glass', '玻璃基板', '原材料', '上游', '缺链', '0', '否'],
    );
    assert.match(gaps.bytes.toString('utf8'), /\r\n/);
    const targets = await downloadFrom(page, 'export-menu', 'export-csv-targets');
    const targetRows = parseCsv(targets.bytes.subarray(3).toString('utf8')) as string[][];
    const corning = targetRows.find((r) => r[3] === 'corning' && r[0] === '玻璃基板')!;
    assert.deepEqual(corning.slice(0, 5), ['玻璃基板', '1', '康宁显示科技有限公司', 'corning', '8']);
    assert.equal(targetRows.find((r) => r[3] === 'evil')?.[2], "'=1+2 恶意命名公司");
    const projects = await downloadFrom(page, 'export-menu', 'export-csv-projects');
    const projectRows = parseCsv(projects.bytes.subarray(3).toString('utf8')) as string[][];
    assert.deepEqual(projectRows[1]?.slice(0, 5), ['偏光片项目', '在谈', '苏州偏光材料有限公司', '偏光片', '5']);
  });

  it('switches the whole map to English, still without moving the status colours', async () => {
    await openMap();
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => window.__cy?.$id('stage:UPSTREAM').data('label') === 'Upstream');
    const nodes = await readNodes(page);
    assert.match(nodes['seg:display-glass']!.classes, /\bmissing\b/);
    const label = await page.evaluate(() => window.__cy!.$id('seg:display-glass').data('label') as string);
    assert.match(label, /Glass substrate\n0 local · Missing/);
    await screenshot(page, 'map-status-en');
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => window.__cy?.$id('stage:UPSTREAM').data('label') === '上游');
  });
});
