// WORKERS (npm start -- --workers N): how many app processes share the port; DATA_VERSION_POLL_MS: how
// often each reads the data version in the background. Both checked at start.
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

describe('DATA_VERSION_POLL_MS', () => {
  it('defaults to 250 ms and takes a whole number from 50 to 600000', () => {
    assert.equal(loadConfig({}).versionPollMs, 250);
    assert.equal(loadConfig({ DATA_VERSION_POLL_MS: '50' }).versionPollMs, 50);
    assert.equal(loadConfig({ DATA_VERSION_POLL_MS: '600000' }).versionPollMs, 600_000);
  });

  it('refuses 49, 600001, a fraction or a word, naming the variable', () => {
    for (const bad of ['49', '600001', '2.5', 'fast', '']) {
      assert.throws(
        () => loadConfig({ DATA_VERSION_POLL_MS: bad }),
        (error: unknown) => error instanceof ConfigError && error.problems.some((p) => p.startsWith(`DATA_VERSION_POLL_MS=${bad}: expected a whole number of milliseconds from 50 to 600000`)),
        bad,
      );
    }
  });
});
