import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEMO_DIR } from '../../server/demo.js';
import { importWorkbook } from '../../server/import/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

/** Search on the demo data as the home page asks it (limit 12), home zone QDEDZ. */
const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  await db.reset();
  const result = await importWorkbook(db.runner, DEMO_DIR.pathname, {});
  assert.deepEqual(result.errors, []);
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db.close();
});

const SEARCH = 'query ($query: String!) { search(query: $query, limit: 12) { kind id name match } }';
async function search(query: string): Promise<Array<{ kind: string; id: string; name: string; match: string }>> {
  const body = await app.as('viewer')<{ search: Array<{ kind: string; id: string; name: string; match: string }> }>(SEARCH, { query });
  assert.equal(body.errors, undefined, query);
  return body.data!.search;
}

describe('search on the demo data: the zone’s 链主 first, initials anywhere in the name', () => {
  it('jdf finds 青岛京东方光电科技有限公司 (initials qdjdfgdkjyxgs) first, then the other 京东方 companies', async () => {
    const hits = await search('jdf');
    // boe-qingdao: 链主 of the display chain and in QDEDZ, matched inside its initials;
    // boe (链主集团, Beijing) and boe-varitronix start with jdf; the plants elsewhere contain it.
    assert.deepEqual(hits[0], { kind: 'ENTERPRISE', id: 'boe-qingdao', name: '青岛京东方光电科技有限公司', match: 'CONTAINS' });
    const ids = hits.map((h) => h.id);
    assert.ok(ids.includes('boe') && ids.includes('boe-varitronix'), ids.join());
    assert.ok(hits.length >= 10, `only ${hits.length} hits: ${ids.join()}`);
    for (const hit of hits) assert.match(hit.name, /京东方/, hit.id);
  });

  it('full pinyin anywhere: jingdongfang finds the Qingdao plant first; qingdaojingdongfang finds it by prefix', async () => {
    assert.equal((await search('jingdongfang'))[0]!.id, 'boe-qingdao');
    assert.equal((await search('jingdongfang')).length >= 10, true);
    assert.deepEqual((await search('qingdaojingdongfang'))[0], { kind: 'ENTERPRISE', id: 'boe-qingdao', name: '青岛京东方光电科技有限公司', match: 'PREFIX' });
  });

  it('the Chinese text ranks the same way: 京东方 puts the zone’s 链主 first', async () => {
    const hits = await search('京东方');
    assert.equal(hits[0]!.id, 'boe-qingdao');
    assert.ok(hits.length >= 10);
  });
});
