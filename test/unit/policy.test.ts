import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { allowedOperations, canSeeConfidential, POLICY } from '../../server/auth/policy.js';
import { ROLES } from '../../server/auth/roles.js';

describe('policy table: what each role may do', () => {
  it('lets an anonymous caller only sign in, sign out and ask who it is', () => {
    assert.deepEqual(allowedOperations(null), ['Mutation.signIn', 'Mutation.signOut', 'Query.me']);
  });

  it('holds the fields once registered beside their resolvers (neighbors, saveQuery, deleteSavedQuery)', () => {
    // These three were only reachable through import-time registration before.
    assert.equal(POLICY.Query.neighbors, 'viewer');
    assert.equal(POLICY.Mutation.saveQuery, 'analyst');
    assert.equal(POLICY.Mutation.deleteSavedQuery, 'analyst');
  });

  it('grows with the role: each role may do all the role below it may, and something more', () => {
    for (let i = 1; i < ROLES.length; i += 1) {
      const lower = allowedOperations({ role: ROLES[i - 1]! });
      const higher = new Set(allowedOperations({ role: ROLES[i]! }));
      assert.deepEqual(
        lower.filter((op) => !higher.has(op)),
        [],
        `${ROLES[i]} keeps what ${ROLES[i - 1]} may do`,
      );
      assert.ok(higher.size > lower.length, `${ROLES[i]} may do more than ${ROLES[i - 1]}`);
    }
  });

  it('draws the lines the README states: analysts the console and confidential projects, editors writes, admins users', () => {
    const viewer = allowedOperations({ role: 'viewer' });
    const analyst = allowedOperations({ role: 'analyst' });
    const editor = allowedOperations({ role: 'editor' });
    const admin = allowedOperations({ role: 'admin' });
    assert.deepEqual(
      analyst.filter((op) => !viewer.includes(op)),
      ['Data.confidentialProjects', 'Mutation.deleteSavedQuery', 'Mutation.saveQuery', 'Query.cypher', 'Query.exampleQueries', 'Query.savedQueries'],
    );
    assert.ok(!analyst.includes('Mutation.upsertEnterprise') && editor.includes('Mutation.upsertEnterprise'));
    assert.ok(editor.includes('Mutation.importWorkbook') && !editor.includes('Query.users'));
    assert.deepEqual(
      admin.filter((op) => !editor.includes(op)),
      ['Mutation.createUser', 'Mutation.removeUser', 'Mutation.setUserRole', 'Query.auditLog', 'Query.users'],
    );
    assert.equal(canSeeConfidential({ role: 'viewer' }), false);
    assert.equal(canSeeConfidential({ role: 'analyst' }), true);
  });
});
