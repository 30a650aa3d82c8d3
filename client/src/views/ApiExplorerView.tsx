import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { EXPLORER_EXAMPLE as EXAMPLE } from '../api/explorer';
import { useI18n } from '../i18n/react';

/**
 * GraphiQL on the app's own API, with the signed-in session's cookie: the schema's documentation,
 * completion and validation as you type, and the answers the caller's role would get. Scripts
 * use an API token instead (Authorization: Bearer …).
 */
export function ApiExplorerView() {
  const { lang } = useI18n();
  const fetcher = useMemo(
    () => createGraphiQLFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' }, fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }) }),
    [],
  );
  return (
    <div style={{ height: '100%' }} data-testid="api-explorer" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} defaultEditorToolsVisibility={false} />
    </div>
  );
}
