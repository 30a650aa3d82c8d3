import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { en } from '../../client/src/i18n/en.js';
import { localName, translate } from '../../client/src/i18n/index.js';
import { zh } from '../../client/src/i18n/zh.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the i18n dictionaries', () => {
  it('have the same keys and the same placeholders in Chinese and English', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh)) assert.deepEqual(placeholders(en[key as keyof typeof zh]), placeholders(text), key);
  });

  it('writes every Chinese message with Chinese characters or punctuation, and none empty', () => {
    const latinOnly = new Set(['app.title', 'lang.switch', 'map.title', 'explore.more']); // only placeholders and signs around words filled in Chinese
    for (const [key, text] of Object.entries(zh)) {
      assert.ok(text.length > 0, key);
      if (!latinOnly.has(key) && key !== 'status.brokenShort') assert.match(text, /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u, key);
    }
    for (const [key, text] of Object.entries(en)) assert.ok(text.length > 0, key);
  });

  it('fills placeholders and falls back to the Chinese name', () => {
    assert.equal(translate('zh', 'panel.ruleMissing', { local: 0, strongAt: 3 }), '缺链：本地企业 0 家；强链阈值 3');
    assert.equal(translate('en', 'panel.ruleMissing', { local: 0, strongAt: 3 }), 'Missing: 0 local enterprises; strong at 3');
    assert.equal(localName('en', { name: '面板', nameEn: null }), '面板');
    assert.equal(localName('en', { name: '面板', nameEn: 'Panel' }), 'Panel');
    assert.equal(localName('zh', { name: '面板', nameEn: 'Panel' }), '面板');
  });
});
