import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { Alert, App as AntApp, Button, Card, Checkbox, Input, Result, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { CONSOLE_LISTS_QUERY, DELETE_SAVED_QUERY, RUN_CYPHER, SAVE_QUERY } from '../api/console';
import { gql } from '../api/graphql';
import { useSession } from '../api/session';
import { useGql } from '../api/use-gql';
import { CyGraph } from '../components/CyGraph';
import { CypherEditor } from '../components/CypherEditor';
import { FONT_STACK } from '../graph/palette';
import { enumWord } from '../console/enum-words';
import { useI18n } from '../i18n/react';

interface CypherResult {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  timedOut: boolean;
  status: 'COMPLETE' | 'TRUNCATED' | 'TIMED_OUT';
  elapsedMs: number;
  graph: { nodes: Array<{ id: string; key: string | null; labels: string[]; properties: Record<string, unknown> }>; edges: Array<{ id: string; type: string; from: string; to: string }> } | null;
}
interface NamedQuery {
  id: string;
  name?: string;
  title?: string;
  titleEn?: string;
  description?: string;
  descriptionEn?: string;
  query: string;
  params: unknown;
  mine?: boolean;
  shared?: boolean;
}

const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

const LABEL_COLORS: Record<string, string> = { Chain: '#722ed1', Segment: '#1677ff', Enterprise: '#389e0d', Region: '#d48806', Park: '#13c2c2', Project: '#cf1322' };

function resultElements(graph: NonNullable<CypherResult['graph']>): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: `n:${n.id}`, label: String(n.properties.name ?? n.key ?? n.id), color: LABEL_COLORS[n.labels[0] ?? ''] ?? '#8c8c8c' },
    })),
    ...graph.edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => ({ group: 'edges' as const, data: { id: `r:${e.id}`, source: `n:${e.from}`, target: `n:${e.to}`, label: e.type } })),
  ];
}

const GRAPH_STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      width: 18,
      height: 18,
      'font-size': 11,
      'font-family': FONT_STACK,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-overflow-wrap': 'anywhere',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#bfbfbf',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#bfbfbf',
      'curve-style': 'straight',
      label: 'data(label)',
      'font-size': 9,
      color: '#8c8c8c',
      'min-zoomed-font-size': 8,
    },
  },
] as Array<{ selector: string; style: Record<string, string | number> }> as StylesheetJson;

/** The read-only Cypher console (analysts): examples, saved queries, a results table and graph. */
export function QueryConsoleView() {
  const { t, lang } = useI18n();
  const { me, can } = useSession();
  const { message } = AntApp.useApp();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? 'MATCH (c:Chain) RETURN c.id AS id, c.name AS name ORDER BY id');
  const [paramText, setParamText] = useState(params.get('p') ?? '{}');
  const [result, setResult] = useState<CypherResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveName, setSaveName] = useState('');
  const [shared, setShared] = useState(false);
  const allowed = can('Query.cypher');
  const lists = useGql(allowed && can('Query.exampleQueries') ? CONSOLE_LISTS_QUERY : null);
  const elements = useMemo(() => (result?.graph ? resultElements(result.graph) : []), [result]);
  if (!allowed)
    return (
      <Result
        status="403"
        data-testid="needs-role"
        title={t('app.needsRole', { role: t('auth.role.analyst'), current: t(`auth.role.${me?.role ?? 'viewer'}`) })}
        extra={<Link to="/">{t('app.backHome')}</Link>}
      />
    );
  const load = (q: NamedQuery) => {
    setText(q.query);
    setParamText(q.params ? JSON.stringify(q.params) : '{}');
  };
  const parsedParams = (): Record<string, unknown> | null => {
    try {
      const parsed: unknown = paramText.trim() ? JSON.parse(paramText) : {};
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // reported below
    }
    setError(t('console.badParams'));
    return null;
  };
  const run = async () => {
    const p = parsedParams();
    if (!p) return;
    setBusy(true);
    setError(null);
    setParams({ q: text, p: paramText }, { replace: true });
    try {
      // JSON scalars arrive as unknown: the console's rows are lists of cells and its properties maps.
      setResult((await gql(RUN_CYPHER, { query: text, params: p })).cypher as CypherResult);
    } catch (e) {
      setResult(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const p = parsedParams();
    if (!p || !saveName.trim()) return;
    try {
      await gql(SAVE_QUERY, { name: saveName.trim(), query: text, params: p, shared });
      message.success(t('console.savedOk', { name: saveName.trim() }));
      lists.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async (id: string) => {
    await gql(DELETE_SAVED_QUERY, { id }).catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)));
    lists.reload();
  };
  const examples = lists.status === 'ok' ? lists.data.exampleQueries : [];
  const saved = lists.status === 'ok' ? lists.data.savedQueries : [];
  return (
    <div style={{ padding: '20px 24px' }} data-testid="console-view">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('console.title')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        {examples.length ? (
          <Space wrap style={{ marginBottom: 8 }} data-testid="console-examples">
            <Typography.Text type="secondary">{t('console.examples')}</Typography.Text>
            {examples.map((q) => (
              <Tooltip key={q.id} title={lang === 'en' ? q.descriptionEn : q.description}>
                <Tag style={{ cursor: 'pointer' }} onClick={() => load(q)} color="blue">
                  {lang === 'en' ? q.titleEn : q.title}
                </Tag>
              </Tooltip>
            ))}
          </Space>
        ) : null}
        {saved.length ? (
          <Space wrap style={{ marginBottom: 8, display: 'flex' }}>
            <Typography.Text type="secondary">{t('console.saved')}</Typography.Text>
            {saved.map((q) => (
              <Tag
                key={q.id}
                style={{ cursor: 'pointer' }}
                onClick={() => load(q)}
                closable={Boolean(q.mine)}
                closeIcon={<DeleteOutlined />}
                onClose={(e) => {
                  e.preventDefault();
                  void remove(q.id);
                }}
              >
                {q.name}
                {q.shared ? ' ·' : ''}
              </Tag>
            ))}
          </Space>
        ) : null}
        <CypherEditor value={text} onChange={setText} onRun={() => void run()} data-testid="console-query" />
        <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography.Text type="secondary">{t('console.params')}</Typography.Text>
          <Input value={paramText} onChange={(e) => setParamText(e.target.value)} style={{ fontFamily: 'monospace', maxWidth: 420 }} data-testid="console-params" />
          <Button type="primary" onClick={() => void run()} loading={busy} data-testid="console-run">
            {t('console.run')}
          </Button>
          {can('Mutation.saveQuery') ? (
            <Space.Compact style={{ marginLeft: 'auto' }}>
              <Input placeholder={t('console.saveName')} value={saveName} onChange={(e) => setSaveName(e.target.value)} style={{ width: 180 }} />
              <Button icon={<SaveOutlined />} onClick={() => void save()} disabled={!saveName.trim()}>
                {t('console.save')}
              </Button>
            </Space.Compact>
          ) : null}
          {can('Mutation.saveQuery') ? (
            <Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)}>
              {t('console.shared')}
            </Checkbox>
          ) : null}
        </div>
      </Card>
      {error ? <Alert type="error" showIcon message={error} data-testid="console-error" style={{ marginBottom: 16 }} /> : null}
      {result ? (
        <Card
          size="small"
          title={t('console.rows', { count: result.rowCount, ms: result.elapsedMs })}
          extra={result.status !== 'COMPLETE' ? <Tag color="orange">{result.timedOut ? t('console.timedOut') : t('console.truncated')}</Tag> : null}
        >
          <Tabs
            items={[
              {
                key: 'table',
                label: t('console.table'),
                children: (
                  <Table
                    data-testid="console-results"
                    size="small"
                    scroll={{ x: true }}
                    rowKey={(_, i) => String(i)}
                    dataSource={result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, enumWord(lang, cell(r[i]))])))}
                    columns={result.columns.map((c) => ({ title: c, dataIndex: c, key: c }))}
                    pagination={{ pageSize: 50 }}
                  />
                ),
              },
              ...(result.graph && result.graph.nodes.length
                ? [
                    {
                      key: 'graph',
                      label: t('console.graph'),
                      children: (
                        <div style={{ height: 480 }}>
                          <CyGraph elements={elements} stylesheet={GRAPH_STYLE} layout={{ name: 'cose', animate: false, randomize: false } as never} fitKey={String(elements.length)} />
                        </div>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      ) : null}
    </div>
  );
}
