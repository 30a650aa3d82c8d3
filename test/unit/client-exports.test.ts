import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';
import fontkit from '@pdf-lib/fontkit';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { safeCell } from '../../client/src/export/cells.js';
import { readCmap, subsetTrueType } from '../../client/src/export/font-subset.js';
import { sceneToPdf } from '../../client/src/export/pdf.js';
import { layoutTable, wrapCell } from '../../client/src/export/pdf-tables.js';
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, planPng, pngSize, setPngDpi } from '../../client/src/export/raster.js';
import { listSheets, writeXlsx, type MapLists } from '../../client/src/export/xlsx.js';
import { layoutChain } from '../../client/src/graph/layout.js';
import { groupLabel, layoutNetwork, type NetworkNodeInput } from '../../client/src/graph/network.js';
import { buildScene } from '../../client/src/graph/scene.js';
import { syntheticChain } from '../../client/src/graph/synthetic.js';
import { textWidth, wrapText } from '../../client/src/graph/text.js';

const require = createRequire(import.meta.url);
const FONT = readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));

/** A 1×1 white PNG. */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');

function chunks(png: Uint8Array): Array<{ type: string; data: Buffer }> {
  const b = Buffer.from(png);
  const out: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < b.length;) {
    const length = b.readUInt32BE(at);
    out.push({ type: b.subarray(at + 4, at + 8).toString('latin1'), data: b.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('safeCell', () => {
  it('neutralises text a spreadsheet would run as a formula, and leaves values alone', () => {
    for (const evil of ['=1+2', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")']) assert.equal(safeCell(evil), `'${evil}`);
    for (const fine of ['京东方', 'a=b', ' =x', '1-2']) assert.equal(safeCell(fine), fine);
    assert.equal(safeCell(-3), -3);
    assert.equal(safeCell(true), true);
    assert.equal(safeCell(null), null);
    assert.equal(safeCell(undefined), null);
  });
});

describe('PNG sizing', () => {
  it('asks 300/96 pixels per unit when that fits', () => {
    const plan = planPng(1600, 900, 300);
    assert.equal(plan.scale, 300 / 96);
    assert.deepEqual([plan.width, plan.height, plan.dpi, plan.clamped], [5000, 2812, 300, false]);
  });

  it('lowers the scale to stay under Chrome’s canvas limits (side and area)', () => {
    for (const [w, h] of [
      [20000, 800],
      [9000, 9000],
      [40000, 30000],
    ] as const) {
      const plan = planPng(w, h, 300);
      assert.ok(plan.clamped);
      assert.ok(plan.width <= CANVAS_MAX_SIDE && plan.height <= CANVAS_MAX_SIDE, `${plan.width}×${plan.height}`);
      assert.ok(plan.width * plan.height <= CANVAS_MAX_AREA);
      assert.ok(plan.dpi < 300);
    }
  });

  it('writes a pHYs chunk with a valid CRC right after IHDR, replacing any earlier one', async () => {
    const once = setPngDpi(PNG_1X1, 300);
    const twice = setPngDpi(once, 150);
    const list = chunks(twice);
    assert.deepEqual(
      list.map((c) => c.type),
      ['IHDR', 'pHYs', 'IDAT', 'IEND'],
    );
    const phys = list[1]!.data;
    assert.equal(phys.readUInt32BE(0), Math.round(150 / 0.0254));
    assert.equal(phys[8], 1, 'unit: metre');
    assert.deepEqual(pngSize(twice), { width: 1, height: 1 });
    // zlib's crc32 agrees with ours
    const { crc32 } = await import('node:zlib');
    const b = Buffer.from(once);
    const at = 8 + 25;
    assert.equal(b.readUInt32BE(at + 17), (crc32 as (d: Uint8Array) => number)(b.subarray(at + 4, at + 17)));
  });
});

describe('the TrueType subsetter', () => {
  const before = Buffer.from(FONT);
  const text = '新型显示产业链（现状图）ABC abc 123 缺链：本地企业 0 家';
  const subset = subsetTrueType(FONT, text);

  it('keeps the glyph ids and outlines of the characters used, and little else', () => {
    assert.ok(subset.length < 700_000, `${subset.length} bytes`);
    const full = readCmap(FONT);
    const cut = readCmap(subset);
    for (const ch of new Set(text)) assert.equal(cut.get(ch.codePointAt(0)!), full.get(ch.codePointAt(0)!), ch);
    assert.equal(cut.get('京'.codePointAt(0)!), undefined);
  });

  it('leaves the font it was given untouched', () => assert.ok(before.equals(FONT)));

  it('is a font fontkit reads, with real outlines for CJK glyphs', () => {
    const font = fontkit.create(Buffer.from(subset)) as unknown as { glyphForCodePoint(cp: number): { path: { commands: unknown[] }; advanceWidth: number }; numGlyphs: number };
    const original = fontkit.create(FONT) as unknown as typeof font;
    assert.equal(font.numGlyphs, original.numGlyphs);
    for (const ch of ['新', '链', '（', 'A', '3']) {
      const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
      assert.ok(glyph.path.commands.length > 0, `${ch} has an outline`);
      assert.equal(glyph.advanceWidth, original.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth);
    }
  });
});

describe('sceneToPdf', () => {
  it('writes a one-page A4 landscape PDF with the subset Chinese font embedded', async () => {
    const chain = syntheticChain(300, 5);
    const layout = layoutChain(chain.segments, chain.flows, {});
    const scene = buildScene(layout, chain.data, { mode: 'status', chainName: '新型显示', scopeName: '青岛经济技术开发区', strongAt: 3, dataDate: '2025-06-30', sources: [] });
    const bytes = await sceneToPdf(scene, { page: 'A4', font: FONT, title: scene.title, date: new Date('2025-06-30T00:00:00Z') });
    const text = Buffer.from(bytes).toString('latin1');
    assert.ok(text.startsWith('%PDF-'));
    assert.equal((text.match(/\/Type \/Page\b(?!s)/g) ?? []).length, 1);
    assert.match(text, /\/FontFile2/);
    assert.ok(bytes.length < 400_000, `${bytes.length} bytes`);
    const pdf = await PDFDocument.load(bytes);
    const { width, height } = pdf.getPage(0).getSize();
    assert.deepEqual([Math.round(width), Math.round(height)], [842, 595]);
    assert.equal(pdf.getTitle(), '新型显示 · 现状图');
  });
});

describe('the list pages of a PDF', () => {
  const measure = (text: string, size: number) => [...text].length * size; // one em a character
  const metrics = { width: 400, height: 300, fontSize: 10, lineHeight: 14, padding: 4, maxLines: 3 };
  const sheet = {
    name: '目标企业清单',
    columns: [
      { header: '环节', width: 1 },
      { header: '企业', width: 3 },
    ],
    rows: Array.from({ length: 40 }, (_, i) => [`环节${i}`, i % 5 === 0 ? '很长的企业名称'.repeat(20) : `企业${i}`] as Array<string | number | null>),
  };

  it('wraps cells to their column, cuts long ones with an ellipsis, and never splits a row across pages', () => {
    const pages = layoutTable(sheet, metrics, measure);
    assert.ok(pages.length > 1);
    assert.deepEqual(
      pages.map((p) => p.continued),
      pages.map((_, i) => i > 0),
    );
    assert.equal(
      pages.reduce((n, p) => n + p.rows.length, 0),
      40,
      'every row once',
    );
    for (const p of pages) {
      assert.deepEqual(p.header.cells, [['环节'], ['企业']], 'the header on every page');
      assert.ok(p.header.height + p.rows.reduce((n, r) => n + r.height, 0) <= metrics.height);
      assert.ok(Math.abs(p.widths[0]! - 100) < 1e-9 && Math.abs(p.widths[1]! - 300) < 1e-9);
      for (const r of p.rows) for (const [c, lines] of r.cells.entries()) for (const line of lines) assert.ok(measure(line, 10) <= p.widths[c]! - 8, line);
    }
    const long = pages[0]!.rows[0]!.cells[1]!;
    assert.equal(long.length, 3);
    assert.ok(long[2]!.endsWith('…'));
    assert.deepEqual(wrapCell('第一行\n第二行', 200, 10, measure, 5), ['第一行', '第二行']);
  });

  it('prints the map, then each non-empty list on its own pages, numbered', async () => {
    const chain = syntheticChain(40, 3);
    const layout = layoutChain(chain.segments, chain.flows, {});
    const scene = buildScene(layout, chain.data, { mode: 'status', chainName: '新型显示', scopeName: '青岛经济技术开发区', strongAt: 3, dataDate: '2025-06-30', sources: [] });
    const tables = [sheet, { ...sheet, name: '项目清单', rows: [] }];
    const bytes = await sceneToPdf(scene, { page: 'A4', font: FONT, title: scene.title, tables, footer: '新型显示 · 现状图', pageLabel: (n, total) => `第 ${n} / ${total} 页`, continued: '（续）' });
    const pdf = await PDFDocument.load(bytes);
    const expected =
      1 + layoutTable(sheet, { width: 842 - 72, height: 595 - 36 - 58 - 36 - 14, fontSize: 8.5, lineHeight: 8.5 * 1.4, padding: 4, maxLines: 8 }, (t, size) => [...t].length * size).length;
    assert.ok(pdf.getPageCount() >= 2 && pdf.getPageCount() <= expected, `${pdf.getPageCount()} pages`);
    for (const page of pdf.getPages()) assert.deepEqual(page.getSize().width > page.getSize().height, true, 'landscape');
  });
});

describe('the XLSX lists', () => {
  const lists: MapLists = {
    gaps: [{ segmentId: 'g', segment: '玻璃基板', parent: '原材料', stage: '上游', status: '缺链', local: 0, filling: true }],
    targets: [{ segment: '玻璃基板', rank: 1, enterprise: '=cmd|calc', enterpriseId: 'evil', score: 8, breakdown: '供应 京东方 (链主) +3', region: '北京市' }],
    projects: [{ project: '@项目', stage: '在谈', enterprise: '苏州偏光', segment: '偏光片', investment: -1.5, signedOn: '', plannedOn: '2026-01-01', region: '青岛', confidential: false }],
  };

  it('names the sheets and headers in the UI language and neutralises every text cell', () => {
    const [gaps, targets, projects] = listSheets(lists, 'zh');
    assert.deepEqual([gaps!.name, targets!.name, projects!.name], ['缺链与弱链清单', '目标企业清单', '项目清单']);
    assert.deepEqual(gaps!.rows[0], ['g', '玻璃基板', '原材料', '上游', '缺链', 0, '是']);
    assert.equal(targets!.rows[0]![2], "'=cmd|calc");
    assert.equal(projects!.rows[0]![0], "'@项目");
    assert.equal(projects!.rows[0]![4], -1.5, 'a negative number stays a number');
    assert.equal(listSheets(lists, 'en')[0]!.name, 'Missing and weak segments');
  });

  it('writes a workbook ExcelJS reads back', async () => {
    const bytes = await writeXlsx(lists, 'zh', '新型显示');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('目标企业清单')!;
    assert.equal(sheet.getCell('C2').value, "'=cmd|calc");
    assert.equal(sheet.getCell('A1').value, '环节');
    assert.equal(sheet.views[0]?.state, 'frozen');
  });
});

describe('the supplier network layout', () => {
  const segs = [
    { id: 'seg-a', name: '玻璃基板' },
    { id: 'seg-b', name: '偏光片' },
    { id: 'seg-c', name: '驱动芯片' },
  ];
  const nodes: NetworkNodeInput[] = [
    { id: 'c', name: '链主', tier: 0, local: true },
    ...Array.from({ length: 60 }, (_, i) => ({
      id: `s${String(i).padStart(2, '0')}`,
      name: `供应商${i}`,
      tier: 1 + (i % 2),
      local: i % 3 === 0,
      group: i % 7 === 6 ? null : segs[i % 3],
    })),
  ];
  const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
    Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2;

  it('puts tiers in columns right to left, the same every time whatever the input order', () => {
    const a = layoutNetwork(nodes);
    const b = layoutNetwork([...nodes].reverse());
    assert.deepEqual([...a.positions.entries()].sort(), [...b.positions.entries()].sort());
    assert.deepEqual(a.groups, b.groups);
    assert.deepEqual(
      a.columns.map((c) => c.tier),
      [2, 1, 0],
    );
    assert.ok(a.positions.get('c')!.x > a.positions.get('s01')!.x);
    assert.ok(a.positions.get('s00')!.x > a.positions.get('s01')!.x, 'tier 1 (s00) right of tier 2 (s01)');
  });

  it('groups each tier by segment: every enterprise inside its group box, local first, no boxes overlapping', () => {
    const a = layoutNetwork(nodes);
    const tier1 = nodes.filter((n) => n.tier === 1);
    const keys = new Set(tier1.map((n) => n.group?.id ?? 'other'));
    assert.equal(a.groups.filter((g) => g.tier === 1).length, keys.size);
    for (const n of nodes.filter((m) => m.tier > 0)) {
      const g = a.groups.find((x) => x.tier === n.tier && x.segmentId === (n.group?.id ?? null))!;
      const p = a.positions.get(n.id)!;
      assert.ok(p.x - p.w / 2 >= g.x - g.w / 2 && p.x + p.w / 2 <= g.x + g.w / 2 && p.y - p.h / 2 >= g.y - g.h / 2 && p.y + p.h / 2 <= g.y + g.h / 2, `${n.id} inside ${g.key}`);
    }
    for (const g of a.groups) {
      const members = nodes.filter((n) => n.tier === g.tier && (n.group?.id ?? null) === g.segmentId).map((n) => ({ ...n, ...a.positions.get(n.id)! }));
      assert.equal(g.total, members.length);
      assert.equal(g.local, members.filter((m) => m.local).length);
      const reading = [...members].sort((p, q) => p.y - q.y || p.x - q.x);
      const firstRemote = reading.findIndex((m) => !m.local);
      assert.ok(firstRemote === -1 || reading.slice(firstRemote).every((m) => !m.local), `${g.key}: local first`);
    }
    assert.equal(a.groups.filter((g) => g.tier === 1).at(-1)!.segmentId, null, 'enterprises without a segment come last');
    const boxes = [...a.groups, ...[...a.positions.values()]];
    for (let i = 0; i < a.groups.length; i++) for (let j = i + 1; j < a.groups.length; j++) assert.ok(!overlap(a.groups[i]!, a.groups[j]!), `${a.groups[i]!.key} / ${a.groups[j]!.key}`);
    const ents = [...a.positions.values()];
    for (let i = 0; i < ents.length; i++) for (let j = i + 1; j < ents.length; j++) assert.ok(!overlap(ents[i]!, ents[j]!));
    assert.ok(boxes.every((b) => b.y - b.h / 2 >= a.bounds.y1 && b.y + b.h / 2 <= a.bounds.y2));
  });

  it('makes an export scene with the title, rates, legend, group headers, every name and the footer', async () => {
    const { networkLabels, networkScene } = await import('../../client/src/graph/network-scene.js');
    const scene = networkScene(
      nodes,
      [
        { from: 's00', to: 'c', evidence: 'CONFIRMED' },
        { from: 's02', to: 's00', evidence: 'INFERRED' },
        { from: 'zz', to: 'c' },
      ],
      {
        lang: 'zh',
        centerName: '京东方',
        scopeName: '青岛市',
        tiers: 2,
        tier1: { local: 1, total: 4, rate: 0.25 },
        tier2: { local: 0, total: 0, rate: null },
        dataDate: '2026-11-29',
        sources: ['企业年报'],
        truncated: false,
      },
    );
    const texts = scene.items.flatMap((it) => (it.t === 'text' ? [it.text] : []));
    assert.equal(scene.title, '京东方 的供应网络');
    assert.ok(texts.includes('京东方 的供应网络'));
    assert.ok(
      texts.some((x) => x.includes('一级本地配套率：1/4 家 · 25.0%') && x.includes('二级本地配套率：0/0 家 · —')),
      'rates',
    );
    for (const n of nodes) assert.ok(texts.includes(n.name), n.name);
    assert.ok(
      texts.some((x) => /^玻璃基板 · 本地 \d+\/\d+$/.test(x)),
      'group header',
    );
    assert.ok(
      texts.some((x) => x.startsWith('未归入环节')),
      'the group of enterprises without a segment',
    );
    const narrow = { key: '1:x', tier: 1, segmentId: 'x', name: '自动化与洁净搬运设备及其配套系统', local: 1, total: 1, x: 0, y: 0, w: 188, h: 90 };
    const short = groupLabel(networkLabels('zh'), narrow);
    assert.match(short, /^自动化与洁净\S*… · 本地 1\/1$/, 'a long name is shortened, the counts kept');
    assert.ok(textWidth(short, 12) <= narrow.w - 24, short);
    const footer = texts.filter((x) => x.includes('数据截至 2026-11-29')).join(' ');
    assert.match(footer, /来源：企业年报/);
    assert.match(footer, /范围：青岛市/);
    assert.match(footer, /层级：2 级/);
    assert.equal(scene.items.filter((it) => it.t === 'line').length, 2 + 2, 'two links (the one to an unknown enterprise skipped) and two legend lines');
    for (const it of scene.items) if (it.t === 'rect') assert.ok(it.x >= 0 && it.y >= 0 && it.x + it.w <= scene.width + 0.01 && it.y + it.h <= scene.height + 0.01);
    const pdf = await PDFDocument.load(await sceneToPdf(scene, { page: 'A3', font: FONT, title: scene.title, date: new Date('2026-11-29T00:00:00Z') }));
    assert.equal(pdf.getPageCount(), 1);
    assert.equal(pdf.getTitle(), '京东方 的供应网络');
  });
});

describe('line breaking', () => {
  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    for (const width of [60, 90, 124, 150]) {
      for (const line of wrapText('LCD面板（TFT-LCD）、OLED面板（柔性）。', width, 13)) {
        assert.doesNotMatch(line, /^[）)、。，]/, `${width}: ${line}`);
        assert.doesNotMatch(line, /[（(]$/, `${width}: ${line}`);
      }
    }
  });
});

describe('exports: lists as CSV', () => {
  it('writes a BOM, CRLF lines, and quotes fields with commas, quotes or line breaks', async () => {
    const { sheetToCsv } = await import('../../client/src/export/xlsx.js');
    const csv = sheetToCsv({
      name: '缺链清单',
      columns: [
        { header: '环节', width: 10 },
        { header: '说明, 备注', width: 10 },
      ],
      rows: [
        ['玻璃基板', '含"引号"'],
        ["'=1+2", '两行\n文字'],
        [null, 3.5],
      ],
    });
    assert.equal(csv, '\uFEFF环节,"说明, 备注"\r\n玻璃基板,"含""引号"""\r\n\'=1+2,"两行\n文字"\r\n,3.5\r\n');
  });
});
