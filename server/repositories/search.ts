import type { QueryRunner } from '../db/runner.js';
import { badInput } from '../errors.js';
import type { ChainRow } from './chains.js';
import type { EnterpriseRow, SegmentRow } from './entities.js';

export type SearchKind = 'ENTERPRISE' | 'SEGMENT' | 'CHAIN';
export type SearchMatch = 'EXACT' | 'PREFIX' | 'FULL_TEXT' | 'CONTAINS';

/** One candidate as search/search-names returns it. */
export interface SearchRow {
  kind: SearchKind;
  id: string;
  name: string;
  match: SearchMatch;
  /** Query length over the length of what it matched (name, pinyin or initials); null for full text. */
  closeness: number | null;
  /** The full-text relevance; null for the other matches. */
  relevance: number | null;
  chainId: string | null;
  /** An enterprise that is 链主 of a chain. */
  leads: boolean;
  /** An enterprise located in the home zone or a region within it. */
  local: boolean;
  enterprise: EnterpriseRow | null;
  segment: SegmentRow | null;
  chain: ChainRow | null;
}

export interface SearchHit extends Omit<SearchRow, 'closeness' | 'relevance'> {
  score: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
/** Longest query accepted; names are far shorter. */
export const MAX_QUERY_LENGTH = 200;

/** Characters the Lucene query parser treats specially. */
const LUCENE_SPECIAL = /[\\+\-!():^[\]"{}~*?|&/]/g;

/** Escapes every Lucene special character with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * The full-text query for a phrase: quoted, so that 京东方 must match as 京东 followed by 东方 and
 * not as 京东 OR 东方 (which would also find 东方航空); escaped, so that user text is never query
 * syntax. Null when the text has no letter or digit (nothing the analyzer would keep).
 */
export function fullTextPhrase(text: string): string | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  return `"${escapeLucene(text)}"`;
}

/**
 * The pinyin key of a query typed in Latin letters ("JDF", "jing dong fang", "jing'dong'fang" →
 * "jdf", "jingdongfang"): lower case without spaces or apostrophes. Null when the query is not
 * plain ASCII letters and digits with at least one letter.
 */
export function pinyinKey(text: string): string | null {
  if (!/^[A-Za-z0-9\s']+$/.test(text) || !/[A-Za-z]/.test(text)) return null;
  return text.toLowerCase().replace(/[\s']+/g, '');
}

const KIND_ORDER: Record<SearchKind, number> = { CHAIN: 0, SEGMENT: 1, ENTERPRISE: 2 };

/**
 * The score of one way a thing matched. The classes never overlap, even after rounding: EXACT 4;
 * PREFIX in [3, 3.99] and CONTAINS in [1, 1.99], higher the closer the query is to the whole of what
 * it matched; FULL_TEXT in [2, 2.99) by Lucene relevance.
 */
export function matchScore(row: Pick<SearchRow, 'match' | 'closeness' | 'relevance'>): number {
  const closeness = Math.min(Math.max(row.closeness ?? 0, 0), 1);
  const score = (() => {
    switch (row.match) {
      case 'EXACT':
        return 4;
      case 'PREFIX':
        return 3 + 0.99 * closeness;
      case 'FULL_TEXT': {
        const relevance = Math.max(row.relevance ?? 0, 0);
        return 2 + (0.99 * relevance) / (1 + relevance);
      }
      case 'CONTAINS':
        return 1 + 0.99 * closeness;
    }
  })();
  return Math.round(score * 1e6) / 1e6;
}

/** 2 for a 链主 in the home zone, 1 for either, 0 for neither (segments and chains). */
const keyRank = (hit: Pick<SearchRow, 'leads' | 'local'>) => (hit.leads ? 1 : 0) + (hit.local ? 1 : 0);

/**
 * Keeps each thing once, with its best match, and ranks: exact names first; then the key
 * enterprises — 链主 in the home zone, then 链主 or home-zone enterprises — however they matched
 * (the zone's staff look for their own chain leaders first); then score (EXACT > PREFIX > FULL_TEXT
 * > CONTAINS), then kind (chains, segments, enterprises), then id.
 */
export function rankHits(rows: SearchRow[], limit: number): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const { closeness: _c, relevance: _r, ...row } of rows) {
    const hit: SearchHit = { ...row, score: matchScore({ match: row.match, closeness: _c, relevance: _r }) };
    const key = `${row.kind}:${row.id}`;
    const seen = best.get(key);
    if (!seen || hit.score > seen.score) best.set(key, hit);
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        Number(b.match === 'EXACT') - Number(a.match === 'EXACT') ||
        keyRank(b) - keyRank(a) ||
        b.score - a.score ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, limit);
}

/** Searches enterprises, segments and chains by name, pinyin or initials (see search.graphql). */
export async function searchNames(runner: QueryRunner, query: string, limit: number, home: string): Promise<SearchHit[]> {
  const text = query.trim();
  if (!text) throw badInput('query must not be empty');
  if (text.length > MAX_QUERY_LENGTH) throw badInput(`query must be at most ${MAX_QUERY_LENGTH} characters`);
  if (!Number.isInteger(limit) || limit < 1) throw badInput(`limit must be at least 1 (got ${limit})`);
  const capped = Math.min(limit, MAX_SEARCH_LIMIT);
  const rows = await runner.read<SearchRow>('search/search-names', { text, phrase: fullTextPhrase(text), pinyin: pinyinKey(text), home, limit: capped });
  return rankHits(rows, capped);
}
