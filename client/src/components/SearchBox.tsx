import { AutoComplete, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { gql } from '../api/graphql';
import { SEARCH_QUERY, type SearchHit } from '../api/search';
import type { MessageKey } from '../i18n/index';
import { useI18n } from '../i18n/react';

/**
 * Search as you type (Chinese, pinyin, initials) over enterprises, segments and chains; `onPick`
 * gets the hit chosen. Requests wait for a 200 ms pause and late answers are ignored.
 */
export function SearchBox({
  onPick,
  placeholder = 'home.search',
  size = 'large',
  testId = 'search',
}: {
  onPick(hit: SearchHit): void;
  placeholder?: MessageKey;
  size?: 'large' | 'middle';
  testId?: string;
}) {
  const { t, name } = useI18n();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      gql(SEARCH_QUERY, { query: q })
        .then((d) => live && setHits(d.search))
        .catch(() => live && setHits([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return (
    <AutoComplete
      style={{ width: '100%', maxWidth: 560 }}
      value={query}
      onChange={setQuery}
      onSelect={(value: string) => {
        const hit = hits.find((h) => `${h.kind}:${h.id}` === value);
        // the box shows the name picked, not the option's key
        setQuery(hit?.name ?? '');
        if (hit) onPick(hit);
      }}
      notFoundContent={query.trim() ? t('home.searchEmpty') : null}
      options={hits.map((h) => ({
        value: `${h.kind}:${h.id}`,
        label: (
          <span data-testid="search-hit" data-kind={h.kind} data-id={h.id}>
            <Tag>{t(`search.kind.${h.kind}`)}</Tag>
            {h.name}
            {h.enterprise ? (
              // where it is and what it does: alike names (seven "…京东方光电…") tell apart
              <span data-testid="search-hit-where" style={{ color: '#8c8c8c', fontSize: 12, marginLeft: 8 }}>
                {[
                  h.enterprise.region?.name,
                  h.enterprise.segments
                    .slice(0, 3)
                    .map((s) => name(s.segment))
                    .join('、') + (h.enterprise.segments.length > 3 ? '…' : ''),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            ) : null}
          </span>
        ),
      }))}
    >
      <Input.Search placeholder={t(placeholder)} allowClear data-testid={testId} size={size} />
    </AutoComplete>
  );
}
