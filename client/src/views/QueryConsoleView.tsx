import { Alert, Button, Card, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { gql } from '../api/graphql';
import { atLeast, useSession } from '../api/session';
import { useI18n } from '../i18n/react';

interface CypherResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
}

const EXAMPLES = [
  'MATCH (c:Chain) RETURN c.id AS id, c.name AS name ORDER BY id',
  'MATCH (e:Enterprise)-[:LEADS]->(c:Chain) RETURN c.name AS chain, e.name AS master',
  'MATCH (s:Enterprise)-[:SUPPLIES]->(m:Enterprise)-[:LEADS]->(:Chain {id: $chain}) RETURN m.name AS master, count(s) AS suppliers',
];

const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** A read-only Cypher console (analysts): the query text lives in the URL so it can be shared. */
export function QueryConsoleView() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? EXAMPLES[0]!);
  const [paramText, setParamText] = useState(params.get('p') ?? '{"chain": "display"}');
  const [result, setResult] = useState<(CypherResult & { ms: number }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!can('Query.cypher') || !atLeast(me, 'analyst')) return <Result status="info" title={t('app.unavailable', { feature: 'cypher' })} />;
  const run = async () => {
    let parsed: unknown = {};
    try {
      parsed = paramText.trim() ? JSON.parse(paramText) : {};
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error();
    } catch {
      setError(t('console.badParams'));
      return;
    }
    setBusy(true);
    setError(null);
    setParams({ q: text, p: paramText }, { replace: true });
    const started = performance.now();
    try {
      const d = await gql<{ cypher: CypherResult }>('query Console($query: String!, $params: JSON) { cypher(query: $query, params: $params) { columns rows truncated } }', { query: text, params: parsed });
      setResult({ ...d.cypher, ms: Math.round(performance.now() - started) });
    } catch (e) {
      setResult(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ padding: '20px 24px' }} data-testid="console-view">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('console.title')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('console.saved')}</Typography.Text>
          {EXAMPLES.map((q, i) => (
            <Tag key={q} style={{ cursor: 'pointer' }} onClick={() => setText(q)}>
              #{i + 1}
            </Tag>
          ))}
        </Space>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 5, maxRows: 16 }}
          spellCheck={false}
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run();
          }}
          data-testid="console-query"
        />
        <Typography.Text type="secondary">{t('console.params')}</Typography.Text>
        <Input value={paramText} onChange={(e) => setParamText(e.target.value)} style={{ fontFamily: 'monospace' }} data-testid="console-params" />
        <Button type="primary" onClick={() => void run()} loading={busy} style={{ marginTop: 8 }} data-testid="console-run">
          {t('console.run')}
        </Button>
      </Card>
      {error ? <Alert type="error" showIcon message={error} data-testid="console-error" /> : null}
      {result ? (
        <Card size="small" title={t('console.rows', { count: result.rows.length, ms: result.ms })} extra={result.truncated ? <Tag color="orange">{t('console.truncated')}</Tag> : null}>
          <Table
            data-testid="console-results"
            size="small"
            scroll={{ x: true }}
            rowKey={(_, i) => String(i)}
            dataSource={result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, cell(r[i])])))}
            columns={result.columns.map((c) => ({ title: c, dataIndex: c, key: c }))}
            pagination={{ pageSize: 50 }}
          />
        </Card>
      ) : null}
    </div>
  );
}
