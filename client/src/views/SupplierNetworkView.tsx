import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, InputNumber, Result, Row, Skeleton, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { NETWORK_QUERY, RESILIENCE_SOLE_CHANNELS_QUERY, RESILIENCE_SUPPLIERS_QUERY, type NetworkData } from '../api/enterprises';
import { gql } from '../api/graphql';
import type { EvidenceMode, ResilienceSuppliersQuery } from '../api/generated/graphql';
import { useGql } from '../api/use-gql';
import { CyGraph, type CyTapEvent } from '../components/CyGraph';
import { ExportMenu, PICTURE_EXPORTS } from '../components/ExportMenu';
import { EChart, type EChartOption } from '../components/EChart';
import { EvidenceSwitch } from '../components/EvidenceSwitch';
import { isoToday } from '../export/download';
import { networkElements, networkStylesheet, NETWORK_LOOK, type NetworkNodeInput } from '../graph/network';
import { networkLabels, percent as pct } from '../graph/network-scene';
import { localName } from '../i18n/index';
import { useI18n } from '../i18n/react';
import type { NetworkExportKind } from './network-exports';
import { evidenceParam, evidenceValue, useUrlState } from './url-state';

/** Each supplier under the segment the server groups it by (NetworkNode.group); sole channels marked. */
function networkNodes(data: NetworkData['supplierNetwork'], resilience: NetworkData['resilience'], segmentName: (s: { name: string; nameEn: string | null }) => string): NetworkNodeInput[] {
  const sole = new Set(resilience.soleChannels.map((s) => s.enterprise.id));
  const carried = new Set(resilience.soleChannels.flatMap((s) => s.carries.map((c) => c.id)));
  return data.nodes.map((n) => {
    const seg = n.group;
    return {
      id: n.enterprise.id,
      name: segmentName(n.enterprise),
      tier: n.tier,
      local: n.local,
      group: seg ? { id: seg.id, name: segmentName(seg) } : null,
      sole: sole.has(n.enterprise.id),
      carried: carried.has(n.enterprise.id),
    };
  });
}

/** The links' named sources, most used first (at most five), for an export's footer. */
function linkSources(edges: NetworkData['supplierNetwork']['edges']): string[] {
  const counts = new Map<string, number>();
  for (const e of edges) if (e.source?.trim()) counts.set(e.source.trim(), (counts.get(e.source.trim()) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([s]) => s);
}

/** Segments the chart shows: those with the most tier-1 suppliers (the PDF lists them all). */
const CHART_SEGMENTS = 12;

/** A rate's title with its definition on hover. */
function RateTitle({ label, hint }: { label: string; hint: string }) {
  return (
    <Tooltip title={hint}>
      <span data-testid="rate-title" style={{ cursor: 'help' }}>
        {label} <InfoCircleOutlined />
      </span>
    </Tooltip>
  );
}

/** An enterprise's suppliers tier by tier, local or not, with its 本地配套率. */
export function SupplierNetworkView() {
  const { id = '' } = useParams();
  const { params, update } = useUrlState();
  const tiersRaw = Number(params.get('tiers'));
  const tiers = tiersRaw >= 1 && tiersRaw <= 3 ? tiersRaw : 2;
  const scope = params.get('scope') || null;
  const evidence = evidenceParam(params);
  const navigate = useNavigate();
  const { t, name, lang } = useI18n();
  const q = useGql(NETWORK_QUERY, { id, tiers, scope, evidence });
  const data = q.status === 'ok' || q.status === 'loading' ? q.data : undefined;
  const nodes = useMemo(() => (data ? networkNodes(data.supplierNetwork, data.resilience, (e) => localName(lang, e)) : []), [data, lang]);
  const elements = useMemo(() => (data ? networkElements(nodes, data.supplierNetwork.edges, networkLabels(lang)) : []), [data, nodes, lang]);
  const styles = useMemo(() => networkStylesheet(), []);
  const chart = useMemo<EChartOption | null>(() => {
    if (!data) return null;
    const rows = data.supportingRate.bySegment.slice(0, CHART_SEGMENTS);
    // the rate of each segment on a 0–100 % axis, its counts beside the bar; long names are cut on
    // the axis (English ones especially) and shown whole in the tooltip
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: unknown) => {
          const r = rows[(p as { dataIndex: number }).dataIndex]!;
          return `${name(r.segment)}<br/>${t('net.rateTooltip', { local: r.local, total: r.total, percent: pct(r.rate) })}`;
        },
      },
      grid: { left: 8, right: 64, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => name(r.segment)), axisLabel: { width: 110, overflow: 'truncate', ellipsis: '…' } },
      series: [
        {
          type: 'bar',
          barWidth: 12,
          data: rows.map((r) => Math.round((r.rate ?? 0) * 1000) / 10),
          itemStyle: { color: NETWORK_LOOK.local.border },
          label: {
            show: true,
            position: 'right',
            fontSize: 11,
            formatter: (p: unknown) => {
              const r = rows[(p as { dataIndex: number }).dataIndex]!;
              return `${pct(r.rate)} (${r.local}/${r.total})`;
            },
          },
        },
      ],
    };
  }, [data, t, name]);
  const onTap = useCallback(
    (e: CyTapEvent) => {
      if (e.data?.kind === 'enterprise') navigate(`/enterprises/${encodeURIComponent(String(e.data.enterpriseId))}/network${window.location.search}`);
    },
    [navigate],
  );

  const doExport = async (kind: NetworkExportKind) => {
    if (!data) throw new Error('the network is not loaded yet');
    const { runNetworkExport } = await import('./network-exports');
    return runNetworkExport(kind, nodes, data.supplierNetwork.edges, {
      lang,
      centerName: localName(lang, data.supplierNetwork.center),
      scopeName: data.supportingRate.scope.name,
      tiers,
      tier1: data.supportingRate.tier1,
      tier2: data.supportingRate.tier2,
      dataDate: isoToday(),
      sources: linkSources(data.supplierNetwork.edges),
      truncated: data.supplierNetwork.truncated,
      evidence,
      segmentRates: {
        name: t('net.bySegment'),
        columns: [
          { header: t('xlsx.segment'), width: 40 },
          { header: t('net.local'), width: 12 },
          { header: t('net.suppliers'), width: 12 },
          { header: t('net.rate'), width: 14 },
        ],
        rows: data.supportingRate.bySegment.map((r) => [name(r.segment), r.local, r.total, pct(r.rate)]),
      },
    });
  };

  if (q.status === 'error') {
    return q.error.code === 'NOT_FOUND' ? (
      <Result status="404" title={t('ent.notFound', { id })} subTitle={t('ent.notFoundHint')} extra={<Link to="/">{t('app.backHome')}</Link>} />
    ) : (
      <Alert type="error" showIcon message={t('app.error', { message: q.error.message })} style={{ margin: 24 }} />
    );
  }
  if (!data) return <Skeleton active style={{ padding: 24 }} />;
  const rate = data.supportingRate;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="network-view">
      <div style={{ padding: '10px 16px', background: '#fff', borderBottom: '1px solid #f0f0f0', display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          <Link to={`/enterprises/${encodeURIComponent(id)}`}>{t('net.title', { name: name(data.supplierNetwork.center) })}</Link>
        </Typography.Title>
        <Space size={6}>
          <Typography.Text type="secondary">{t('net.tiers')}</Typography.Text>
          <InputNumber min={1} max={3} value={tiers} onChange={(v) => update({ tiers: v && v !== 2 ? String(v) : null })} style={{ width: 64 }} data-testid="network-tiers" />
        </Space>
        <Typography.Text type="secondary">{t('home.scope', { scope: rate.scope.name })}</Typography.Text>
        <EvidenceSwitch value={evidence} onChange={(e) => update({ ev: evidenceValue(e) })} />
        <ExportMenu<NetworkExportKind> run={doExport} entries={PICTURE_EXPORTS} />
        {data.supplierNetwork.truncated ? <Alert type="warning" showIcon banner message={t('net.truncated')} /> : null}
      </div>
      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0, background: '#fff', position: 'relative' }}>
          <CyGraph elements={elements} stylesheet={styles} onTap={onTap} fitKey={`${id}|${tiers}`} data-testid="network-cy" />
          <div style={{ position: 'absolute', left: 12, bottom: 12, fontSize: 12, background: 'rgba(255,255,255,.9)', padding: '4px 8px', borderRadius: 4 }} data-testid="network-legend">
            {(
              [
                [NETWORK_LOOK.local, t('net.local')],
                [NETWORK_LOOK.remote, t('net.outside')],
                [NETWORK_LOOK.center, t('net.focus')],
              ] as const
            ).map(([look, label], i) => (
              <span key={label}>
                <span
                  style={{
                    display: 'inline-block',
                    width: 18,
                    height: 11,
                    background: look.fill,
                    border: `${look.width}px solid ${look.border}`,
                    margin: i ? '0 6px 0 14px' : '0 6px 0 0',
                    verticalAlign: 'middle',
                  }}
                />
                {label}
              </span>
            ))}
            {(
              [
                [NETWORK_LOOK.confirmed, t('net.linkConfirmed')],
                [NETWORK_LOOK.unconfirmed, t('net.linkInferred')],
              ] as const
            ).map(([look, label]) => (
              <span key={label}>
                <span style={{ display: 'inline-block', width: 24, height: 0, borderTop: `${Math.round(look.width * 1.5)}px solid ${look.line}`, margin: '0 6px 0 14px', verticalAlign: 'middle' }} />
                {label}
              </span>
            ))}
            {data.resilience.soleChannels.length ? (
              <span>
                <span style={{ display: 'inline-block', width: 24, height: 0, borderTop: `2px dashed ${NETWORK_LOOK.sole.line}`, margin: '0 6px 0 14px', verticalAlign: 'middle' }} />
                {t('net.soleChannel')}
              </span>
            ) : null}
          </div>
        </div>
        <div style={{ width: 380, flex: 'none', overflow: 'auto', padding: 16, borderLeft: '1px solid #f0f0f0', background: '#fff' }}>
          <Row gutter={12}>
            <Col span={12}>
              <Card size="small" data-testid="rate-tier1">
                <Statistic title={<RateTitle label={t('net.rateTier1')} hint={t('net.rateTier1Hint')} />} value={pct(rate.tier1.rate)} />
                <Typography.Text type="secondary">{t('net.rateCount', { local: rate.tier1.local, total: rate.tier1.total })}</Typography.Text>
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small" data-testid="rate-tier2">
                <Statistic title={<RateTitle label={t('net.rateTier2')} hint={t('net.rateTier2Hint')} />} value={pct(rate.tier2.rate)} />
                <Typography.Text type="secondary">{t('net.rateCount', { local: rate.tier2.local, total: rate.tier2.total })}</Typography.Text>
              </Card>
            </Col>
          </Row>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('net.bySegment')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="rate-chart-note">
            {t('net.bySegmentNote', { shown: Math.min(CHART_SEGMENTS, rate.bySegment.length), total: rate.bySegment.length })}
          </Typography.Paragraph>
          {chart && rate.bySegment.length ? (
            <EChart option={chart} style={{ height: Math.max(140, 34 + 26 * Math.min(12, rate.bySegment.length)) }} testId="rate-chart" />
          ) : (
            <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
          )}
          <ResiliencePanel data={data.resilience} query={{ id, scope, evidence }} />
        </div>
      </div>
    </div>
  );
}

const RED = '#cf1322';

/** The variables every 韧性 page asks with: the view's enterprise, scope and evidence mode. */
interface ResilienceQuery {
  id: string;
  scope: string | null;
  evidence: EvidenceMode | null;
}
/** Rows a "more" button adds to a group's suppliers or to the sole channels. */
const RESILIENCE_PAGE = 50;
type GroupSupplier = ResilienceSuppliersQuery['resilienceSuppliers']['suppliers'][number];

/** A group's suppliers, page by page (the answer counts them all but lists none of them). */
function GroupSuppliers({ query, segmentId, total }: { query: ResilienceQuery; segmentId: string | null; total: number }) {
  const { t, name } = useI18n();
  const [items, setItems] = useState<GroupSupplier[]>([]);
  const [status, setStatus] = useState<'loading' | 'ok' | 'error'>('loading');
  const { id, scope, evidence } = query;
  const load = useCallback(
    async (offset: number) => {
      setStatus('loading');
      try {
        const r = await gql(RESILIENCE_SUPPLIERS_QUERY, { id, scope, evidence, segmentId, offset, limit: RESILIENCE_PAGE });
        setItems((prev) => (offset === 0 ? r.resilienceSuppliers.suppliers : [...prev, ...r.resilienceSuppliers.suppliers]));
        setStatus('ok');
      } catch {
        setStatus('error');
      }
    },
    [id, scope, evidence, segmentId],
  );
  useEffect(() => {
    void load(0);
  }, [load]);
  return (
    <div data-testid="resilience-suppliers" data-segment-id={segmentId ?? ''}>
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {items.map((s) => (
          <li key={s.enterprise.id} data-enterprise-id={s.enterprise.id}>
            <Link to={`/enterprises/${encodeURIComponent(s.enterprise.id)}`}>{name(s.enterprise)}</Link>
            {s.local ? <Tag style={{ marginLeft: 6 }}>{t('res.local')}</Tag> : null}
            {s.foreign ? <Tag color="orange">{t('res.foreign')}</Tag> : null}
            {s.share !== null ? <Typography.Text type="secondary">{` ${t('res.share')} ${pct(s.share)}`}</Typography.Text> : null}
          </li>
        ))}
      </ul>
      <Space size={8} style={{ marginTop: 4 }}>
        <Typography.Text type="secondary" data-testid="resilience-suppliers-shown">
          {t('res.shown', { shown: items.length, total })}
        </Typography.Text>
        {status === 'error' ? <Typography.Text type="danger">{t('res.pageError')}</Typography.Text> : null}
        {items.length < total ? (
          <Button size="small" loading={status === 'loading'} onClick={() => void load(items.length)} data-testid="resilience-suppliers-more">
            {t('res.more')}
          </Button>
        ) : null}
      </Space>
    </div>
  );
}

type SoleChannelRow = NetworkData['resilience']['soleChannels'][number];

/** 韧性: tier-1 groups with their HHI (single source and HIGH in red; a row opens its suppliers), the foreign share, the sole channels (50 at a time). */
function ResiliencePanel({ data, query }: { data: NetworkData['resilience']; query: ResilienceQuery }) {
  const { t, name } = useI18n();
  const rows = data.segments.map((g, i) => ({ key: g.segment?.id ?? `none-${i}`, ...g }));
  const [more, setMore] = useState<{ channels: SoleChannelRow[]; status: 'ok' | 'loading' | 'error' }>({ channels: [], status: 'ok' });
  useEffect(() => setMore({ channels: [], status: 'ok' }), [data]);
  const channels = [...data.soleChannels, ...more.channels];
  const loadChannels = async () => {
    setMore((m) => ({ ...m, status: 'loading' }));
    try {
      const r = await gql(RESILIENCE_SOLE_CHANNELS_QUERY, { id: query.id, evidence: query.evidence, offset: channels.length, limit: RESILIENCE_PAGE });
      setMore((m) => ({ channels: [...m.channels, ...r.resilienceSoleChannels.channels], status: 'ok' }));
    } catch {
      setMore((m) => ({ ...m, status: 'error' }));
    }
  };
  return (
    <section data-testid="resilience-panel" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('res.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('res.hint')}
      </Typography.Paragraph>
      <Typography.Paragraph data-testid="resilience-foreign">{t('res.foreignShare', { foreign: data.foreign, total: data.suppliers, percent: pct(data.foreignShare) })}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        rowClassName={() => 'resilience-row'}
        expandable={{ expandedRowRender: (g) => <GroupSuppliers query={query} segmentId={g.segment?.id ?? null} total={g.suppliers} /> }}
        onRow={(g) =>
          ({
            'data-testid': 'resilience-group',
            'data-single': g.singleSource ? '1' : '0',
            'data-concentration': g.concentration,
            style: g.singleSource || g.concentration === 'HIGH' ? { color: RED } : undefined,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('res.segment'), key: 'segment', render: (_, g) => (g.segment ? name(g.segment) : t('net.noSegment')) },
          { title: t('res.suppliers'), dataIndex: 'suppliers', align: 'right' },
          { title: t('res.local'), dataIndex: 'local', align: 'right' },
          { title: t('res.foreign'), dataIndex: 'foreign', align: 'right' },
          { title: t('res.hhi'), key: 'hhi', align: 'right', render: (_, g) => `${g.hhi.toFixed(2)}${g.sharesUsed ? ` (${t('res.byShare')})` : ''}` },
          {
            title: t('res.concentration'),
            key: 'conc',
            render: (_, g) => (
              <Space size={2} wrap>
                {g.singleSource ? <Tag color="red">{t('res.single')}</Tag> : null}
                <Tag color={g.concentration === 'HIGH' ? 'red' : g.concentration === 'MODERATE' ? 'orange' : 'green'}>{t(`conc.${g.concentration}`)}</Tag>
              </Space>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('res.soleChannels')}
      </Typography.Title>
      {channels.length ? (
        <>
          <ul data-testid="sole-channels" style={{ margin: 0, paddingLeft: 18 }}>
            {channels.map((s) => (
              <li key={s.enterprise.id} data-enterprise-id={s.enterprise.id} style={{ color: RED }}>
                {t('res.carries', {
                  name: name(s.enterprise),
                  list: s.carries.map((c) => name(c)).join('、') + (s.carriesCount > s.carries.length ? t('res.andMore', { total: s.carriesCount }) : ''),
                })}
              </li>
            ))}
          </ul>
          <Space size={8} style={{ marginTop: 4 }}>
            <Typography.Text type="secondary" data-testid="sole-channels-shown">
              {t('res.shown', { shown: channels.length, total: data.soleChannelCount })}
            </Typography.Text>
            {more.status === 'error' ? <Typography.Text type="danger">{t('res.pageError')}</Typography.Text> : null}
            {channels.length < data.soleChannelCount ? (
              <Button size="small" loading={more.status === 'loading'} onClick={() => void loadChannels()} data-testid="sole-channels-more">
                {t('res.more')}
              </Button>
            ) : null}
          </Space>
        </>
      ) : (
        <Typography.Text type="secondary">{t('res.noSole')}</Typography.Text>
      )}
    </section>
  );
}
