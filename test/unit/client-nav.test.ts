import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { selectedNavKeys } from '../../client/src/nav.js';

const KEYS = ['home', 'pipeline', 'console', 'explore', 'api', 'import', 'admin'];

describe('top menu: the selected item', () => {
  it('highlights 首页 on the home page only', () => {
    assert.deepEqual(selectedNavKeys('/', KEYS), ['home']);
  });

  it('highlights nothing on a chain map, an enterprise page or its network (no menu item is theirs)', () => {
    for (const path of ['/chains/display', '/chains/display?view=status', '/enterprises/boe-qingdao', '/enterprises/boe-qingdao/network', '/nowhere']) {
      assert.deepEqual(selectedNavKeys(path, KEYS), [], path);
    }
  });

  it('highlights a section’s own item, and none the user is not offered', () => {
    assert.deepEqual(selectedNavKeys('/console', KEYS), ['console']);
    assert.deepEqual(selectedNavKeys('/explore', KEYS), ['explore']);
    assert.deepEqual(selectedNavKeys('/admin', ['home', 'explore']), []);
  });
});
