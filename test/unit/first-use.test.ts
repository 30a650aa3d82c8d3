import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { fileName } from '../../client/src/export/download.js';
import { listSheets, type MapLists } from '../../client/src/export/lists.js';
import { breakUnits, wrapCell } from '../../client/src/export/pdf-tables.js';
import { layoutChain } from '../../client/src/graph/layout.js';
import { networkElements } from '../../client/src/graph/network.js';
import { buildScene } from '../../client/src/graph/scene.js';
import { syntheticChain } from '../../client/src/graph/synthetic.js';
import { enumWord } from '../../client/src/console/enum-words.js';
import { en } from '../../client/src/i18n/en.js';
import { translate } from '../../client/src/i18n/index.js';
import { zh } from '../../client/src/i18n/zh.js';
import { checkStatically } from '../../server/console/static-check.js';
import { localiseMessage } from '../../server/graphql/localise-errors.js';

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
    assert.deepEqual(
      gaps!.columns.map((c) => c.header),
      ['环节', '上级环节', '阶段', '状态', '本地企业数', '补链中'],
    );
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
    assert.ok(
      texts.some((t) => t.includes('范围：青岛经济技术开发区') && t.includes(summary)),
      texts.slice(0, 4).join(' | '),
    );
  });
});

describe('no English reachable from the Chinese UI (and no Chinese in the English one)', () => {
  /** Words that stay as they are in Chinese text: product, format and Cypher names. */
  const KEEP = new Set([
    'ChainAtlas',
    'API',
    'SVG',
    'PNG',
    'PDF',
    'CSV',
    'Excel',
    'XLSX',
    'JSON',
    'xlsx',
    'json',
    'csv',
    'dpi',
    'Cypher',
    'English',
    'Esc',
    'Neo4j',
    'GraphQL',
    'HHI',
    'CREATE',
    'MERGE',
    'DELETE',
    'SET',
    'REMOVE',
    'LOAD',
    'USE',
    'CALL',
    'APOC',
    'DBMS',
    'EXPLAIN',
    'PROFILE',
    'SHOW',
    'CYPHER',
    'TRANSACTIONS',
    'signIn',
    'boe',
    'qingdao',
    'display',
    'glass',
    'coating',
  ]);
  const englishWords = (text: string) => (text.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z0-9]{2,}/g) ?? []).filter((w) => !KEEP.has(w));

  it('every Chinese UI message is Chinese, every English one has no Chinese', () => {
    for (const [key, value] of Object.entries(zh)) assert.deepEqual(englishWords(value), [], `zh ${key}: ${value}`);
    for (const [key, value] of Object.entries(en)) if (key !== 'lang.switch') assert.doesNotMatch(value, /[\u3400-\u9fff]/, `en ${key}: ${value}`);
  });

  it('says in Chinese what the server refuses: sign-in, a second lead, roles, not found, the outage', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['wrong user name or password', {}, '用户名或密码不正确。'],
      ['too many failed sign-ins; try again in 30 s', { retryAfterSeconds: 30 }, '登录失败次数过多，请 30 秒后再试。'],
      [
        '苏州偏光材料有限公司 is already in the pipeline for 偏光片: project lead-20261201-abcdef (LEAD)',
        { projectId: 'lead-20261201-abcdef', projectName: '苏州偏光材料有限公司 · 偏光片', stage: 'LEAD', enterpriseName: '苏州偏光材料有限公司', segmentName: '偏光片' },
        '苏州偏光材料有限公司 已在“偏光片”环节的项目库中：项目“苏州偏光材料有限公司 · 偏光片”（线索）。',
      ],
      ['Query.cypher needs the analyst role (you are viewer)', {}, 'Query.cypher 需要“分析员”角色（您是“查看者”）。'],
      ['Enterprise nope not found', { what: 'Enterprise', id: 'nope' }, '找不到企业 nope。'],
      ['The graph database is not reachable right now; try again shortly.', {}, '暂时无法连接图数据库，请稍后再试。'],
    ];
    for (const [message, ext, expected] of cases) assert.equal(localiseMessage(message, ext, 'zh'), expected);
    for (const [message, ext] of cases) assert.equal(localiseMessage(message, ext, 'en'), message, 'English stays as written');
  });

  it('refuses console queries in Chinese, naming where, for every static refusal', () => {
    const queries = [
      'CREATE (n) RETURN n',
      'LOAD CSV FROM "file:///x" AS r RETURN r',
      'CALL apoc.help("x")',
      'CALL dbms.components()',
      'EXPLAIN MATCH (n) RETURN n',
      'MATCH (n) RETURN n; MATCH (m) RETURN m',
      'USE neo4j MATCH (n) RETURN n',
      '   ',
    ];
    const seen = new Set<string>();
    for (const query of queries) {
      const refusal = ((): { message: string; extensions: Record<string, unknown> } | null => {
        try {
          checkStatically(query);
          return null;
        } catch (error) {
          return error as { message: string; extensions: Record<string, unknown> };
        }
      })();
      assert.ok(refusal, `refused: ${query}`);
      seen.add(String(refusal.extensions.reason));
      const zhText = localiseMessage(refusal.message, refusal.extensions, 'zh');
      assert.deepEqual(englishWords(zhText.replace(/：.*$/, '')), [], `${query} → ${zhText}`);
    }
    assert.equal(
      localiseMessage(
        'CREATE at line 1, column 1 writes to the database; the console only reads. (To use CREATE as a name, put it in backticks.)',
        { reason: 'write-clause', layer: 'static', line: 1, column: 1, keyword: 'CREATE' },
        'zh',
      ),
      '第 1 行第 1 列的 CREATE 会写入数据库；查询控制台只读。（若要把 CREATE 用作名称，请加反引号。）',
    );
    assert.ok(seen.size >= 7, [...seen].join(', '));
  });
});

describe('English plurals and export file names', () => {
  it('says "1 active project" and "2 active projects"', () => {
    assert.equal(translate('en', 'home.activeProjects', { count: 1 }), '1 active project');
    assert.equal(translate('en', 'home.activeProjects', { count: 2 }), '2 active projects');
    assert.equal(translate('en', 'map.panoramaSummary', { segments: 1, enterprises: 0 }), '1 segment · 0 enterprises');
    assert.equal(translate('zh', 'home.activeProjects', { count: 1 }), '在推项目 1 个');
  });

  it('names files without a "_" where the title had a space before Chinese', () => {
    assert.equal(fileName('青岛京东方光电科技有限公司 的供应网络', '青岛经济技术开发区', '2026-12-01'), '青岛京东方光电科技有限公司的供应网络-青岛经济技术开发区-2026-12-01');
    assert.equal(fileName('New display', 'Status map', '2026-12-01'), 'New_display-Status_map-2026-12-01');
  });
});

describe('supplier network group titles', () => {
  it('keeps the whole group header as the element title where the box shortens its label', () => {
    const nodes = [
      { id: 'x', name: '核心企业', tier: 0, local: true, group: null },
      { id: 'a', name: '供应商甲', tier: 1, local: false, group: { id: 'ddic', name: '显示驱动芯片DDIC及时序控制芯片TCON' } },
    ];
    const groups = networkElements(nodes, [{ from: 'a', to: 'x', evidence: null }]).filter((e) => e.data.kind === 'group');
    assert.equal(groups.length, 1);
    const data = groups[0]!.data as { label: string; title: string };
    assert.match(data.label, /…/, `the label is shortened: ${data.label}`);
    assert.equal(data.title, '显示驱动芯片DDIC及时序控制芯片TCON 0/1');
  });
});

describe('enum values in console results', () => {
  it('shows INFERRED, SMALL and NEGOTIATING in the UI language, other text as it is', () => {
    assert.deepEqual(
      ['INFERRED', 'SMALL', 'NEGOTIATING', 'UPSTREAM', 'QDEDZ', '青岛', 'boe-qd'].map((v) => enumWord('zh', v)),
      ['推断', '小型', '在谈', '上游', 'QDEDZ', '青岛', 'boe-qd'],
    );
    assert.equal(enumWord('en', 'INFERRED'), translate('en', 'evidence.INFERRED'));
  });
});
