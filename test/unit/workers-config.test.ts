// WORKERS (npm start -- --workers N): how many app processes share the port; checked at start.
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('WORKERS', () => {
  it('defaults to one process and takes a whole number from 1 to 32', () => {
    assert.equal(loadConfig({}).workers, 1);
    assert.equal(loadConfig({ WORKERS: '4' }).workers, 4);
    assert.equal(loadConfig({ WORKERS: '32' }).workers, 32);
  });

  it('refuses 0, 33, a fraction or a word, naming the variable', () => {
    for (const bad of ['0', '33', '1.5', 'two', '-2']) {
      assert.throws(
        () => loadConfig({ WORKERS: bad }),
        (error: unknown) => error instanceof ConfigError && error.problems.some((p) => p.startsWith(`WORKERS=${bad}: expected a whole number of app processes from 1 to 32`)),
        bad,
      );
    }
  });
});
