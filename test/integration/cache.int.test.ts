import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createDriver } from '../../server/db/driver.js';
import { QueryRunner } from '../../server/db/runner.js';
import { importWorkbook } from '../../server/import/index.js';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

before(async () => {
  app = await startAppWith(db, statusFixture);
});
after(() => stopAll(app, db));

const STATUS = `query { chainStatus(chainId: "c1") { segments { segment { id } localCount status } } }`;
const SET = `mutation ($input: EnterpriseSegmentInput!) { setEnterpriseSegment(input: $input) }`;
const REMOVE = `mutation { removeEnterpriseSegment(enterpriseId: "e1", segmentId: "up-c") }`;

async function upC(): Promise<{ localCount: number; status: string }> {
  const body = await app.graphql<{ chainStatus: { segments: Array<{ segment: { id: string }; localCount: number; status: string }> } }>(STATUS);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  const row = body.data!.chainStatus.segments.find((s) => s.segment.id === 'up-c');
  assert.ok(row);
  return { localCount: row.localCount, status: row.status };
}

describe('result cache keyed by the data version', () => {
  it('answers a repeated question from the cache', async () => {
    const first = await upC();
    const before = app.app.services.cache.stats();
    assert.deepEqual(await upC(), first);
    const afterStats = app.app.services.cache.stats();
    assert.equal(afterStats.hits, before.hits + 1);
    assert.equal(afterStats.misses, before.misses);
  });

  it('serves the new data right after an edit through the API', async () => {
    assert.deepEqual(await upC(), { localCount: 0, status: 'MISSING' });
    const set = await app.graphql(SET, { input: { enterpriseId: 'e1', segmentId: 'up-c' } });
    assert.equal(set.errors, undefined, JSON.stringify(set.errors));
    assert.deepEqual(await upC(), { localCount: 1, status: 'WEAK' });
    const removed = await app.graphql(REMOVE);
    assert.equal(removed.errors, undefined, JSON.stringify(removed.errors));
    assert.deepEqual(await upC(), { localCount: 0, status: 'MISSING' });
  });

  it('serves the new data after an import by another process (a separate driver)', async () => {
    assert.deepEqual(await upC(), { localCount: 0, status: 'MISSING' });
    const driver = createDriver({ uri: process.env.TEST_NEO4J_URI!, user: process.env.TEST_NEO4J_USER!, password: process.env.TEST_NEO4J_PASSWORD! });
    try {
      const other = new QueryRunner(driver);
      const data = Buffer.from(JSON.stringify({ enterprise_segments: [{ enterprise_id: 'e2', segment_id: 'up-c' }, { enterprise_id: 'e4', segment_id: 'up-c' }] }));
      const result = await importWorkbook(other, { filename: 'other.json', data });
      assert.equal(result.ok, true, JSON.stringify(result.errors));
    } finally {
      await driver.close();
    }
    // e2 is in 黄岛 (outside the zone), e4 in the zone: one local producer.
    assert.deepEqual(await upC(), { localCount: 1, status: 'WEAK' });
  });

  it('a rolled-back import (a dry run) leaves the version, and the cache, as they were', async () => {
    const before = await upC();
    const versionBefore = await db.runner.read<{ version: string | null }>('admin/get-data-version');
    const data = Buffer.from(JSON.stringify({ enterprise_segments: [{ enterprise_id: 'e6', segment_id: 'up-c' }] }));
    const result = await importWorkbook(db.runner, { filename: 'dry.json', data }, { dryRun: true });
    assert.equal(result.ok, true);
    assert.deepEqual(await db.runner.read('admin/get-data-version'), versionBefore);
    assert.notEqual(versionBefore[0]?.version ?? null, null);
    assert.deepEqual(await upC(), before);
  });
});
