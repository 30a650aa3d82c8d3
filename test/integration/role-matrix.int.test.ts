import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { POLICY, type Access } from '../../server/auth/policy.js';
import { atLeast, ROLES, type Role } from '../../server/auth/roles.js';
import { loadTypeDefs } from '../../server/graphql/schema.js';
import { statusFixture } from '../fixtures/status-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

const db = testDatabase();
let app: TestApp;
const schema = buildSchema(loadTypeDefs());

beforeAll(async () => {
  app = await startAppWith(db, statusFixture);
});
afterAll(() => stopAll(app, db));

/** A value of the right type for an argument, so GraphQL validation passes and the policy decides. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) return ({ Int: 1, Float: 1, Boolean: false, JSON: {} } as Record<string, unknown>)[type.name] ?? 'role-matrix';
  return null;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const vars = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    text: `${kind}${vars ? ` (${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
  };
}

async function fingerprint() {
  return db.runner.read('admin/get-fingerprint');
}

const roots = [
  ['query', schema.getQueryType()!, POLICY.Query],
  ['mutation', schema.getMutationType()!, POLICY.Mutation],
] as const;

describe('role matrix: every query and mutation with every role and no session', () => {
  it('has a policy for every root field and a field for every policy', () => {
    for (const [, type, policy] of roots) {
      assert.deepEqual(Object.keys(type.getFields()).sort(), Object.keys(policy).sort());
    }
  });

  for (const who of ['anonymous', ...ROLES] as const) {
    it(`refuses ${who} exactly the fields above its role, and changes nothing when refusing`, async () => {
      const refused: string[] = [];
      const before = await fingerprint();
      for (const [kind, type, policy] of roots) {
        for (const field of Object.values(type.getFields())) {
          const access: Access = policy[field.name]!;
          const allowed = access === 'public' || (who !== 'anonymous' && atLeast(who as Role, access));
          if (allowed) continue;
          const op = operation(kind, field);
          const body = await app.as(who)(op.text, op.variables);
          const code = body.errors?.[0]?.extensions?.code;
          assert.equal(code, who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', `${who} ${kind} ${field.name}: ${JSON.stringify(body)}`);
          refused.push(field.name);
        }
      }
      assert.deepEqual(await fingerprint(), before);
      if (who === 'admin') assert.deepEqual(refused, []);
      else assert.ok(refused.length > 0);
    });
  }

  it('lets each role through to every field its role allows (never FORBIDDEN/UNAUTHENTICATED)', async () => {
    const denied: string[] = [];
    for (const who of ROLES) {
      for (const [kind, type, policy] of roots) {
        for (const field of Object.values(type.getFields())) {
          const access = policy[field.name]!;
          if (access !== 'public' && !atLeast(who, access)) continue;
          if (['signOut', 'removeUser', 'setUserRole', 'revokeApiToken', 'deleteEnterprise', 'deleteSegment', 'deleteProject'].includes(field.name)) continue;
          const op = operation(kind, field);
          const body = await app.as(who)(op.text, op.variables);
          const code = String(body.errors?.[0]?.extensions?.code ?? '');
          if (['FORBIDDEN', 'UNAUTHENTICATED'].includes(code) && field.name !== 'signIn') denied.push(`${who}:${field.name}:${body.errors?.[0]?.message}`);
        }
      }
    }
    assert.deepEqual(denied, []);
  });
});
