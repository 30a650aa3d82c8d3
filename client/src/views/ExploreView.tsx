import { Alert, App as AntApp, Button, Card, Descriptions, Empty, Space, Spin, Tag, Typography } from 'antd';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { gql } from '../api/graphql';
import type { ExploreRelation, NeighborsQueryVariables } from '../api/generated/graphql';
import { NEIGHBORS_QUERY, PATHS_QUERY, type SearchHit } from '../api/search';
import { CyGraph, fitReadable, type CyTapEvent } from '../components/CyGraph';
import { SearchBox } from '../components/SearchBox';
import {
  addNeighborhood,
  addPaths,
  emptyGraph,
  EXPLORE_EDGE_COLORS,
  EXPLORE_MAX_NODES,
  EXPLORE_PAGE,
  exploreElements,
  exploreStylesheet,
  nodeKey,
  parseNodeKey,
  stepFromParam,
  stepToParam,
  type ExploreGraph,
  type ExploreStep,
} from '../graph/explore';
import type { MessageKey } from '../i18n/index';
import { localName } from '../i18n/index';
import { useI18n } from '../i18n/react';

const PATH_HOPS = 4;

type Apply = (graph: ExploreGraph) => void;
type NamedEnterprise = { id: string; name: string; nameEn: string | null };

/**
 * Each step's request and what it adds: opening a node lists the first page of every relation,
 * "+N" the next page of one, a path step the supply paths between two enterprises.
 */
function stepRequests(steps: ExploreStep[]): Array<{ cacheKey: string; load: () => Promise<Apply> }> {
  const pages = new Map<string, number>();
  const neighbors = (vars: NeighborsQueryVariables) => () =>
    gql(NEIGHBORS_QUERY, vars).then(
      (d): Apply =>
        (g) =>
          addNeighborhood(g, d.neighbors),
    );
  return steps.map((s) => {
    const { kind, id } = parseNodeKey(s.key)!;
    if (s.to) {
      const to = s.to;
      const vars = { from: id, to: parseNodeKey(to)!.id };
      return {
        cacheKey: stepToParam(s),
        load: () =>
          gql(PATHS_QUERY, { ...vars, maxHops: PATH_HOPS }).then((d): Apply => (g) => {
            const asNode = (n: NamedEnterprise) => ({ ...n, kind: 'ENTERPRISE' as const, local: null });
            addPaths(
              g,
              s.key,
              to,
              d.paths.map((p) => ({ ...p, nodes: p.nodes.map(asNode) })),
              d.target ? asNode(d.target) : null,
            );
          }),
      };
    }
    if (!s.relation) return { cacheKey: s.key, load: neighbors({ kind, id, offset: 0, limit: EXPLORE_PAGE }) };
    const page = (pages.get(`${s.key}>${s.relation}`) ?? 0) + 1;
    pages.set(`${s.key}>${s.relation}`, page);
    return { cacheKey: `${s.key}>${s.relation}#${page}`, load: neighbors({ kind, id, relation: s.relation as ExploreRelation, offset: page * EXPLORE_PAGE, limit: EXPLORE_PAGE }) };
  });
}

/**
 * Search first, then expand: the graph starts from one search hit and grows a step at a time,
 * each relation capped at a page with a "+N" node for the rest, the whole view capped at
 * EXPLORE_MAX_NODES. The steps live in the URL (`x`, in order) and replay to the same picture.
 */
export function ExploreView() {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [params, setParams] = useSearchParams();
  const steps = useMemo(
    () =>
      params
        .getAll('x')
        .map(stepFromParam)
        .filter((s): s is ExploreStep => s !== null),
    [params],
  );
  const selected = params.get('sel');
  const stepsKey = steps.map(stepToParam).join('\n');
  const cache = useRef(new Map<string, Promise<Apply>>());
  const [built, setBuilt] = useState<{ key: string; graph: ExploreGraph; errors: string[] } | null>(null);

  useEffect(() => {
    let live = true;
    const answers = stepRequests(steps).map((r) => {
      let p = cache.current.get(r.cacheKey);
      if (!p) {
        p = r.load();
        p.catch(() => cache.current.delete(r.cacheKey));
        cache.current.set(r.cacheKey, p);
      }
      return p.then(
        (apply) => ({ apply, error: null }),
        (e: unknown) => ({ apply: null, error: e instanceof Error ? e.message : String(e) }),
      );
    });
    void Promise.all(answers).then((results) => {
      if (!live) return;
      const graph = emptyGraph();
      const errors: string[] = [];
      for (const r of results) {
        if (r.apply) r.apply(graph);
        else errors.push(r.error!);
      }
      setBuilt({ key: stepsKey, graph, errors });
    });
    return () => {
      live = false;
    };
  }, [stepsKey]); // stepsKey stands for steps

  const graph = built?.graph ?? emptyGraph();
  const loading = steps.length > 0 && built?.key !== stepsKey;
  const relationName = useCallback((relation: string) => t(`explore.rel.${relation}` as MessageKey), [t]);
  const elements = useMemo(
    () =>
      exploreElements(
        graph,
        (m) => t('explore.more', { count: m.remaining, relation: relationName(m.relation) }),
        (n) => localName(lang, { name: n.name, nameEn: n.nameEn }),
      ),
    [graph, t, lang, relationName],
  );
  const styles = useMemo(() => exploreStylesheet(), []);

  const setSteps = (next: ExploreStep[], sel: string | null) =>
    setParams(() => {
      const p = new URLSearchParams();
      for (const s of next) p.append('x', stepToParam(s));
      if (sel) p.set('sel', sel);
      return p;
    });
  const start = (hit: SearchHit) => setSteps([{ key: nodeKey(hit), relation: null }], nodeKey(hit));
  const expand = (key: string) => {
    if (!graph.opened.has(key)) setSteps([...steps, { key, relation: null }], key);
  };
  const select = (key: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (key) n.set('sel', key);
        else n.delete('sel');
        return n;
      },
      { replace: true },
    );

  const onTap = (e: CyTapEvent) => {
    if (e.data?.kind === 'more') setSteps([...steps, { key: String(e.data.center), relation: String(e.data.relation) }], selected);
    else select(e.id);
  };
  const onDoubleTap = (e: CyTapEvent) => {
    if (e.id && e.data?.kind !== 'more') expand(e.id);
  };
  const cyRef = useRef<Core | null>(null);
  const onCy = useCallback((cy: Core | null) => void (cyRef.current = cy), []);

  const node = selected ? graph.nodes.get(selected) : undefined;
  const opened = selected ? graph.opened.get(selected) : undefined;
  const edgeCount = [...graph.edges.values()].filter((e) => graph.nodes.has(e.from) && graph.nodes.has(e.to)).length;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="explore-view" data-steps={steps.length} data-loading={loading ? 1 : 0}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', padding: '10px 16px', borderBottom: '1px solid #f0f0f0', background: '#fff' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('explore.title')}
        </Typography.Title>
        <div style={{ flex: '1 1 320px', maxWidth: 480 }}>
          <SearchBox onPick={start} placeholder="explore.search" size="middle" testId="explore-search" />
        </div>
        <Button onClick={() => cyRef.current && fitReadable(cyRef.current)} disabled={!steps.length}>
          {t('explore.fit')}
        </Button>
        <Button onClick={() => setSteps([], null)} disabled={!steps.length} data-testid="explore-reset">
          {t('explore.reset')}
        </Button>
        {loading ? <Spin size="small" /> : null}
        <Typography.Text type="secondary" style={{ marginLeft: 'auto' }} data-testid="explore-size">
          {t('explore.size', { nodes: graph.nodes.size, edges: edgeCount })}
        </Typography.Text>
      </div>
      {graph.dropped ? <Alert type="warning" showIcon banner message={t('explore.full', { max: EXPLORE_MAX_NODES, dropped: graph.dropped })} data-testid="explore-full" /> : null}
      {built?.errors.length ? <Alert type="error" showIcon banner message={t('app.error', { message: built.errors[0]! })} /> : null}
      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0, background: '#fff', position: 'relative' }}>
          {steps.length ? (
            <CyGraph
              elements={elements}
              stylesheet={styles}
              onTap={onTap}
              onDoubleTap={onDoubleTap}
              onCy={onCy}
              selectedId={selected}
              fitKey={`${steps.length}|${built?.key === stepsKey}`}
              data-testid="explore-cy"
            />
          ) : (
            <Empty style={{ marginTop: 120 }} description={t('explore.empty')} />
          )}
          <div style={{ position: 'absolute', left: 12, bottom: 12, fontSize: 12, background: 'rgba(255,255,255,.9)', padding: '4px 8px', borderRadius: 4 }} data-testid="explore-legend">
            <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 12 }}>
              {t('explore.hint')}
            </Typography.Text>
            {(['SUPPLIES', 'IN_SEGMENT', 'FEEDS', 'HAS_CHILD', 'LEADS'] as const).map((type) => (
              <span key={type} style={{ marginRight: 12, whiteSpace: 'nowrap' }}>
                <span style={{ display: 'inline-block', width: 20, borderTop: `2px solid ${EXPLORE_EDGE_COLORS[type]}`, marginRight: 4, verticalAlign: 'middle' }} />
                {t(`explore.edge.${type}`)}
              </span>
            ))}
          </div>
        </div>
        <div style={{ width: 340, flex: 'none', overflow: 'auto', padding: 16, borderLeft: '1px solid #f0f0f0', background: '#fff' }} data-testid="explore-panel">
          {node ? (
            <Card size="small" title={<span data-testid="explore-selected">{localName(lang, { name: node.name, nameEn: node.nameEn })}</span>}>
              <Space wrap style={{ marginBottom: 12 }}>
                <Tag>{t(`search.kind.${node.kind}`)}</Tag>
                {node.local === true ? <Tag color="green">{t('net.local')}</Tag> : node.local === false ? <Tag>{t('net.outside')}</Tag> : null}
              </Space>
              <Space wrap style={{ marginBottom: 12 }}>
                <Button type="primary" size="small" disabled={Boolean(opened)} onClick={() => expand(node.key)} data-testid="explore-expand">
                  {opened ? t('explore.expanded') : t('explore.expand')}
                </Button>
                {node.kind === 'ENTERPRISE' ? (
                  <>
                    <Link to={`/enterprises/${encodeURIComponent(node.id)}`}>{t('explore.openProfile')}</Link>
                    <Link to={`/enterprises/${encodeURIComponent(node.id)}/network`}>{t('explore.openNetwork')}</Link>
                  </>
                ) : (
                  <Link to={node.kind === 'CHAIN' ? `/chains/${encodeURIComponent(node.id)}` : `/chains/${encodeURIComponent(node.chainId ?? '')}?sel=${encodeURIComponent(node.id)}`}>
                    {t('explore.openMap')}
                  </Link>
                )}
              </Space>
              {node.kind === 'ENTERPRISE' ? (
                <div style={{ marginBottom: 12 }} data-testid="explore-paths">
                  <Typography.Text strong>{t('explore.pathTitle')}</Typography.Text>
                  <div style={{ margin: '6px 0' }}>
                    <SearchBox
                      key={node.key}
                      size="middle"
                      placeholder="explore.pathTo"
                      testId="explore-path-search"
                      onPick={(hit) => {
                        if (hit.kind !== 'ENTERPRISE') message.warning(t('explore.pathEnterprisesOnly'));
                        else if (hit.id !== node.id) setSteps([...steps, { key: node.key, relation: null, to: nodeKey(hit) }], node.key);
                      }}
                    />
                  </div>
                  {graph.paths
                    .filter((p) => p.from === node.key)
                    .map((p) => {
                      const other = graph.nodes.get(p.to);
                      const toName = other ? localName(lang, { name: other.name, nameEn: other.nameEn }) : p.to.slice('ENTERPRISE:'.length);
                      return (
                        <div key={p.to} data-testid="explore-path-result" data-found={p.found}>
                          {p.found
                            ? t(p.directed ? 'explore.pathFound' : 'explore.pathFoundUndirected', { name: toName, count: p.found, hops: p.hops })
                            : t('explore.pathNone', { name: toName, hops: PATH_HOPS })}
                        </div>
                      );
                    })}
                </div>
              ) : null}
              {opened ? (
                <Descriptions size="small" column={1} title={t('explore.links')} data-testid="explore-links">
                  {[...opened.entries()]
                    .filter(([, c]) => c.total > 0)
                    .map(([relation, c]) => (
                      <Descriptions.Item key={relation} label={relationName(relation)}>
                        <span data-relation={relation}>{t('explore.listed', { listed: c.listed, total: c.total })}</span>
                      </Descriptions.Item>
                    ))}
                </Descriptions>
              ) : (
                <Typography.Text type="secondary">{t('explore.notOpened')}</Typography.Text>
              )}
            </Card>
          ) : (
            <Typography.Text type="secondary">{t('explore.hint')}</Typography.Text>
          )}
        </div>
      </div>
    </div>
  );
}
