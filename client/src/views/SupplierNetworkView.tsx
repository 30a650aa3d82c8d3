import { Alert, Card, Col, InputNumber, Result, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { NETWORK_QUERY } from '../api/enterprises';
import { useGql } from '../api/use-gql';
import { CyGraph, type CyTapEvent } from '../components/CyGraph';
import { ExportMenu, PICTURE_EXPORTS } from '../components/ExportMenu';
import { EChart, type EChartOption } from '../components/EChart';
import { isoToday } from '../export/download';
import { networkElements, networkStylesheet, NETWORK_LOOK, type LinkEvidence, type NetworkNodeInput } from '../graph/network';
import { networkLabels, percent as pct } from '../graph/network-scene';
import { localName } from '../i18n/index';
import { useI18n } from '../i18n/react';
import type { NetworkExportKind } from './network-exports';

interface Rate {
  local: number;
  total: number;
  rate: number | null;
}
interface NetworkData {
  supplierNetwork: {
    center: { id: string; name: string; nameEn: string | null };
    nodes: Array<{
      enterprise: { id: string; name: string; nameEn: string | null; region: { name: string } | null };
      tier: number;
      local: boolean;
      segments: Array<{ id: string; chainId: string; name: string; nameEn: string | null }>;
    }>;
    edges: Array<{ from: string; to: string; evidence: LinkEvidence | null; source: string | null }>;
    truncated: boolean;
  };
  supportingRate: {
    scope: { code: string; name: string };
    tier1: Rate;
    tier2: Rate;
    bySegment: Array<{ segment: { id: string; name: string; nameEn: string | null }; local: number; total: number; rate: number | null }>;
  };
}

/**
 * Each supplier is grouped under one of its segments: the first (by id) in a chain the centre
 * enterprise belongs to, else its first segment.
 */
function networkNodes(data: NetworkData['supplierNetwork'], segmentName: (s: { name: string; nameEn: string | null }) => string): NetworkNodeInput[] {
  const centerChains = new Set(data.nodes.filter((n) => n.tier === 0).flatMap((n) => n.segments.map((s) => s.chainId)));
  return data.nodes.map((n) => {
    const seg = n.segments.find((s) => centerChains.has(s.chainId)) ?? n.segments[0];
    return { id: n.enterprise.id, name: segmentName(n.enterprise), tier: n.tier, local: n.local, group: seg ? { id: seg.id, name: segmentName(seg) } : null };
  });
}

/** The links' named sources, most used first (at most five), for an export's footer. */
function linkSources(edges: NetworkData['supplierNetwork']['edges']): string[] {
  const counts = new Map<string, number>();
  for (const e of edges) if (e.source?.trim()) counts.set(e.source.trim(), (counts.get(e.source.trim()) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([s]) => s);
}

/** An enterprise's suppliers tier by tier, local or not, with its 本地配套率. */
export function SupplierNetworkView() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tiersRaw = Number(params.get('tiers'));
  const tiers = tiersRaw >= 1 && tiersRaw <= 3 ? tiersRaw : 2;
  const scope = params.get('scope') || null;
  const navigate = useNavigate();
  const { t, name, lang } = useI18n();
  const q = useGql(NETWORK_QUERY, { id, tiers, scope });
  const data = q.status === 'ok' || q.status === 'loading' ? q.data : undefined;
  const nodes = useMemo(() => (data ? networkNodes(data.supplierNetwork, (e) => localName(lang, e)) : []), [data, lang]);
  const elements = useMemo(() => (data ? networkElements(nodes, data.supplierNetwork.edges, networkLabels(lang)) : []), [data, nodes, lang]);
  const styles = useMemo(() => networkStylesheet(), []);
  const chart = useMemo<EChartOption | null>(() => {
    if (!data) return null;
    const rows = data.supportingRate.bySegment.slice(0, 12);
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [t('net.local'), t('net.outside')], top: 0 },
      grid: { left: 110, right: 20, top: 28, bottom: 10 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => name(r.segment)) },
      series: [
        { name: t('net.local'), type: 'bar', stack: 'n', data: rows.map((r) => r.local), itemStyle: { color: NETWORK_LOOK.local.border } },
        { name: t('net.outside'), type: 'bar', stack: 'n', data: rows.map((r) => r.total - r.local), itemStyle: { color: '#bfbfbf' } },
      ],
    };
  }, [data, t, name]);
  const onTap = useCallback((e: CyTapEvent) => {
    if (e.data?.kind === 'enterprise') navigate(`/enterprises/${encodeURIComponent(String(e.data.enterpriseId))}/network${window.location.search}`);
  }, [navigate]);

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
    });
  };

  if (q.status === 'error') {
    return q.error.code === 'NOT_FOUND' ? (
      <Result status="404" title={t('app.notFound')} extra={<Link to="/">{t('app.backHome')}</Link>} />
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
          <InputNumber min={1} max={3} value={tiers} onChange={(v) => setParams((p) => { const n = new URLSearchParams(p); if (v && v !== 2) n.set('tiers', String(v)); else n.delete('tiers'); return n; }, { replace: true })} style={{ width: 64 }} data-testid="network-tiers" />
        </Space>
        <Typography.Text type="secondary">{t('home.scope', { scope: rate.scope.name })}</Typography.Text>
        <ExportMenu<NetworkExportKind> run={doExport} entries={PICTURE_EXPORTS} />
        {data.supplierNetwork.truncated ? <Alert type="warning" showIcon banner message={t('net.truncated')} /> : null}
      </div>
      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0, background: '#fff', position: 'relative' }}>
          <CyGraph elements={elements} stylesheet={styles} onTap={onTap} fitKey={`${id}|${tiers}`} data-testid="network-cy" />
          <div style={{ position: 'absolute', left: 12, bottom: 12, fontSize: 12, background: 'rgba(255,255,255,.9)', padding: '4px 8px', borderRadius: 4 }} data-testid="network-legend">
            {([
              [NETWORK_LOOK.local, t('net.local')],
              [NETWORK_LOOK.remote, t('net.outside')],
              [NETWORK_LOOK.center, t('net.focus')],
            ] as const).map(([look, label], i) => (
              <span key={label}>
                <span style={{ display: 'inline-block', width: 18, height: 11, background: look.fill, border: `${look.width}px solid ${look.border}`, margin: i ? '0 6px 0 14px' : '0 6px 0 0', verticalAlign: 'middle' }} />
                {label}
              </span>
            ))}
            {([
              [NETWORK_LOOK.confirmed, t('net.linkConfirmed')],
              [NETWORK_LOOK.unconfirmed, t('net.linkInferred')],
            ] as const).map(([look, label]) => (
              <span key={label}>
                <span style={{ display: 'inline-block', width: 24, height: 0, borderTop: `${Math.round(look.width * 1.5)}px solid ${look.line}`, margin: '0 6px 0 14px', verticalAlign: 'middle' }} />
                {label}
              </span>
            ))}
          </div>
        </div>
        <div style={{ width: 380, flex: 'none', overflow: 'auto', padding: 16, borderLeft: '1px solid #f0f0f0', background: '#fff' }}>
          <Row gutter={12}>
            <Col span={12}>
              <Card size="small" data-testid="rate-tier1">
                <Statistic title={t('net.rateTier1')} value={pct(rate.tier1.rate)} />
                <Typography.Text type="secondary">{t('net.rateValue', { local: rate.tier1.local, total: rate.tier1.total, percent: pct(rate.tier1.rate) })}</Typography.Text>
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small" data-testid="rate-tier2">
                <Statistic title={t('net.rateTier2')} value={pct(rate.tier2.rate)} />
                <Typography.Text type="secondary">{t('net.rateValue', { local: rate.tier2.local, total: rate.tier2.total, percent: pct(rate.tier2.rate) })}</Typography.Text>
              </Card>
            </Col>
          </Row>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('net.bySegment')}
          </Typography.Title>
          {chart && rate.bySegment.length ? <EChart option={chart} style={{ height: Math.max(140, 34 + 26 * Math.min(12, rate.bySegment.length)) }} testId="rate-chart" /> : <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>}
        </div>
      </div>
    </div>
  );
}
