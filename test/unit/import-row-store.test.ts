import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { describe, it } from 'vitest';
import { RowStore } from '../../server/import/row-store.js';

const rowsIn = (store: RowStore) => store.toArray();
const spillDirs = () => readdirSync(os.tmpdir()).filter((n) => n.startsWith('chainatlas-import-'));

describe('import: rows kept in memory, then on disk', () => {
  it('keeps a small table in memory', async () => {
    const store = new RowStore(10);
    for (let i = 0; i < 10; i += 1) store.push({ row: i + 2, values: { id: `e${i}` } });
    assert.equal(store.spilled, false);
    assert.equal(store.length, 10);
    assert.deepEqual(
      (await rowsIn(store)).map((r) => r.row),
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
  });

  it('moves a larger table to a temporary file and reads it back in order, as often as asked', async () => {
    const before = new Set(spillDirs());
    const store = new RowStore(3);
    const values = { id: '京东方', tags: ['配套', '链主'], listed: true, capital: 12.5, founded: '1993-04-09' };
    for (let i = 0; i < 25_001; i += 1) store.push({ row: i + 2, values: { ...values, n: i } });
    assert.equal(store.spilled, true);
    assert.equal(store.length, 25_001);
    const created = spillDirs().filter((d) => !before.has(d));
    assert.equal(created.length, 1);
    for (let pass = 0; pass < 2; pass += 1) {
      const sizes: number[] = [];
      let expected = 0;
      for await (const chunk of store.chunks(10_000)) {
        sizes.push(chunk.length);
        for (const r of chunk) {
          assert.equal(r.row, expected + 2);
          assert.deepEqual(r.values, { ...values, n: expected });
          expected += 1;
        }
      }
      assert.deepEqual(sizes, [10_000, 10_000, 5_001]);
    }
    store.dispose();
    assert.equal(existsSync(`${os.tmpdir()}/${created[0]}`), false);
    assert.equal(store.length, 0);
    assert.deepEqual(await rowsIn(store), []);
  });

  it('sees rows pushed after a read', async () => {
    const store = new RowStore(1);
    store.push({ row: 2, values: {} });
    store.push({ row: 3, values: {} });
    assert.equal((await rowsIn(store)).length, 2);
    store.push({ row: 4, values: {} });
    assert.deepEqual(
      (await rowsIn(store)).map((r) => r.row),
      [2, 3, 4],
    );
    store.dispose();
  });
});
