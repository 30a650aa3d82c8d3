import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { readCsvTable } from '../support/seed-csv.js';

/**
 * Floors the demo workbook (seed/demo) must keep so that it stays a faithful picture of the zone:
 * read straight from the CSV files, no database needed.
 */
const DEMO = 'seed/demo';
const FIVE = ['appliance', 'marine', 'nev', 'materials', 'chemicals'];
const segments = readCsvTable(DEMO, 'segments');
const enterprises = readCsvTable(DEMO, 'enterprises');
const placements = readCsvTable(DEMO, 'enterprise_segments');
const supplies = readCsvTable(DEMO, 'supplies');
const projects = readCsvTable(DEMO, 'projects');
const parks = readCsvTable(DEMO, 'parks');
const masters = readCsvTable(DEMO, 'chain_masters');
const regions = new Set(readCsvTable(DEMO, 'regions').map((r) => r.code));
const chainOf = new Map(segments.map((s) => [s.id!, s.chain_id!]));
const byId = new Map(enterprises.map((e) => [e.id!, e]));
/** An invented firm: named 【示意】… (and tagged 示意企业). */
const illustrative = (id: string) => (byId.get(id)?.name ?? '').includes('【示意】');

/**
 * A source says what it is and, for anything short of a dated item, whose: a bare generic word
 * ("公司年报", "官网", "新闻", "公开报道", "招股说明书"…) is rejected; so is a source left empty. What remains
 * after removing the generic words must name something (≥ 2 characters) or carry a year.
 */
const GENERIC = /公司年报|年度报告|年报|公司官网|官网|官方网站|网站|新闻|报道|公开资料|公开|资料|招股说明书|公告|公司|业务介绍|[\s（）()《》·:：;；,，、/-]/g;
function sourceProblem(source: string | undefined, evidence: string | undefined): string | null {
  const s = (source ?? '').trim();
  if (!s) return 'empty';
  if (s.startsWith('示意')) return evidence === 'CONFIRMED' ? 'an illustrative source on a CONFIRMED row' : null;
  if (/(19|20)\d{2}/.test(s)) return null;
  return s.replace(GENERIC, '').length >= 2 ? null : `bare source "${s}"`;
}

describe('seed/demo floors', () => {
  it('the source rule rejects bare words and keeps named, dated ones (the rule itself)', () => {
    for (const bare of ['公司年报', '官网', '新闻', '公开报道', '招股说明书', '公司官网', '']) assert.notEqual(sourceProblem(bare, 'CONFIRMED'), null, bare);
    for (const named of ['京东方科技集团股份有限公司2023年年度报告', '三利谱招股说明书', '新华社 2017-12-14', 'LEDinside 2024-12 报道']) assert.equal(sourceProblem(named, 'CONFIRMED'), null, named);
    assert.equal(sourceProblem('示意：行业常见配套', 'INFERRED'), null);
    assert.notEqual(sourceProblem('示意：行业常见配套', 'CONFIRMED'), null);
  });

  for (const chain of FIVE) {
    it(`${chain}: at least 30 segments, three levels deep, and flows between them`, () => {
      const own = segments.filter((s) => s.chain_id === chain);
      assert.ok(own.length >= 30, `${chain} has ${own.length} segments`);
      const parent = new Map(own.map((s) => [s.id!, s.parent_id ?? '']));
      const depth = (id: string): number => (parent.get(id) ? 1 + depth(parent.get(id)!) : 1);
      assert.equal(Math.max(...own.map((s) => depth(s.id!))), 3, `${chain} is three levels deep`);
      const flows = readCsvTable(DEMO, 'flows').filter((f) => chainOf.get(f.from_segment_id!) === chain);
      assert.ok(flows.length >= 20, `${chain} has ${flows.length} flows`);
    });

    it(`${chain}: at least 40 real (not 【示意】) enterprises placed`, () => {
      const real = new Set(placements.filter((p) => chainOf.get(p.segment_id!) === chain && !illustrative(p.enterprise_id!)).map((p) => p.enterprise_id));
      assert.ok(real.size >= 40, `${chain} places ${real.size} real enterprises`);
    });
  }

  it('every placement and supply link has an evidence level and a source that is not a bare word', () => {
    const problems = [
      ...placements.map((p, i) => [`enterprise_segments row ${i + 2}`, p.evidence, sourceProblem(p.source, p.evidence)] as const),
      ...supplies.map((s, i) => [`supplies row ${i + 2}`, s.evidence, sourceProblem(s.source, s.evidence)] as const),
    ]
      .filter(([, evidence, problem]) => !evidence || problem)
      .map(([where, evidence, problem]) => `${where}: ${evidence ? problem : 'no evidence'}`);
    assert.deepEqual(problems, []);
  });

  it('every enterprise, project and park has a region, a non-bare source and an as-of date', () => {
    const problems: string[] = [];
    for (const [table, rows] of [
      ['enterprises', enterprises],
      ['projects', projects],
      ['parks', parks],
    ] as const) {
      rows.forEach((r, i) => {
        if (!regions.has(r.region_code ?? '')) problems.push(`${table} row ${i + 2}: region "${r.region_code}"`);
        const problem = sourceProblem(r.source, 'CONFIRMED') && !(r.source ?? '').startsWith('示意') ? sourceProblem(r.source, 'CONFIRMED') : null;
        if (problem) problems.push(`${table} row ${i + 2}: ${problem}`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(r.as_of ?? '')) problems.push(`${table} row ${i + 2}: as_of "${r.as_of}"`);
      });
    }
    assert.deepEqual(problems, []);
  });

  it('invented firms are marked 【示意】 and placed only as INFERRED', () => {
    const wrong = placements.filter((p) => illustrative(p.enterprise_id!) && p.evidence !== 'INFERRED').map((p) => `${p.enterprise_id}→${p.segment_id}`);
    assert.deepEqual(wrong, []);
    const unmarked = enterprises.filter((e) => (e.tags ?? '').split(';').includes('示意企业') && !e.name!.includes('【示意】')).map((e) => e.id);
    assert.deepEqual(unmarked, []);
  });

  it('every 链主 is placed in its own chain, and each of the six chains has one', () => {
    const unplaced = masters.filter((m) => !placements.some((p) => p.enterprise_id === m.enterprise_id && chainOf.get(p.segment_id!) === m.chain_id));
    assert.deepEqual(
      unplaced.map((m) => `${m.enterprise_id}/${m.chain_id}`),
      [],
    );
    assert.deepEqual([...new Set(masters.map((m) => m.chain_id))].sort(), ['appliance', 'chemicals', 'display', 'marine', 'materials', 'nev']);
  });

  it('the review findings stay fixed', () => {
    // 新核芯: its public location (西海岸新区) and business do not put it in the zone's driver-IC packaging.
    assert.equal(byId.get('newcore')?.region_code, '370211');
    assert.equal(
      placements.some((p) => p.enterprise_id === 'newcore' && p.segment_id === 'display-ic-packaging'),
      false,
    );
    // MOCVD is LED epitaxy equipment, not panel deposition/etch.
    assert.deepEqual(
      placements.filter((p) => p.enterprise_id === 'amec').map((p) => p.segment_id),
      ['display-mocvd-equipment'],
    );
    // Technically doubtful links are gone.
    assert.equal(
      supplies.some((s) => s.supplier_id === 'wartsila' && s.customer_id === 'hudong'),
      false,
    );
    assert.equal(
      supplies.some((s) => s.supplier_id === 'cnooc' && s.customer_id === 'sinopec-qd-lng'),
      false,
    );
    // 万达光电's Qingdao base is a project of 福建万达, not an enterprise.
    assert.equal(byId.has('wanda-qingdao'), false);
    assert.equal(projects.find((p) => p.id === 'proj-wanda-base')?.enterprise_id, 'fujian-wanda');
    // The display tree has the panel and module process steps.
    for (const id of ['display-array', 'display-cf', 'display-cell', 'display-oled-encapsulation', 'display-oca-acf', 'display-qd-film']) assert.equal(chainOf.get(id), 'display', id);
  });
});
