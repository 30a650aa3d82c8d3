import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { timedOut, withDeadline } from '../../server/db/runner.js';
import { AppError, fromNeo4jError } from '../../server/errors.js';

describe('database errors', () => {
  it('maps Neo4j codes to API codes and keeps the Neo4j code and the query', () => {
    const timeout = fromNeo4jError(Object.assign(new Error('x'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' }), 'chains/get-chain');
    assert.equal(timeout.code, 'TIMEOUT');
    assert.equal(timeout.extensions.query, 'chains/get-chain');
    assert.equal(fromNeo4jError(Object.assign(new Error('x'), { code: 'ServiceUnavailable' }), 'q').code, 'DATABASE_UNAVAILABLE');
    assert.equal(fromNeo4jError(Object.assign(new Error('boom'), { code: 'Neo.DatabaseError.General.UnknownError' }), 'q').code, 'INTERNAL_SERVER_ERROR');
  });

  it('answers DATABASE_UNAVAILABLE (busy) when the connection pool is exhausted', () => {
    const error = fromNeo4jError(Object.assign(new Error('Connection acquisition timed out in 1800 ms. Pool status: Active conn count = 100, Idle conn count = 0.'), { code: 'N/A' }), 'q');
    assert.equal(error.code, 'DATABASE_UNAVAILABLE');
    assert.equal(error.extensions.reason, 'BUSY');
    assert.match(error.message, /busy/);
  });
});

describe('withDeadline', () => {
  it('passes a result that arrives in time', async () => {
    assert.equal(await withDeadline(Promise.resolve(7), Date.now() + 1000, 'q'), 7);
  });

  it('fails with TIMEOUT, naming the query, when the result does not arrive', async () => {
    const never = new Promise<number>(() => undefined);
    const started = Date.now();
    await assert.rejects(withDeadline(never, Date.now() + 50, 'network/get-supplier-network'), (error: AppError) => {
      assert.equal(error.code, 'TIMEOUT');
      assert.match(error.message, /network\/get-supplier-network/);
      return true;
    });
    assert.ok(Date.now() - started >= 45);
    assert.equal(timedOut('q').code, 'TIMEOUT');
  });

  it('passes the failure of the promise itself', async () => {
    await assert.rejects(withDeadline(Promise.reject(new Error('own')), Date.now() + 1000, 'q'), /own/);
  });
});
