import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CARD_STATUS_QUERY, CHAINS_QUERY, type CardSummary, type ChainSummary } from '../api/chains';
import { PROJECT_STAGES } from '../api/fragments';
import { ZONE_PROJECTS_QUERY } from '../api/projects';
import { useSession } from '../api/session';
import type { SearchHit } from '../api/search';
import { useGql } from '../api/use-gql';
import { EChart, type EChartOption } from '../components/EChart';
import { EvidenceSwitch } from '../components/EvidenceSwitch';
import { SearchBox } from '../components/SearchBox';
import { STATUS_COLORS } from '../graph/palette';
import { useI18n } from '../i18n/react';
import { EnterpriseFormModal } from './enterprise/editing';
import { evidenceParam, evidenceValue, useUrlState } from './url-state';

type Summary = CardSummary;

function ChainCard({ chain, evidence, onSummary }: { chain: ChainSummary; evidence: 'ALL' | 'CONFIRMED'; onSummary(chainId: string, summary: Summary): void }) {
  const { t, name } = useI18n();
  const status = useGql(CARD_STATUS_QUERY, { chainId: chain.id, evidence });
  const mapLink = `/chains/${encodeURIComponent(chain.id)}${evidence === 'CONFIRMED' ? '?ev=confirmed' : ''}`;
  const data = status.status === 'ok' ? status.data.chainStatus : null;
  useEffect(() => {
    if (data) onSummary(chain.id, data.summary);
  }, [data, chain.id, onSummary]);
  const activeProjects = data ? new Set(data.segments.flatMap((s) => s.activeProjectIds)).size : 0;
  const option = useMemo<EChartOption | null>(() => {
    if (!data) return null;
    const rows = [
      { key: 'STRONG', value: data.summary.strong },
      { key: 'WEAK', value: data.summary.weak },
      { key: 'MISSING', value: data.summary.missing },
    ] as const;
    return {
      animation: false,
      grid: { left: 48, right: 28, top: 6, bottom: 6 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', show: false, minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => t(`status.${r.key}`)), inverse: true, axisTick: { show: false }, axisLine: { show: false } },
      series: [
        {
          type: 'bar',
          barWidth: 14,
          data: rows.map((r) => ({ value: r.value, itemStyle: { color: STATUS_COLORS[r.key].border } })),
          label: { show: true, position: 'right', fontSize: 12 },
        },
      ],
    };
  }, [data, t]);
  return (
    <Card
      title={
        <Link to={mapLink} data-testid="chain-link">
          {name(chain)}
        </Link>
      }
      extra={<Link to={mapLink}>{t('home.open')}</Link>}
      size="small"
      style={{ height: '100%' }}
    >
      {chain.description ? (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ minHeight: 44 }}>
          {chain.description}
        </Typography.Paragraph>
      ) : null}
      {status.status === 'error' ? <Alert type="warning" showIcon message={status.error.message} /> : null}
      {!data && status.status !== 'error' ? <Skeleton active paragraph={{ rows: 3 }} title={false} /> : null}
      {data && option ? (
        <>
          <Space size={4} wrap data-testid="chain-counts">
            <Tag color={STATUS_COLORS.STRONG.border} data-status="STRONG">
              {t('status.STRONG')} {data.summary.strong}
            </Tag>
            <Tag color={STATUS_COLORS.WEAK.border} data-status="WEAK">
              {t('status.WEAK')} {data.summary.weak}
            </Tag>
            <Tag color={STATUS_COLORS.MISSING.border} data-status="MISSING">
              {t('status.MISSING')} {data.summary.missing}
            </Tag>
            <Tag color="blue">
              {t('status.FILLING')} {data.summary.filling}
            </Tag>
          </Space>
          <EChart option={option} style={{ height: 96, marginTop: 6 }} testId="chain-chart" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('home.scope', { scope: data.scope.name })} · {t('home.segments', { count: chain.segments.length })} · {t('home.activeProjects', { count: activeProjects })}
          </Typography.Text>
        </>
      ) : null}
      <div style={{ marginTop: 8 }}>
        <Typography.Text strong>{t('home.mastersLabel')}</Typography.Text>
        {chain.masters.length ? (
          chain.masters.map((m) => (
            <Link key={m.id} to={`/enterprises/${encodeURIComponent(m.id)}`} style={{ marginRight: 8 }}>
              {name(m)}
            </Link>
          ))
        ) : (
          <Typography.Text type="secondary">{t('home.noMasters')}</Typography.Text>
        )}
      </div>
    </Card>
  );
}

/**
 * The zone at a glance: chains, their segments by status in the home scope (summed over the chain
 * cards), projects by stage and the investment of those not dropped (the projects the user may see).
 */
function ZoneTotals({ chains, summaries }: { chains: number; summaries: Summary[] }) {
  const { t } = useI18n();
  const { can } = useSession();
  const projects = useGql(can('Query.projects') ? ZONE_PROJECTS_QUERY : null, { filter: { includeConfidential: can('Data.confidentialProjects') } });
  const sum = (k: keyof Summary) => summaries.reduce((n, s) => n + s[k], 0);
  const list = projects.status === 'ok' ? projects.data.projects : [];
  const byStage = PROJECT_STAGES.map((stage) => ({ stage, count: list.filter((p) => p.stage === stage).length })).filter((s) => s.count > 0);
  const investment = Math.round(list.filter((p) => p.stage !== 'DROPPED').reduce((n, p) => n + (p.investmentYi ?? 0), 0) * 100) / 100;
  const ready = summaries.length === chains;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="zone-totals" data-ready={String(ready)}>
      <Space size={32} wrap align="start">
        <Statistic title={t('home.totalChains')} value={chains} />
        <Statistic title={t('home.totalSegments')} value={ready ? `${sum('strong')} / ${sum('weak')} / ${sum('missing')}` : '…'} />
        <Statistic title={t('home.totalFilling')} value={ready ? `${sum('filling')} / ${sum('broken')}` : '…'} />
        <div>
          <Typography.Text type="secondary">{t('home.totalProjects', { count: list.length })}</Typography.Text>
          <div style={{ marginTop: 6 }} data-testid="zone-projects">
            {byStage.length ? (
              byStage.map((s) => (
                <Tag key={s.stage}>
                  {t(`projectStage.${s.stage}`)} {s.count}
                </Tag>
              ))
            ) : (
              <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
            )}
          </div>
        </div>
        <Statistic title={t('home.totalInvestment')} value={investment} suffix={t('home.yi')} />
      </Space>
    </Card>
  );
}

function HomeSearch() {
  const navigate = useNavigate();
  const go = (hit: SearchHit) => {
    if (hit.kind === 'ENTERPRISE') navigate(`/enterprises/${encodeURIComponent(hit.id)}`);
    else if (hit.kind === 'CHAIN') navigate(`/chains/${encodeURIComponent(hit.id)}`);
    else navigate(`/chains/${encodeURIComponent(hit.chainId ?? '')}?sel=${encodeURIComponent(hit.id)}`);
  };
  return <SearchBox onPick={go} />;
}

export function HomeView() {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { params, update } = useUrlState();
  const evidence = evidenceParam(params);
  const canCreate = can('Mutation.upsertEnterprise');
  const chains = useGql(CHAINS_QUERY);
  const [summaries, setSummaries] = useState<Record<string, Summary>>({});
  const onSummary = useCallback((chainId: string, summary: Summary) => setSummaries((s) => (s[chainId] === summary ? s : { ...s, [chainId]: summary })), []);
  const chainList = chains.status === 'ok' ? chains.data.chains : [];
  return (
    <div style={{ padding: '20px 24px', maxWidth: 1400, margin: '0 auto' }}>
      <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('home.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.subtitle')}</Typography.Paragraph>
      {can('Query.search') ? (
        <div style={{ marginBottom: 20, display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
          <div style={{ flex: '1 1 360px', maxWidth: 560 }}>
            <HomeSearch />
          </div>
          {canCreate ? (
            <Button icon={<PlusOutlined />} size="large" onClick={() => setCreating(true)} data-testid="new-enterprise">
              {t('edit.newEnterprise')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {canCreate ? <EnterpriseFormModal open={creating} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/enterprises/${encodeURIComponent(id)}`)} /> : null}
      <EvidenceSwitch value={evidence} onChange={(e) => update({ ev: evidenceValue(e) })} style={{ marginBottom: 12 }} />
      {chainList.length ? <ZoneTotals chains={chainList.length} summaries={chainList.map((c) => summaries[c.id]).filter((s): s is Summary => Boolean(s))} /> : null}
      {chains.status === 'error' ? <Alert type="error" showIcon message={t('app.error', { message: chains.error.message })} /> : null}
      {chains.status === 'loading' && !chains.data ? <Skeleton active /> : null}
      {chains.status === 'ok' && chains.data.chains.length === 0 ? <Empty description={t('app.empty')} /> : null}
      <ul data-testid="chain-list" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))', gap: 16 }}>
        {(chains.status === 'ok' ? chains.data.chains : []).map((c) => (
          <li key={c.id} data-chain-id={c.id}>
            <ChainCard chain={c} evidence={evidence} onSummary={onSummary} />
          </li>
        ))}
      </ul>
    </div>
  );
}
