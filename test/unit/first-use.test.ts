import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listSheets, type MapLists } from '../../client/src/export/lists.js';
import { breakUnits, wrapCell } from '../../client/src/export/pdf-tables.js';
import { layoutChain } from '../../client/src/graph/layout.js';
import { buildScene } from '../../client/src/graph/scene.js';
import { syntheticChain } from '../../client/src/graph/synthetic.js';

/** Every character one unit wide: a line of width w holds w characters. */
const measure = (text: string, size: number) => [...text].length * size;

const OPENING = /^[（(【「《“]$/;
const CLOSING = /^[）)】」》”，。、；：！？%]/;

describe('PDF table line breaking (Chinese line-breaking rules)', () => {
  it('never starts a line with a closing bracket: "…（一期）" keeps "）" with the text before it', () => {
    // 12 characters per line; the 13th character is "）", which must not start line 2
    const lines = wrapCell('偏光片贴附及裁切配套项（一期）', 12, 1, measure, 5);
    assert.deepEqual(lines, ['偏光片贴附及裁切配套项', '（一期）']);
    for (const l of lines) assert.doesNotMatch(l, CLOSING, `line starts with a closing mark: ${l}`);
  });

  it('never ends a line with an opening bracket: "（" moves to the next line with what it opens', () => {
    const lines = wrapCell('一二三四五六七八九（十）', 10, 1, measure, 5);
    assert.deepEqual(lines, ['一二三四五六七八九', '（十）']);
    for (const l of lines) assert.ok(!OPENING.test(l.slice(-1)), `line ends with an opening bracket: ${l}`);
  });

  it('keeps a number with its sign: "+1" and "+3" never split, "28.9%" stays whole', () => {
    // "环节归属已确认 +" fills 9 of 9; before, "1" went alone onto line 2
    assert.deepEqual(wrapCell('环节归属已确认 +1', 9, 1, measure, 5), ['环节归属已确认', '+1']);
    assert.deepEqual(breakUnits('规模 大型 +3'), ['规', '模', ' ', '大', '型', ' ', '+3']);
    assert.deepEqual(breakUnits('配套率28.9%。'), ['配', '套', '率', '28.9%。']);
    assert.deepEqual(breakUnits('(链主) +3'), ['(链', '主)', ' ', '+3']);
  });

  it('still cuts a unit wider than the whole column, and keeps every character in order', () => {
    const text = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const lines = wrapCell(text, 10, 1, measure, 5);
    assert.deepEqual(lines, ['ABCDEFGHIJ', 'KLMNOPQRST', 'UVWXYZ']);
    const mixed = '供应 青岛京东方光电科技有限公司 (链主) +3; 规模 大型 +3; 环节归属已确认 +1';
    const wrapped = wrapCell(mixed, 7, 1, measure, 40);
    assert.equal(wrapped.join('').replace(/\s/g, ''), mixed.replace(/\s/g, ''), 'nothing lost or reordered');
    for (const l of wrapped) {
      assert.ok(measure(l, 1) <= 7, `fits: ${l}`);
      assert.doesNotMatch(l, /^[)）;；]/, `no closing mark first: ${l}`);
      assert.doesNotMatch(l, /^\d/, `no digit cut from its sign: ${l}`);
    }
  });
});

describe('the lists in a printed report', () => {
  const lists: MapLists = {
    gaps: [{ segmentId: 'display-glass', segment: '玻璃基板', parent: '原材料', stage: '上游', status: '缺链', local: 0, filling: false }],
    targets: [{ segment: '玻璃基板', rank: 1, enterprise: '康宁显示科技有限公司', enterpriseId: 'corning', score: 8, breakdown: '规模 大型 +3', region: '北京市' }],
    projects: [{ project: '偏光片配套项目（示意）', stage: '在谈', enterprise: '苏州偏光', segment: '偏光片', investment: 5, signedOn: '', plannedOn: '', region: '青岛', confidential: true }],
  };

  it('names the first list for what it holds (missing and weak segments) in both languages', () => {
    assert.equal(listSheets(lists, 'zh')[0]!.name, '缺链与弱链清单');
    assert.equal(listSheets(lists, 'en')[0]!.name, 'Missing and weak segments');
  });

  it('shows names, not internal ids, when printed (ids: false); the spreadsheet keeps the ids for re-import', () => {
    const [gaps, targets] = listSheets(lists, 'zh', { neutralise: false, ids: false });
    assert.deepEqual(gaps!.columns.map((c) => c.header), ['环节', '上级环节', '阶段', '状态', '本地企业数', '补链中']);
    assert.deepEqual(gaps!.rows[0], ['玻璃基板', '原材料', '上游', '缺链', 0, '否']);
    assert.deepEqual(targets!.rows[0], ['玻璃基板', 1, '康宁显示科技有限公司', 8, '规模 大型 +3', '北京市']);
    const [gapsXlsx, targetsXlsx] = listSheets(lists, 'zh');
    assert.equal(gapsXlsx!.rows[0]![0], 'display-glass');
    assert.equal(targetsXlsx!.rows[0]![3], 'corning');
  });

  it('marks a confidential project 保密 in the project list', () => {
    const projects = listSheets(lists, 'zh')[2]!;
    assert.equal(projects.columns.at(-1)!.header, '保密');
    assert.equal(projects.rows[0]!.at(-1), '保密');
  });

  it('prints the totals line (强链 · 弱链 · 缺链 · 补链中 · 断链) under the title of page 1', () => {
    const chain = syntheticChain(6, 2);
    const layout = layoutChain(chain.segments, chain.flows, {});
    const summary = '强链 1 · 弱链 1 · 缺链 4 · 补链中 2 · 断链 2';
    const scene = buildScene(layout, chain.data, { mode: 'status', chainName: '新型显示', scopeName: '青岛经济技术开发区', strongAt: 3, dataDate: '2026-12-01', sources: [], summary });
    const texts = scene.items.filter((i) => i.t === 'text').map((i) => (i as { text: string }).text);
    assert.ok(texts.some((t) => t.includes('范围：青岛经济技术开发区') && t.includes(summary)), texts.slice(0, 4).join(' | '));
  });
});
