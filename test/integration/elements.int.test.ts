import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { getLandEfficiency, gradeOf } from '../../server/repositories/elements.js';
import { elementFixture } from '../fixtures/element-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, elementFixture);
});
afterAll(() => stopAll(app, db));

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

interface Match {
  elementMatch: {
    parks: Array<{ park: { id: string }; reasons: string[]; fits: boolean }>;
    parcels: Array<{ parcel: { id: string }; reasons: string[]; fits: boolean; tooSmall: boolean }>;
    funds: Array<{ fund: { id: string }; reasons: string[] }>;
    platforms: Array<{ platform: { id: string }; reasons: string[] }>;
  };
}
const MATCH = `query ($segmentId: ID!, $projectId: ID, $scope: ID) {
  elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {
    parks { park { id } reasons fits }
    parcels { parcel { id } reasons fits tooSmall }
    funds { fund { id } reasons }
    platforms { platform { id } reasons }
  }
}`;
const line = (id: string, m: { reasons: string[]; fits?: boolean; tooSmall?: boolean }) => `${id}${m.fits === false ? ' ✗' : ''}${m.tooSmall ? ' small' : ''}: ${m.reasons.join(' | ')}`;
const match = async (variables: Record<string, unknown>) => (await gql<Match>(MATCH, variables)).elementMatch;

describe('elementMatch (要素链 matching)', () => {
  it('orders parks own-segment first, then vacancy, then id, and checks the space need at its boundary', async () => {
    const m = await match({ segmentId: 'up-a', projectId: 'pj' });
    assert.deepEqual(
      m.parks.map((p) => line(p.park.id, p)),
      [
        'pk-own-big: 产业园区·材料甲 | 空置 2 万㎡ ≥ 需求 1.5 万㎡',
        'pk-both: 主题园区·材料甲 | 空置 1.8 万㎡ ≥ 需求 1.5 万㎡', // linked to up-a and up: the own link wins
        'pk-own: 主题园区·材料甲 | 空置 1.5 万㎡ ≥ 需求 1.5 万㎡', // vacant = need: fits
        'pk-own2: 主题园区·材料甲 | 空置 1.5 万㎡ ≥ 需求 1.5 万㎡', // same vacancy as pk-own: by id
        'pk-anc-big: 主题园区·上游材料（上级环节） | 空置 3.2 万㎡ ≥ 需求 1.5 万㎡', // most space, still after every own link
        'pk-anc-small ✗: 孵化器·上游材料（上级环节） | 空置 1.4999 万㎡ < 需求 1.5 万㎡', // one ㎡ short
        'pk-anc-null ✗: 园区·上游材料（上级环节） | 空置面积未知，需求 1.5 万㎡',
      ],
    ); // pk-far is in 北京, pk-other themes up-b, pk-none has no theme
  });

  it('orders parcels by area among those big enough, too small ones after, and checks intensity at its boundary', async () => {
    const m = await match({ segmentId: 'up-a', projectId: 'pj' });
    assert.deepEqual(
      m.parcels.map((p) => line(p.parcel.id, p)),
      [
        'pc-equal: 适宜环节·材料甲 | 面积 30 亩 ≥ 需求 30 亩 | 投资强度 500 万元/亩 ≥ 标准 500 | 亩均税收标准 30 万元/亩', // area = need, 1.5 亿 × 10000 / 30 = 500 = standard
        'pc-any: 未限定环节（覆盖所有环节） | 面积 40 亩 ≥ 需求 30 亩 | 投资强度 500 万元/亩 ≥ 标准 400', // no segment link: covers every segment
        'pc-tie: 适宜环节·材料甲 | 面积 40 亩 ≥ 需求 30 亩', // same area as pc-any: by id
        'pc-big ✗: 适宜环节·上游材料（上级环节） | 面积 45 亩 ≥ 需求 30 亩 | 投资强度 500 万元/亩 < 标准 501',
        'pc-tiny ✗ small: 未限定环节（覆盖所有环节） | 面积 10 亩 < 需求 30 亩',
        'pc-small ✗ small: 适宜环节·材料甲 | 面积 29.9 亩 < 需求 30 亩',
      ],
    ); // pc-reserved is not AVAILABLE, pc-other suits up-b, pc-far is in 北京
  });

  it('orders funds by size from any region and platforms by level, ties by id', async () => {
    const m = await match({ segmentId: 'up-a', projectId: 'pj' });
    assert.deepEqual(
      m.funds.map((f) => line(f.fund.id, f)),
      [
        'f-big: 引导基金·上游材料（上级环节） | 规模 100 亿元',
        'f-mid: 创投基金·材料甲 | 规模 50 亿元', // located in 北京: funds count from any region
        'f-tie: 产业基金·材料甲 | 规模 50 亿元',
      ],
    );
    assert.deepEqual(
      m.platforms.map((p) => line(p.platform.id, p)),
      [
        'pl-nat: 国家级工程技术研究中心·上游材料（上级环节）',
        'pl-prov: 省级重点实验室·材料甲',
        'pl-prov2: 省级中试基地·材料甲',
        'pl-city: 市级企业技术中心·材料甲',
        'pl-nolevel: 研究院·材料甲', // no level: after CITY
      ],
    ); // pl-far is NATIONAL but in 北京
  });

  it('without a project, or for a project that states no needs, everything fits and parcels go by area', async () => {
    for (const projectId of [null, 'pj-none']) {
      const m = await match({ segmentId: 'up-a', projectId });
      assert.deepEqual(
        m.parks.map((p) => line(p.park.id, p)),
        [
          'pk-own-big: 产业园区·材料甲 | 空置 2 万㎡',
          'pk-both: 主题园区·材料甲 | 空置 1.8 万㎡',
          'pk-own: 主题园区·材料甲 | 空置 1.5 万㎡',
          'pk-own2: 主题园区·材料甲 | 空置 1.5 万㎡',
          'pk-anc-big: 主题园区·上游材料（上级环节） | 空置 3.2 万㎡',
          'pk-anc-small: 孵化器·上游材料（上级环节） | 空置 1.4999 万㎡',
          'pk-anc-null: 园区·上游材料（上级环节）',
        ],
      );
      assert.deepEqual(
        m.parcels.map((p) => line(p.parcel.id, p)),
        [
          'pc-tiny: 未限定环节（覆盖所有环节） | 面积 10 亩',
          'pc-small: 适宜环节·材料甲 | 面积 29.9 亩',
          'pc-equal: 适宜环节·材料甲 | 面积 30 亩 | 投资强度标准 500 万元/亩 | 亩均税收标准 30 万元/亩',
          'pc-any: 未限定环节（覆盖所有环节） | 面积 40 亩 | 投资强度标准 400 万元/亩',
          'pc-tie: 适宜环节·材料甲 | 面积 40 亩',
          'pc-big: 适宜环节·上游材料（上级环节） | 面积 45 亩 | 投资强度标准 501 万元/亩',
        ],
      );
    }
  });

  it('a link to a sub-segment does not cover its parent; a parcel without segments covers any segment', async () => {
    const up = await match({ segmentId: 'up' });
    assert.deepEqual(
      up.parks.map((p) => p.park.id),
      ['pk-anc-big', 'pk-both', 'pk-anc-small', 'pk-anc-null'],
    ); // all linked to up itself
    assert.deepEqual(
      up.parcels.map((p) => p.parcel.id),
      ['pc-tiny', 'pc-any', 'pc-big'],
    );
    assert.deepEqual(
      up.funds.map((f) => f.fund.id),
      ['f-big'],
    );
    const midA = await match({ segmentId: 'mid-a' });
    assert.deepEqual([midA.parks, midA.funds, midA.platforms], [[], [], []]);
    assert.deepEqual(
      midA.parcels.map((p) => p.parcel.id),
      ['pc-tiny', 'pc-any'],
    );
  });

  it('a wider scope takes in the elements located there; unknown ids are NOT_FOUND', async () => {
    const cn = await match({ segmentId: 'up-a', scope: 'CN' });
    assert.deepEqual(
      cn.parks.slice(0, 2).map((p) => p.park.id),
      ['pk-far', 'pk-own-big'],
    ); // 北京 park, own link, 9 万㎡
    assert.equal(cn.platforms[0]!.platform.id, 'pl-far'); // NATIONAL, id pl-far < pl-nat
    for (const [variables, what] of [
      [{ segmentId: 'nope' }, 'segment'],
      [{ segmentId: 'up-a', projectId: 'nope' }, 'project'],
      [{ segmentId: 'up-a', scope: 'nope' }, 'region'],
    ] as const) {
      const body = await app.graphql(MATCH, variables);
      assert.equal(body.errors?.[0]?.extensions?.code, 'NOT_FOUND', what);
    }
  });
});

describe('elementLayer (the 要素 map layer)', () => {
  it('counts per segment in map order what covers it, with vacancy and available 亩 summed', async () => {
    const { elementLayer } = await gql<{
      elementLayer: Array<{
        segment: { id: string };
        parks: Array<{ id: string }>;
        vacantSqm: number;
        parcels: Array<{ id: string }>;
        availableMu: number;
        funds: Array<{ id: string }>;
        platforms: Array<{ id: string }>;
      }>;
    }>(`{ elementLayer(chainId: "c1") { segment { id } parks { id } vacantSqm parcels { id } availableMu funds { id } platforms { id } } }`);
    const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).join(',');
    assert.deepEqual(
      elementLayer.map((s) => `${s.segment.id} parks[${ids(s.parks)}] ${s.vacantSqm}㎡ parcels[${ids(s.parcels)}] ${s.availableMu}亩 funds[${ids(s.funds)}] platforms[${ids(s.platforms)}]`),
      [
        'up parks[pk-anc-big,pk-both,pk-anc-small,pk-anc-null] 64999㎡ parcels[pc-tiny,pc-any,pc-big] 95亩 funds[f-big] platforms[pl-nat]',
        'up-a parks[pk-own-big,pk-both,pk-own,pk-own2,pk-anc-big,pk-anc-small,pk-anc-null] 114999㎡ parcels[pc-tiny,pc-small,pc-equal,pc-any,pc-tie,pc-big] 194.9亩 funds[f-big,f-mid,f-tie] platforms[pl-nat,pl-prov,pl-prov2,pl-city,pl-nolevel]',
        'up-b parks[pk-other,pk-anc-big,pk-both,pk-anc-small,pk-anc-null] 104999㎡ parcels[pc-tiny,pc-other,pc-any,pc-big] 126亩 funds[f-other,f-big] platforms[pl-nat]',
        'mid parks[] 0㎡ parcels[pc-tiny,pc-any] 50亩 funds[] platforms[]', // only the parcels without segments
        'mid-a parks[] 0㎡ parcels[pc-tiny,pc-any] 50亩 funds[] platforms[]',
        'down parks[] 0㎡ parcels[pc-tiny,pc-any] 50亩 funds[] platforms[]',
      ],
    );
  });
});

describe('landEfficiency (亩均论英雄)', () => {
  const LAND = `query ($year: Int!, $chainId: ID, $parkId: ID, $scope: ID) {
    landEfficiency(year: $year, chainId: $chainId, parkId: $parkId, scope: $scope) { enterprise { id } taxPerMu outputPerMu grade rank }
  }`;
  type Land = { landEfficiency: Array<{ enterprise: { id: string }; taxPerMu: number; outputPerMu: number | null; grade: string; rank: number }> };
  const rows = async (variables: Record<string, unknown>) =>
    (await gql<Land>(LAND, variables)).landEfficiency.map((r) => `${r.rank} ${r.enterprise.id} ${r.taxPerMu} ${r.outputPerMu ?? '-'} ${r.grade}`);

  it('grades at the thresholds exactly (30 A, 15 B, 5 C) and ranks ties together', async () => {
    assert.deepEqual(await rows({ year: 2024 }), [
      '1 e1 30 100 A', // exactly 30: A
      '1 e8 30 500 A', // same 亩均税收 as e1: same rank, after it by id (亩均产值 plays no part)
      '3 e7 29.99 200 B', // just under 30
      '4 e3 15 50 B', // exactly 15: B
      '5 e2 14.99 - C', // no output figure
      '6 e4 5 10 C', // exactly 5: C
      '7 e5 4.99 10 D',
    ]); // e6 has 0 亩, e-far is in 北京
    assert.deepEqual(await rows({ year: 2023 }), ['1 e1 3 10 D']);
    assert.deepEqual((await gql<{ landEfficiencyYears: number[] }>('{ landEfficiencyYears }')).landEfficiencyYears, [2024, 2023]);
  });

  it('ranks within a chain and within a park', async () => {
    assert.deepEqual(await rows({ year: 2024, chainId: 'c1' }), ['1 e1 30 100 A', '2 e3 15 50 B', '3 e4 5 10 C']);
    assert.deepEqual(await rows({ year: 2024, parkId: 'pk-own' }), ['1 e3 15 50 B', '2 e4 5 10 C']);
    assert.deepEqual(await rows({ year: 2024, scope: 'CN' }).then((r) => r[0]), '1 e-far 900 10 A');
  });

  it('counts grades per chain and per park', async () => {
    const { landGradeDistribution } = await gql<{ landGradeDistribution: { chains: unknown[]; parks: unknown[]; thresholdA: number } }>(
      '{ landGradeDistribution(year: 2024) { chains { id name a b c d } parks { id name a b c d } thresholdA } }',
    );
    assert.deepEqual(landGradeDistribution, {
      chains: [{ id: 'c1', name: '测试链', a: 1, b: 1, c: 1, d: 0 }],
      parks: [
        { id: 'pk-other', name: '乙园', a: 1, b: 0, c: 0, d: 0 },
        { id: 'pk-own', name: '甲主题园', a: 0, b: 1, c: 1, d: 0 },
      ],
      thresholdA: 30,
    });
  });

  it('takes its thresholds from the deployment (MU_GRADE_THRESHOLDS)', async () => {
    const t = loadConfig({ MU_GRADE_THRESHOLDS: '40,20,10' }).landGrades;
    assert.deepEqual([gradeOf(40, t), gradeOf(39.99, t), gradeOf(20, t), gradeOf(10, t), gradeOf(9.99, t)], ['A', 'B', 'B', 'C', 'D']);
    assert.throws(() => loadConfig({ MU_GRADE_THRESHOLDS: '5,15,30' }), /MU_GRADE_THRESHOLDS=5,15,30: expected three decreasing numbers/);
    const graded = await getLandEfficiency(db.runner, { year: 2024, scope: 'QDEDZ', chainId: 'c1', parkId: null, thresholds: t });
    assert.deepEqual(
      graded.map((r) => r.grade),
      ['B', 'C', 'D'],
    ); // 30 → B, 15 → C, 5 → D
  });
});

describe('parks, park, parcels, funds, platforms and the editor mutations', () => {
  it('a park shows its themes, space, settled enterprises, projects and parcels', async () => {
    const { park } = await gql<{ park: unknown }>(
      '{ park(id: "pk-own") { id kind floorSpaceSqm vacantSqm region { code } themes { id } enterpriseCount enterprises { id } projects { id landNeedMu } parcels { id } } }',
    );
    assert.deepEqual(park, {
      id: 'pk-own',
      kind: 'THEME_PARK',
      floorSpaceSqm: 50000,
      vacantSqm: 15000,
      region: { code: 'QDEDZ' },
      themes: [{ id: 'up-a' }],
      enterpriseCount: 2,
      enterprises: [{ id: 'e3' }, { id: 'e4' }],
      projects: [{ id: 'pj', landNeedMu: 30 }],
      parcels: [{ id: 'pc-equal' }],
    });
    const { parks } = await gql<{ parks: Array<{ id: string }> }>('{ parks { id } }');
    assert.equal(parks.length, 9); // pk-far is in 北京
    const { parcels } = await gql<{ parcels: Array<{ id: string }> }>('{ parcels(filter: { status: AVAILABLE, segmentId: "up-a" }) { id segments { id } } }');
    assert.deepEqual(
      parcels.map((p) => p.id),
      ['pc-equal', 'pc-far', 'pc-small', 'pc-tie'],
    );
    const { funds } = await gql<{ funds: Array<{ id: string }> }>('{ funds { id } }');
    assert.deepEqual(
      funds.map((f) => f.id),
      ['f-none', 'f-other', 'f-big', 'f-mid', 'f-tie'],
    );
    const { platforms } = await gql<{ platforms: Array<{ id: string; host: { id: string } | null }> }>('{ platforms { id host { id } } }');
    assert.deepEqual(
      platforms.map((p) => `${p.id}:${p.host?.id ?? ''}`),
      ['pl-nat:e1', 'pl-prov:', 'pl-prov2:', 'pl-city:', 'pl-nolevel:'],
    );
  });

  it('editors write elements through the workbook validation, and it is audited', async () => {
    const editor = app.as('editor');
    const bad = await editor('mutation { upsertPark(input: { id: "pk-new", name: "新园", regionCode: "QDEDZ", floorSpaceSqm: 100, vacantSqm: 200 }) { id } }');
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(bad.errors![0]!.message, /vacant_sqm: 空置面积 200㎡ 大于建筑面积 100㎡/);
    const ok = await editor<{ upsertPark: { id: string; themes: Array<{ id: string }> } }>(
      'mutation { upsertPark(input: { id: "pk-own2", name: "甲主题二园", regionCode: "QDEDZ", vacantSqm: 16000, themeSegmentIds: ["mid-a"] }) { id themes { id } } }',
    );
    assert.deepEqual(ok.errors, undefined);
    assert.deepEqual(ok.data!.upsertPark.themes, [{ id: 'mid-a' }]); // the up-a theme the edit no longer names is gone
    const denied = await app.as('viewer')('mutation { deleteElement(kind: PARK, id: "pk-own2") }');
    assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const audit = await app.graphql<{ auditLog: Array<{ action: string; target: string }> }>('{ auditLog(limit: 5) { action target } }');
    assert.ok(
      audit.data!.auditLog.some((a) => a.action === 'upsertPark' && a.target === 'pk-own2'),
      JSON.stringify(audit),
    );
    // Put it back so the other tests of this file see the fixture.
    const back = await editor('mutation { upsertPark(input: { id: "pk-own2", name: "甲主题二园", regionCode: "QDEDZ", kind: THEME_PARK, vacantSqm: 15000, themeSegmentIds: ["up-a"] }) { id } }');
    assert.deepEqual(back.errors, undefined);
  });
});
