import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { buildElements } from '../../client/src/graph/elements.js';
import { exportSvg } from '../../client/src/graph/export-svg.js';
import { directEnterprises, layoutChain } from '../../client/src/graph/layout.js';
import { stylesheet } from '../../client/src/graph/stylesheet.js';
import { syntheticChain } from '../../client/src/graph/synthetic.js';
import { wrapText, textWidth } from '../../client/src/graph/text.js';
import type { ChainLayout, MapData, MapMode, SegmentInput } from '../../client/src/graph/types.js';

const MODES: MapMode[] = ['panorama', 'status', 'projected'];

/** The 新型显示 skeleton in miniature: nested boxes, a leaf-only stage, flows, one broken. */
const segments: SegmentInput[] = [
  { id: 'materials', name: '原材料', nameEn: 'Materials', stage: 'UPSTREAM', order: 1 },
  { id: 'glass', name: '玻璃基板', nameEn: 'Glass substrate', stage: 'UPSTREAM', order: 1, parentId: 'materials' },
  { id: 'lc', name: '液晶材料', nameEn: 'Liquid crystal', stage: 'UPSTREAM', order: 2, parentId: 'materials' },
  { id: 'polarizer', name: '偏光片', nameEn: 'Polarizer', stage: 'UPSTREAM', order: 3, parentId: 'materials' },
  { id: 'equipment', name: '生产设备', nameEn: 'Equipment', stage: 'UPSTREAM', order: 2 },
  { id: 'evap', name: 'OLED 蒸镀设备与精细金属掩膜版', nameEn: 'OLED evaporation equipment and fine metal masks', stage: 'UPSTREAM', order: 1, parentId: 'equipment' },
  { id: 'panel', name: '面板', nameEn: 'Panels', stage: 'MIDSTREAM', order: 1 },
  { id: 'lcd', name: 'LCD 面板', stage: 'MIDSTREAM', order: 1, parentId: 'panel' },
  { id: 'oled', name: 'OLED 面板', stage: 'MIDSTREAM', order: 2, parentId: 'panel' },
  { id: 'flex', name: '柔性 AMOLED', stage: 'MIDSTREAM', order: 1, parentId: 'oled' },
  { id: 'module', name: '显示模组', stage: 'MIDSTREAM', order: 2 },
  { id: 'phone', name: '智能手机', stage: 'DOWNSTREAM', order: 1 },
  { id: 'tv', name: '电视', stage: 'DOWNSTREAM', order: 2 },
  { id: 'car', name: '车载显示', stage: 'DOWNSTREAM', order: 2 },
];
const flows = [
  { from: 'glass', to: 'lcd' },
  { from: 'lc', to: 'lcd' },
  { from: 'polarizer', to: 'module' },
  { from: 'panel', to: 'module' },
  { from: 'module', to: 'phone' },
  { from: 'module', to: 'tv' },
  { from: 'module', to: 'nowhere' },
];
const enterprises = {
  panel: [{ id: 'boe', name: '京东方科技集团股份有限公司' }],
  lcd: [
    { id: 'boe', name: '京东方科技集团股份有限公司' },
    { id: 'csot', name: 'TCL 华星光电技术有限公司' },
  ],
  module: [{ id: 'boe-qd', name: '青岛京东方光电科技有限公司' }],
  glass: [{ id: 'corning', name: '康宁显示科技' }],
};
const data: MapData = {
  facts: {
    materials: { enterpriseCount: 1, localCount: 0, status: 'MISSING', filling: true },
    glass: { enterpriseCount: 1, localCount: 0, status: 'MISSING', filling: true },
    lc: { enterpriseCount: 0, localCount: 0, status: 'MISSING' },
    polarizer: { enterpriseCount: 0, localCount: 0, status: 'MISSING' },
    panel: { enterpriseCount: 2, localCount: 1, status: 'WEAK' },
    lcd: { enterpriseCount: 2, localCount: 1, status: 'WEAK' },
    module: { enterpriseCount: 1, localCount: 3, status: 'STRONG' },
    phone: { enterpriseCount: 0, localCount: 0, status: 'MISSING' },
  },
  brokenLinks: [{ from: 'polarizer', to: 'module' }],
  localEnterpriseIds: ['boe-qd'],
  masterIds: ['boe-qd'],
};
const meta = { mode: 'status' as MapMode, chainName: '新型显示', scopeName: '青岛经济技术开发区', strongAt: 3, dataDate: '2025-06-30', sources: ['企业年报', '园区调研'] };

type Rect = { id: string; x: number; y: number; w: number; h: number };
const overlaps = (a: Rect, b: Rect) => a.x - a.w / 2 < b.x + b.w / 2 && b.x - b.w / 2 < a.x + a.w / 2 && a.y - a.h / 2 < b.y + b.h / 2 && b.y - b.h / 2 < a.y + a.h / 2;
const inside = (c: Rect, p: Rect) => c.x - c.w / 2 >= p.x - p.w / 2 && c.x + c.w / 2 <= p.x + p.w / 2 && c.y - c.h / 2 >= p.y - p.h / 2 && c.y + c.h / 2 <= p.y + p.h / 2;

/** Every pair of siblings (same parent, or top level in the same stage) and their enterprises. */
function assertNoOverlap(layout: ChainLayout) {
  const groups = new Map<string, Rect[]>();
  const add = (key: string, r: Rect) => groups.set(key, [...(groups.get(key) ?? []), r]);
  for (const s of layout.segments) add(s.parentId ?? `stage:${s.stage}`, s);
  for (const e of layout.enterprises) add(e.segmentId, { ...e, id: `ent:${e.key}` });
  for (const s of layout.stages) add('stages', { ...s, id: s.stage });
  for (const [key, rects] of groups) {
    const sorted = [...rects].sort((a, b) => a.x - a.w / 2 - (b.x - b.w / 2));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j]!.x - sorted[j]!.w / 2 < sorted[i]!.x + sorted[i]!.w / 2; j++) {
        assert.ok(!overlaps(sorted[i]!, sorted[j]!), `${sorted[i]!.id} overlaps ${sorted[j]!.id} in ${key}`);
      }
    }
  }
}

function assertContained(layout: ChainLayout) {
  const byId = new Map(layout.segments.map((s) => [s.id, s]));
  const stages = new Map(layout.stages.map((s) => [s.stage, { ...s, id: s.stage }]));
  for (const s of layout.segments) {
    const parent = s.parentId ? byId.get(s.parentId)! : stages.get(s.stage)!;
    assert.ok(inside(s, parent), `${s.id} lies outside ${parent.id}`);
    if (s.parentId) assert.ok(s.y - s.h / 2 >= parent.y - parent.h / 2 + byId.get(s.parentId)!.headerH - 0.001, `${s.id} covers the header of ${parent.id}`);
  }
  for (const e of layout.enterprises) assert.ok(inside({ ...e, id: e.key }, byId.get(e.segmentId)!), `${e.key} lies outside its segment`);
}

const positions = (els: ReturnType<typeof buildElements>) => Object.fromEntries(els.filter((e) => e.position && /^(stage|seg|ent):/.test(String(e.data.id))).map((e) => [e.data.id, e.position]));

describe('layoutChain', () => {
  const layout = layoutChain(segments, flows, { enterprises: directEnterprises(segments, enterprises), drill: 'all' });

  it('puts the stages left to right as 上游, 中游, 下游 and sorts segments by order then id', () => {
    assert.deepEqual(
      layout.stages.map((s) => s.title),
      ['上游', '中游', '下游'],
    );
    assert.ok(layout.stages[0]!.x < layout.stages[1]!.x && layout.stages[1]!.x < layout.stages[2]!.x);
    const downstream = layout.segments.filter((s) => s.stage === 'DOWNSTREAM').map((s) => s.id);
    assert.deepEqual(downstream, ['phone', 'car', 'tv']);
    const ys = downstream.map((id) => layout.segments.find((s) => s.id === id)!.y);
    assert.ok(ys[0]! < ys[1]! && ys[1]! < ys[2]!);
  });

  it('makes segments with sub-segments or drilled enterprises boxes, the others leaves', () => {
    const kind = Object.fromEntries(layout.segments.map((s) => [s.id, s.kind]));
    assert.equal(kind.materials, 'box');
    assert.equal(kind.oled, 'box');
    assert.equal(kind.lcd, 'box', 'drilled enterprises make a box');
    assert.equal(kind.lc, 'leaf');
    assert.equal(kind.phone, 'leaf');
  });

  it('draws an enterprise listed under a sub-segment there and not again in its parent', () => {
    const keys = layout.enterprises.map((e) => e.key);
    assert.ok(keys.includes('lcd/boe'));
    assert.ok(!keys.includes('panel/boe'));
    assert.deepEqual(
      keys.filter((k) => k.endsWith('/csot')),
      ['lcd/csot'],
    );
  });

  it('keeps children inside their parents, below the parent header', () => assertContained(layout));
  it('lets no two boxes overlap', () => assertNoOverlap(layout));

  it('drops flows to unknown segments and sorts the rest', () => {
    assert.deepEqual(
      layout.flows.map((f) => `${f.from}->${f.to}`),
      ['glass->lcd', 'lc->lcd', 'module->phone', 'module->tv', 'panel->module', 'polarizer->module'],
    );
  });

  it('gives every node the same position in 全景图, 现状图 and 预测', () => {
    const [a, b, c] = MODES.map((m) => positions(buildElements(layout, data, m)));
    assert.ok(Object.keys(a!).length > segments.length);
    assert.deepEqual(b, a);
    assert.deepEqual(c, a);
  });

  it('is deterministic: the same input in any order gives byte-identical layouts and SVG', () => {
    const shuffled = [...segments].reverse();
    const again = layoutChain(shuffled, [...flows].reverse(), { enterprises: directEnterprises(shuffled, enterprises), drill: 'all' });
    assert.equal(JSON.stringify(again), JSON.stringify(layout));
    assert.equal(exportSvg(again, data, meta), exportSvg(layout, data, meta));
  });

  it('wraps long names and sizes the box to fit them', () => {
    const evap = layout.segments.find((s) => s.id === 'evap')!;
    assert.ok(evap.lines.length >= 2);
    for (const line of evap.lines) assert.ok(textWidth(line, evap.fontSize) <= evap.w);
    const en = layoutChain(segments, flows, { lang: 'en' });
    assert.equal(en.stages[0]!.title, 'Upstream');
    assert.ok(
      en.segments
        .find((s) => s.id === 'evap')!
        .lines.join(' ')
        .startsWith('OLED evaporation'),
    );
  });

  it('lays out synthetic chains of 500, 2,000 and 10,000 elements without overlap (times printed)', () => {
    for (const size of [500, 2000, 10000]) {
      const chain = syntheticChain(size, 7);
      const started = performance.now();
      const big = layoutChain(chain.segments, chain.flows, { enterprises: chain.enterprises, drill: 'all' });
      const laidOut = performance.now() - started;
      const els = buildElements(big, chain.data, 'status');
      const total = performance.now() - started;
      console.log(`# layout of ${size} elements (${els.length} Cytoscape elements): layoutChain ${laidOut.toFixed(1)} ms, + buildElements ${total.toFixed(1)} ms`);
      assertNoOverlap(big);
      assertContained(big);
    }
  });
});

describe('buildElements and stylesheet', () => {
  const layout = layoutChain(segments, flows, { enterprises: directEnterprises(segments, enterprises), drill: ['lcd'] });

  it('prefixes ids by kind and carries status classes only on status maps', () => {
    const els = buildElements(layout, data, 'status');
    const ids = els.map((e) => String(e.data.id));
    assert.ok(
      ids.every((id) => /^(stage|seg|ent|flow|mark|badge):/.test(id)),
      ids.join(','),
    );
    assert.equal(new Set(ids).size, ids.length);
    const glass = els.find((e) => e.data.id === 'seg:glass')!;
    assert.match(String(glass.classes), /\bmissing\b/);
    assert.match(String(glass.classes), /\bfilling\b/);
    assert.match(String(glass.data.label), /玻璃基板\n本地 0 家 · 缺链/);
    const pano = buildElements(layout, data, 'panorama').find((e) => e.data.id === 'seg:glass')!;
    assert.doesNotMatch(String(pano.classes), /missing|filling/);
    assert.match(String(pano.data.label), /企业 1 家/);
  });

  it('draws 断链 as a red edge with a marker node on status maps only', () => {
    const status = buildElements(layout, data, 'status');
    assert.match(String(status.find((e) => e.data.id === 'flow:polarizer->module')!.classes), /broken/);
    assert.ok(status.some((e) => e.data.id === 'mark:polarizer->module'));
    assert.ok(status.some((e) => e.data.id === 'badge:glass'));
    const pano = buildElements(layout, data, 'panorama');
    assert.ok(!pano.some((e) => String(e.data.id).startsWith('mark:') || String(e.data.id).startsWith('badge:')));
  });

  it('uses only WebGL-safe edge styles, wraps Chinese labels and hides them when too small', () => {
    for (const mode of MODES) {
      const json = JSON.stringify(stylesheet(mode));
      assert.doesNotMatch(json, /dashed|dotted|"line-style"|taxi|bezier/);
      assert.match(json, /"text-wrap":"wrap"/);
      assert.match(json, /"text-overflow-wrap":"anywhere"/);
      assert.match(json, /"min-zoomed-font-size":\d/);
      assert.equal(json.includes('#ffccc7'), mode !== 'panorama', 'MISSING red only on status maps');
    }
  });
});

describe('exportSvg', () => {
  const layout = layoutChain(segments, flows, {});

  it('writes a standalone SVG with title, legend, Chinese names as text and the footer facts', () => {
    const svg = exportSvg(layout, data, meta);
    assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /font-family="&quot;Noto Sans CJK SC&quot;/);
    assert.match(svg, /<title>新型显示 · 现状图<\/title>/);
    for (const text of ['玻璃基板', '液晶材料', '智能手机', '强链', '弱链', '缺链', '补链中', '断链', '数据截至 2025-06-30', '企业年报', '青岛经济技术开发区', '强链阈值：3', '视图：现状图']) {
      assert.ok(svg.includes(text), `missing ${text}`);
    }
    assert.equal((svg.match(/<svg/g) ?? []).length, 1);
    assert.ok(svg.trimEnd().endsWith('</svg>'));
  });

  it('escapes XML in names', () => {
    const svg = exportSvg(layoutChain([{ id: 'x', name: 'A&B <C> "D"', stage: 'UPSTREAM' }], [], {}), { facts: {}, brokenLinks: [] }, { ...meta, chainName: '<链>' });
    assert.ok(svg.includes('A&amp;B &lt;C&gt; &quot;D&quot;'));
    assert.ok(!svg.includes('<链>'));
  });
});

describe('wrapText', () => {
  it('breaks Chinese anywhere and Latin at spaces', () => {
    assert.deepEqual(wrapText('新型显示产业链全景图', 13 * 4, 13), ['新型显示', '产业链全', '景图']);
    assert.deepEqual(wrapText('Liquid crystal materials', 13 * 8, 13), ['Liquid crystal', 'materials']);
    assert.deepEqual(wrapText('一二三四五六七八九十', 13 * 3, 13, 2), ['一二三', '四五…']);
    assert.deepEqual(wrapText('', 100, 13), ['']);
  });
});
