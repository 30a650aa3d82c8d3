import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { escapeLucene, fullTextPhrase, matchScore, pinyinKey, rankHits, type SearchRow } from '../../server/repositories/search.js';

describe('escapeLucene', () => {
  it('escapes every Lucene special character and leaves the rest alone', () => {
    assert.equal(escapeLucene('京东方'), '京东方');
    assert.equal(escapeLucene('a+b-c!d(e)f:g^h[i]j"k{l}m~n*o?p|q&r/s\\t'), 'a\\+b\\-c\\!d\\(e\\)f\\:g\\^h\\[i\\]j\\"k\\{l\\}m\\~n\\*o\\?p\\|q\\&r\\/s\\\\t');
    assert.equal(escapeLucene('AND OR NOT'), 'AND OR NOT');
  });
});

describe('fullTextPhrase', () => {
  it('quotes the phrase so that every bigram must match in order', () => {
    assert.equal(fullTextPhrase('京东方'), '"京东方"');
    assert.equal(fullTextPhrase('京东方 (集团)'), '"京东方 \\(集团\\)"');
    assert.equal(fullTextPhrase('say "hi"'), '"say \\"hi\\""');
  });

  it('skips text the analyzer would keep nothing of', () => {
    assert.equal(fullTextPhrase('*'), null);
    assert.equal(fullTextPhrase('!!! ()'), null);
    assert.equal(fullTextPhrase('A1'), '"A1"');
  });
});

describe('pinyinKey', () => {
  it('lower-cases Latin queries and drops spaces and apostrophes', () => {
    assert.equal(pinyinKey('jdf'), 'jdf');
    assert.equal(pinyinKey('JingDongFang'), 'jingdongfang');
    assert.equal(pinyinKey("xi'an"), 'xian');
    assert.equal(pinyinKey(' jing dong fang '), 'jingdongfang');
    assert.equal(pinyinKey('tcl2'), 'tcl2');
  });

  it('is null for anything else', () => {
    assert.equal(pinyinKey('京东方'), null);
    assert.equal(pinyinKey('jdf京'), null);
    assert.equal(pinyinKey('2024'), null);
    assert.equal(pinyinKey('a-b'), null);
  });
});

describe('matchScore', () => {
  it('keeps the match classes apart: EXACT > PREFIX > FULL_TEXT > CONTAINS', () => {
    assert.equal(matchScore({ match: 'EXACT', closeness: 1, relevance: null }), 4);
    // Even the closest prefix stays below 4 and the loosest above 3.
    assert.equal(matchScore({ match: 'PREFIX', closeness: 0.999999, relevance: null }) < 4, true);
    assert.equal(matchScore({ match: 'PREFIX', closeness: 0.01, relevance: null }), 3.0099);
    // Any full-text relevance stays within [2, 3).
    assert.equal(matchScore({ match: 'FULL_TEXT', closeness: null, relevance: 1 }), 2.495);
    assert.equal(matchScore({ match: 'FULL_TEXT', closeness: null, relevance: 1e9 }) < 3, true);
    assert.equal(matchScore({ match: 'CONTAINS', closeness: 1 / 3, relevance: null }), 1.33);
    assert.equal(matchScore({ match: 'CONTAINS', closeness: 1, relevance: null }) < 2, true);
  });
});

const row = (kind: SearchRow['kind'], id: string, match: SearchRow['match'], closeness: number | null, relevance: number | null = null, key: { leads?: boolean; local?: boolean } = {}): SearchRow => ({
  kind,
  id,
  name: id,
  match,
  closeness,
  relevance,
  chainId: null,
  leads: key.leads ?? false,
  local: key.local ?? false,
  enterprise: null,
  segment: null,
  chain: null,
});

describe('rankHits', () => {
  it('keeps each thing once, with its best match', () => {
    const hits = rankHits([row('ENTERPRISE', 'boe', 'CONTAINS', 0.2), row('ENTERPRISE', 'boe', 'PREFIX', 0.2), row('ENTERPRISE', 'boe', 'FULL_TEXT', null, 3)], 10);
    assert.deepEqual(
      hits.map((h) => [h.id, h.match, h.score]),
      [['boe', 'PREFIX', 3.198]],
    );
    assert.equal('closeness' in hits[0]!, false);
  });

  it('ranks by score, then kind (chain, segment, enterprise), then id, and cuts at the limit', () => {
    const hits = rankHits(
      [
        row('ENTERPRISE', 'b', 'EXACT', 1),
        row('ENTERPRISE', 'a', 'EXACT', 1),
        row('SEGMENT', 's', 'EXACT', 1),
        row('CHAIN', 'c', 'EXACT', 1),
        row('ENTERPRISE', 'x', 'FULL_TEXT', null, 9),
        row('ENTERPRISE', 'y', 'PREFIX', 0.5),
      ],
      5,
    );
    assert.deepEqual(
      hits.map((h) => `${h.kind} ${h.id}`),
      ['CHAIN c', 'SEGMENT s', 'ENTERPRISE a', 'ENTERPRISE b', 'ENTERPRISE y'],
    );
  });

  it('keeps the same id apart across kinds', () => {
    const hits = rankHits([row('CHAIN', 'display', 'EXACT', 1), row('SEGMENT', 'display', 'CONTAINS', 0.5)], 10);
    assert.deepEqual(
      hits.map((h) => `${h.kind} ${h.id} ${h.match}`),
      ['CHAIN display EXACT', 'SEGMENT display CONTAINS'],
    );
  });

  it('puts exact names first, then 链主 in the home zone, then 链主 or home-zone enterprises, however they matched', () => {
    const hits = rankHits(
      [
        row('ENTERPRISE', 'boe', 'PREFIX', 0.23),
        row('ENTERPRISE', 'boe-varitronix', 'PREFIX', 0.5),
        row('ENTERPRISE', 'boe-qingdao', 'CONTAINS', 0.23, null, { leads: true, local: true }),
        row('ENTERPRISE', 'qd-small', 'CONTAINS', 0.2, null, { local: true }),
        row('ENTERPRISE', 'boe-hefei', 'CONTAINS', 0.23),
        row('SEGMENT', 'jdf', 'EXACT', 1),
      ],
      10,
    );
    assert.deepEqual(
      hits.map((h) => h.id),
      // exact; 链主 and local; local only; then by score: PREFIX 0.5 > PREFIX 0.23 > CONTAINS
      ['jdf', 'boe-qingdao', 'qd-small', 'boe-varitronix', 'boe', 'boe-hefei'],
    );
  });
});
