import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { allowedOperations } from '../../server/auth/policy.js';
import { ROLES } from '../../server/auth/roles.js';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, statusFixture);
});
afterAll(() => stopAll(app, db));

describe('me { allowedOperations }: the client asks the policy table, not the role', () => {
  for (const role of ROLES) {
    it(`serves ${role} exactly what the policy table allows it`, async () => {
      const body = await app.as(role)('query { me { role allowedOperations } }');
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const me = (body.data as { me: { role: string; allowedOperations: string[] } }).me;
      assert.equal(me.role, role);
      assert.deepEqual(me.allowedOperations, allowedOperations({ role }));
    });
  }

  it('marks the line that role ranks drew on the client: editors write, viewers do not', async () => {
    const ops = async (role: 'viewer' | 'editor') => ((await app.as(role)('query { me { allowedOperations } }')).data as { me: { allowedOperations: string[] } }).me.allowedOperations;
    assert.equal((await ops('viewer')).includes('Mutation.upsertEnterprise'), false);
    assert.equal((await ops('editor')).includes('Mutation.upsertEnterprise'), true);
    assert.equal((await ops('viewer')).includes('Data.confidentialProjects'), false);
  });
});
