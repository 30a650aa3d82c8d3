import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { buildSchema } from 'graphql';
import { isStrongAt, PANORAMA_PER_SEGMENT, STRONG_AT } from '../../shared/defaults.js';
import { loadTypeDefs } from '../../server/graphql/schema.js';

const schema = buildSchema(loadTypeDefs());
const arg = (field: string, name: string) => {
  const fields = schema.getQueryType()!.getFields();
  return fields[field]!.args.find((a) => a.name === name)!;
};

describe('shared defaults: one value for the schema, the server and the client', () => {
  it("is the schema's default for panorama(perSegment:), which the map and the cache warmer use", () => {
    assert.equal(arg('panorama', 'perSegment').defaultValue, PANORAMA_PER_SEGMENT);
    assert.equal(PANORAMA_PER_SEGMENT, 12); // twelve representatives per segment card
  });

  it("is the schema's default for chainStatus(strongAt:)", () => {
    assert.equal(arg('chainStatus', 'strongAt').defaultValue, STRONG_AT.default);
  });

  it('accepts strongAt from 1 to 1000 whole, as docs/rules.md states, and nothing else', () => {
    for (const ok of [1, 3, 99, 100, 1000]) assert.equal(isStrongAt(ok), true, String(ok));
    for (const bad of [0, -1, 1001, 2.5, Number.NaN]) assert.equal(isStrongAt(bad), false, String(bad));
  });
});
