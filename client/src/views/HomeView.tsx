import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CARD_STATUS_QUERY, CHAINS_QUERY, type ChainSummary } from '../api/chains';
import { useSession } from '../api/session';
import type { SearchHit } from '../api/search';
import { useGql } from '../api/use-gql';
import { EChart, type EChartOption } from '../components/EChart';
import { SearchBox } from '../components/SearchBox';
import { STATUS_COLORS } from '../graph/palette';
import { useI18n } from '../i18n/react';
import { EnterpriseFormModal } from './enterprise/editing';

function ChainCard({ chain }: { chain: ChainSummary & { segments: Array<{ id: string }> } }) {
  const { t, name } = useI18n();
  const status = useGql(CARD_STATUS_QUERY, { chainId: chain.id });
  const data = status.status === 'ok' ? status.data.chainStatus : null;
  const activeProjects = data ? new Set(data.segments.flatMap((s) => s.activeProjects.map((p) => p.id))).size : 0;
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
        <Link to={`/chains/${encodeURIComponent(chain.id)}`} data-testid="chain-link">
          {name(chain)}
        </Link>
      }
      extra={<Link to={`/chains/${encodeURIComponent(chain.id)}`}>{t('home.open')}</Link>}
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
  const canCreate = can('Mutation.upsertEnterprise');
  const chains = useGql(CHAINS_QUERY);
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
      {chains.status === 'error' ? <Alert type="error" showIcon message={t('app.error', { message: chains.error.message })} /> : null}
      {chains.status === 'loading' && !chains.data ? <Skeleton active /> : null}
      {chains.status === 'ok' && chains.data.chains.length === 0 ? <Empty description={t('app.empty')} /> : null}
      <ul data-testid="chain-list" style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))', gap: 16 }}>
        {(chains.status === 'ok' ? chains.data.chains : []).map((c) => (
          <li key={c.id} data-chain-id={c.id}>
            <ChainCard chain={c} />
          </li>
        ))}
      </ul>
    </div>
  );
}
