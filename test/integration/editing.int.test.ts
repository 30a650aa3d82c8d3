import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { importWorkbook } from '../../server/import/index.js';
import { workbookSource } from '../fixtures/gap-fixture.js';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, statusFixture);
});
afterAll(() => stopAll(app, db));

const code = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => body.errors?.[0]?.extensions?.code;

describe('editing mutations', () => {
  it('creates and replaces an enterprise through the import validation', async () => {
    const created = await app.as('editor')<{ upsertEnterprise: unknown }>('mutation ($i: EnterpriseInput!) { upsertEnterprise(input: $i) { id name scale listed tags region { code } } }', {
      i: { id: 'e9', name: '新企业', regionCode: 'QDEDZ', scale: 'MEDIUM', listed: true, tags: ['面板', '配套'] },
    });
    assert.deepEqual(created.data, { upsertEnterprise: { id: 'e9', name: '新企业', scale: 'MEDIUM', listed: true, tags: ['面板', '配套'], region: { code: 'QDEDZ' } } });
    const replaced = await app.as('editor')<{ upsertEnterprise: unknown }>(
      'mutation { upsertEnterprise(input: { id: "e9", name: "新企业（更名）", regionCode: "110000" }) { name scale listed region { code } } }',
    );
    assert.deepEqual(replaced.data, { upsertEnterprise: { name: '新企业（更名）', scale: null, listed: null, region: { code: '110000' } } });
  });

  it('keeps the source and as-of date of an enterprise and a project when a form edit leaves them out', async () => {
    const loaded = await importWorkbook(
      db.runner,
      workbookSource({
        enterprises: [{ id: 'e-src', name: '有来源企业', region_code: 'QDEDZ', source: '某公司2023年年度报告', as_of: '2023-12-31' }],
        projects: [{ id: 'p-src', name: '有来源项目', region_code: 'QDEDZ', stage: 'LEAD', source: '青岛日报 2024-10-19', as_of: '2024-10-19' }],
      }),
    );
    assert.deepEqual(loaded.errors, []);
    const stored = async () =>
      (await db.runner.text<{ rows: string[] }>('t', "MATCH (n) WHERE n.id IN ['e-src', 'p-src'] WITH n ORDER BY n.id RETURN collect(n.id + ' ' + n.name + ' ' + n.source + ' ' + n.asOf) AS rows"))[0]!
        .rows;
    assert.deepEqual(await stored(), ['e-src 有来源企业 某公司2023年年度报告 2023-12-31', 'p-src 有来源项目 青岛日报 2024-10-19 2024-10-19']);
    const e = await app.as('editor')('mutation { upsertEnterprise(input: { id: "e-src", name: "有来源企业（更名）", regionCode: "QDEDZ" }) { id } }');
    const p = await app.as('editor')('mutation { upsertProject(input: { id: "p-src", name: "有来源项目（改）", regionCode: "QDEDZ", stage: NEGOTIATING }) { id } }');
    assert.deepEqual([e.errors, p.errors], [undefined, undefined]);
    // The names changed; the provenance the form does not show stayed.
    assert.deepEqual(await stored(), ['e-src 有来源企业（更名） 某公司2023年年度报告 2023-12-31', 'p-src 有来源项目（改） 青岛日报 2024-10-19 2024-10-19']);
  });

  it('rejects bad input with the import problems and writes nothing', async () => {
    const bad = await app.as('editor')('mutation { upsertEnterprise(input: { id: "e10", name: "坏企业", regionCode: "NOWHERE", uscc: "91370211MA3C2H4X4A" }) { id } }');
    assert.equal(code(bad), 'BAD_USER_INPUT');
    const issues = bad.errors![0]!.extensions!.issues as Array<{ column: string }>;
    assert.deepEqual(issues.map((i) => i.column).sort(), ['region_code', 'uscc']);
    const after = await app.graphql<{ enterprise: unknown }>('{ enterprise(id: "e10") { id } }');
    assert.deepEqual(after.data, { enterprise: null });
  });

  it('words the problems in the language the client shows (X-ChainAtlas-Lang), Chinese by default', async () => {
    const mutation = 'mutation { upsertEnterprise(input: { id: "e11", name: "日期错", regionCode: "QDEDZ", founded: "2020-13-45" }) { id } }';
    const zh = await app.as('editor')(mutation);
    const en = await app.as('editor')(mutation, {}, { 'x-chainatlas-lang': 'en' });
    const issue = (body: typeof zh) => (body.errors![0]!.extensions!.issues as Array<{ column: string; message: string }>)[0]!;
    assert.equal(issue(zh).column, 'founded');
    assert.equal(issue(en).column, 'founded');
    assert.match(issue(zh).message, /[\u4e00-\u9fff]/, issue(zh).message);
    assert.doesNotMatch(issue(en).message, /[\u4e00-\u9fff]/, issue(en).message);
  });

  it('adds and removes flows, placements and supplier links', async () => {
    const editor = app.as('editor');
    assert.deepEqual((await editor('mutation { addFlow(from: "up-b", to: "mid-a") }')).data, { addFlow: true });
    assert.equal(code(await editor('mutation { addFlow(from: "up-b", to: "up-b") }')), 'BAD_USER_INPUT');
    assert.equal(code(await editor('mutation { addFlow(from: "up-b", to: "nope") }')), 'NOT_FOUND');
    const flows = await app.graphql<{ panorama: { flows: Array<{ from: string; to: string }> } }>('{ panorama(chainId: "c1") { flows { from to } } }');
    assert.ok(flows.data!.panorama.flows.some((f) => f.from === 'up-b' && f.to === 'mid-a'));
    assert.deepEqual((await editor('mutation { removeFlow(from: "up-b", to: "mid-a") }')).data, { removeFlow: true });
    assert.deepEqual((await editor('mutation { removeFlow(from: "up-b", to: "mid-a") }')).data, { removeFlow: false });

    assert.deepEqual((await editor('mutation { setEnterpriseSegment(input: { enterpriseId: "e9", segmentId: "down", evidence: CONFIRMED, source: "公司官网" }) }')).data, {
      setEnterpriseSegment: true,
    });
    assert.deepEqual((await editor('mutation { setSupply(input: { supplierId: "e9", customerId: "e4", products: "玻璃" }) }')).data, { setSupply: true });
    assert.equal(code(await editor('mutation { setSupply(input: { supplierId: "e9", customerId: "e9" }) }')), 'BAD_USER_INPUT');
    assert.deepEqual((await editor('mutation { removeSupply(supplierId: "e9", customerId: "e4") }')).data, { removeSupply: true });
    assert.deepEqual((await editor('mutation { removeEnterpriseSegment(enterpriseId: "e9", segmentId: "down") }')).data, { removeEnterpriseSegment: true });
  });

  it('refuses to delete a segment that has sub-segments', async () => {
    assert.equal(code(await app.as('editor')('mutation { deleteSegment(id: "up") }')), 'CONFLICT');
    const made = await app.as('editor')<{ upsertSegment: unknown }>(
      'mutation { upsertSegment(input: { id: "up-d", chainId: "c1", name: "材料丁", stage: UPSTREAM, parentId: "up", order: 4 }) { id parentId depth } }',
    );
    assert.deepEqual(made.data, { upsertSegment: { id: 'up-d', parentId: 'up', depth: 1 } });
    assert.deepEqual((await app.as('editor')('mutation { deleteSegment(id: "up-d") }')).data, { deleteSegment: true });
  });

  it('creates a lead from a target once, moves it through the pipeline, and audits each write', async () => {
    const lead = await app.as('editor')<{ createProjectFromTarget: { id: string; name: string; stage: string; enterprise: { id: string }; segment: { id: string }; region: { code: string } } }>(
      'mutation { createProjectFromTarget(segmentId: "down", enterpriseId: "e3") { id name stage enterprise { id } segment { id } region { code } } }',
    );
    const project = lead.data!.createProjectFromTarget;
    assert.match(project.id, /^lead-\d{8}-[0-9a-f]{6}$/);
    assert.deepEqual({ ...project, id: 'x' }, { id: 'x', name: '丙集团 · 下游终端', stage: 'LEAD', enterprise: { id: 'e3' }, segment: { id: 'down' }, region: { code: 'QDEDZ' } });
    const again = await app.as('editor')('mutation { createProjectFromTarget(segmentId: "down", enterpriseId: "e3") { id } }');
    assert.equal(code(again), 'CONFLICT');

    const moved = await app.as('editor')<{ moveProject: { stage: string } }>('mutation ($id: ID!) { moveProject(id: $id, stage: NEGOTIATING) { stage } }', { id: project.id });
    assert.deepEqual(moved.data, { moveProject: { stage: 'NEGOTIATING' } });
    const status = await app.graphql<{ chainStatus: { segments: Array<{ segment: { id: string }; filling: boolean }> } }>('{ chainStatus(chainId: "c1") { segments { segment { id } filling } } }');
    assert.equal(status.data!.chainStatus.segments.find((s) => s.segment.id === 'down')!.filling, true);

    const audit = await app.graphql<{ auditLog: Array<{ user: string; action: string; target: string; detail: string }> }>('{ auditLog(user: "test-editor", limit: 3) { user action target detail } }');
    assert.deepEqual(
      audit.data!.auditLog.map((e) => `${e.action} ${e.target === project.id}`),
      ['moveProject true', 'createProjectFromTarget true', 'deleteSegment false'],
    );
    assert.deepEqual(JSON.parse(audit.data!.auditLog[0]!.detail), { from: 'LEAD', to: 'NEGOTIATING' });
  });

  it('imports an uploaded workbook: dry run first, then for real, all or nothing', async () => {
    const good = { enterprises: [{ id: 'e20', name: '上传企业', region_code: 'QDEDZ' }] };
    const bad = { enterprises: [{ id: 'e21', name: '', region_code: 'QDEDZ' }] };
    const run = (wb: unknown, dryRun: boolean) =>
      app.as('editor')<{
        importWorkbook: { ok: boolean; dryRun: boolean; errors: Array<{ table: string; row: number; column: string }>; counts: Array<{ table: string; rows: number; created: number }> };
      }>('mutation ($f: String!, $c: String!, $d: Boolean) { importWorkbook(filename: $f, contentBase64: $c, dryRun: $d) { ok dryRun errors { table row column } counts { table rows created } } }', {
        f: 'upload.json',
        c: Buffer.from(JSON.stringify(wb)).toString('base64'),
        d: dryRun,
      });
    const dry = await run(good, true);
    assert.deepEqual(dry.data!.importWorkbook.ok, true);
    assert.deepEqual((await app.graphql('{ enterprise(id: "e20") { id } }')).data, { enterprise: null });
    const rejected = await run(bad, false);
    assert.deepEqual(rejected.data!.importWorkbook.errors, [{ table: 'enterprises', row: 2, column: 'name' }]);
    const real = await run(good, false);
    assert.deepEqual(
      real.data!.importWorkbook.counts.find((c) => c.table === 'enterprises'),
      { table: 'enterprises', rows: 1, created: 1 },
    );
    assert.deepEqual((await app.graphql('{ enterprise(id: "e20") { id } }')).data, { enterprise: { id: 'e20' } });
    assert.equal(code(await app.as('viewer')('mutation { importWorkbook(filename: "x.json", contentBase64: "e30=") { ok } }')), 'FORBIDDEN');
  });
});
