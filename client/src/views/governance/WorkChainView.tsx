import { CheckOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Select, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import { ScatterChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { gql } from '../../api/graphql';
import { useSession } from '../../api/session';
import { MARK_MILESTONE_DONE, WORK_CHAIN_QUERY, type WorkChainData, type WorkChainFilter } from '../../api/governance';
import { useGql } from '../../api/use-gql';
import { EChart, type EChartOption } from '../../components/EChart';
import { useI18n } from '../../i18n/react';
import { useUrlState } from '../url-state';
import { chinaToday, HEALTH_COLOR } from './health';

echarts.use([ScatterChart, MarkLineComponent]);

const HEALTHS = ['OVERDUE', 'DUE_SOON', 'ON_TRACK', 'NO_PLAN', 'COMPLETE'] as const;
const LISTS = ['NEGOTIATING_LIST', 'SIGNED_REGISTERED', 'NEW_LAND', 'UNDER_CONSTRUCTION', 'INVESTMENT_SUPPORT'] as const;

type Data = WorkChainData;
type Item = Data['workChain'][number];
type Score = Data['unitScorecard'][number];

/** Planned dates as diamonds, done dates as dots, overdue in red, a line for asOf: a Gantt-like picture. */
function ganttOption(items: Item[], asOf: string, todayLabel: string): EChartOption {
  const projects = items.filter((i) => i.milestones.length).slice(0, 40);
  const names = projects.map((i) => i.project.name);
  const planned = projects.flatMap((i) => i.milestones.map((m) => ({ value: [m.plannedOn, i.project.name], name: m.name, itemStyle: { color: HEALTH_COLOR[m.health] } })));
  const done = projects.flatMap((i) => i.milestones.filter((m) => m.doneOn).map((m) => ({ value: [m.doneOn, i.project.name], name: m.name })));
  return {
    grid: { left: 220, right: 40, top: 28, bottom: 30 },
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: [string, string] }) => `${p.value[1]}<br/>${p.name} ${p.value[0]}` },
    // A few days' margin either side, so the first and last node are not on the frame.
    xAxis: { type: 'time', min: (v: { min: number }) => v.min - 3 * 86_400_000, max: (v: { max: number }) => v.max + 3 * 86_400_000, axisLabel: { formatter: '{yyyy}-{MM}-{dd}', hideOverlap: true } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
    series: [
      {
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 12,
        data: planned,
        markLine: { symbol: 'none', lineStyle: { color: '#cf1322', type: 'dashed' }, label: { formatter: todayLabel, position: 'end' }, data: [{ xAxis: asOf }] },
      },
      { type: 'scatter', symbol: 'circle', symbolSize: 7, itemStyle: { color: '#389e0d' }, data: done },
    ],
  };
}

function scoreOption(scores: Score[], t: (k: 'score.overdue' | 'score.dueSoon' | 'score.onTrack' | 'score.done' | 'score.doneLate') => string): EChartOption {
  const keys = ['overdue', 'dueSoon', 'onTrack', 'done', 'doneLate'] as const;
  const colors = ['#cf1322', '#d48806', '#1677ff', '#389e0d', '#7cb305'];
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 120, right: 20, top: 30, bottom: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: scores.map((s) => s.unit.name), inverse: true },
    series: keys.map((k, i) => ({ type: 'bar', stack: 'm', name: t(`score.${k}`), itemStyle: { color: colors[i] }, data: scores.map((s) => s[k]) })),
  };
}

/** 工作链 (/workchain): projects with their time nodes, worst first, filters in the URL, the unit scorecard. */
export function WorkChainView() {
  const { t, name } = useI18n();
  const { can } = useSession();
  const { message } = AntApp.useApp();
  const { params, update } = useUrlState();
  const asOf = params.get('asOf') || chinaToday();
  const set = (key: string, value: string | null) => update({ [key]: value }, { replace: false });
  const filter: WorkChainFilter = {
    ...(params.get('chain') ? { chainId: params.get('chain') } : {}),
    ...(params.get('unit') ? { unitId: params.get('unit') } : {}),
    ...(params.get('health') ? { health: params.get('health') as WorkChainFilter['health'] } : {}),
    ...(params.get('list') ? { list: params.get('list') as WorkChainFilter['list'] } : {}),
    ...(params.get('key') === '1' ? { key: true } : {}),
  };
  const load = useGql(WORK_CHAIN_QUERY, { asOf, filter, chainId: params.get('chain') || null });
  const canEdit = can('Mutation.markMilestoneDone');
  const data = load.status === 'ok' || load.status === 'loading' ? load.data : undefined;
  const gantt = useMemo(() => (data ? ganttOption(data.workChain, asOf, t('work.today')) : null), [data, asOf, t]);
  const scoreChart = useMemo(() => (data ? scoreOption(data.unitScorecard, t) : null), [data, t]);
  if (load.status === 'error') return <Alert type="error" showIcon message={load.error.message} style={{ margin: 20 }} />;
  if (!data) return <Skeleton active style={{ padding: 20 }} />;
  const markDone = async (id: string) => {
    try {
      await gql(MARK_MILESTONE_DONE, { id, doneOn: asOf });
      load.reload();
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div style={{ padding: '12px 20px', overflow: 'auto', height: '100%' }} data-testid="workchain-view">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('work.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('work.asOf', { date: asOf })}</Typography.Text>
        {can('Query.bulletin') ? (
          <Link to="/bulletin" data-testid="link-bulletin">
            {t('nav.bulletin')}
          </Link>
        ) : null}
        <Select
          data-testid="filter-chain"
          allowClear
          placeholder={t('work.chain')}
          style={{ width: 160 }}
          value={params.get('chain') || undefined}
          onChange={(v) => set('chain', v ?? null)}
          options={data.chains.map((c) => ({ value: c.id, label: name(c) }))}
        />
        <Select
          data-testid="filter-unit"
          allowClear
          placeholder={t('work.unit')}
          style={{ width: 160 }}
          value={params.get('unit') || undefined}
          onChange={(v) => set('unit', v ?? null)}
          options={data.unitScorecard.map((s) => ({ value: s.unit.id, label: s.unit.name }))}
        />
        <Select
          data-testid="filter-health"
          allowClear
          placeholder={t('work.health')}
          style={{ width: 120 }}
          value={params.get('health') || undefined}
          onChange={(v) => set('health', v ?? null)}
          options={HEALTHS.map((h) => ({ value: h, label: t(`health.${h}`) }))}
        />
        <Select
          data-testid="filter-list"
          allowClear
          placeholder={t('work.list')}
          style={{ width: 140 }}
          value={params.get('list') || undefined}
          onChange={(v) => set('list', v ?? null)}
          options={LISTS.map((l) => ({ value: l, label: t(`list.${l}`) }))}
        />
        <Space size={4}>
          <Switch data-testid="filter-key" size="small" checked={params.get('key') === '1'} onChange={(v) => set('key', v ? '1' : null)} />
          {t('work.keyOnly')}
        </Space>
        <Link to="/bulletin">{t('nav.bulletin')}</Link>
      </Space>
      <Card size="small" style={{ marginBottom: 16 }}>
        {gantt ? <EChart option={gantt} testId="workchain-gantt" style={{ height: Math.max(200, Math.min(40, data.workChain.filter((i) => i.milestones.length).length) * 26 + 60) }} /> : null}
      </Card>
      <Table
        data-testid="workchain-table"
        size="small"
        rowKey={(r) => r.project.id}
        dataSource={data.workChain}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({ 'data-project-id': r.project.id, 'data-health': r.health }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('work.health'),
            width: 110,
            render: (_, r) => (
              <Tag color={HEALTH_COLOR[r.health]} data-testid="project-health">
                {t(`health.${r.health}` as 'health.OVERDUE')}
                {r.daysOverdue ? ` ${r.daysOverdue}` : ''}
              </Tag>
            ),
          },
          {
            title: t('work.project'),
            render: (_, r) => (
              <>
                {r.project.key ? <Tag color="gold">{t('gov.keyProjects')}</Tag> : null}
                {r.project.name}
              </>
            ),
          },
          { title: t('work.unit'), render: (_, r) => r.responsibleUnit?.name ?? '' },
          { title: t('work.person'), dataIndex: 'responsiblePerson' },
          { title: t('work.champion'), render: (_, r) => r.champion?.name ?? '' },
          {
            title: t('work.milestones'),
            render: (_, r) => (
              <Space direction="vertical" size={2}>
                {r.milestones.map((m) => (
                  <Space key={m.id} size={4} data-testid={`milestone-${m.id}`} data-health={m.health}>
                    <Tag color={HEALTH_COLOR[m.health]}>{t(`health.${m.health}` as 'health.OVERDUE')}</Tag>
                    <span>
                      {m.name} · {m.plannedOn}
                      {m.doneOn ? ` → ${m.doneOn}` : ''}
                      {m.daysOverdue ? ` · ${t('work.daysOverdue', { days: m.daysOverdue })}` : ''}
                    </span>
                    {canEdit && !['DONE', 'DONE_LATE'].includes(m.health) ? (
                      <Button size="small" icon={<CheckOutlined />} data-testid={`mark-done-${m.id}`} onClick={() => void markDone(m.id)}>
                        {t('work.markDone')}
                      </Button>
                    ) : null}
                  </Space>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <Card size="small" title={t('work.scorecard')} style={{ marginTop: 16 }} data-testid="unit-scorecard">
        <Table
          size="small"
          pagination={false}
          rowKey={(r) => r.unit.id}
          dataSource={data.unitScorecard}
          columns={[
            { title: t('work.unit'), render: (_, r) => r.unit.name },
            { title: t('score.overdue'), dataIndex: 'overdue' },
            { title: t('score.dueSoon'), dataIndex: 'dueSoon' },
            { title: t('score.onTrack'), dataIndex: 'onTrack' },
            { title: t('score.done'), dataIndex: 'done' },
            { title: t('score.doneLate'), dataIndex: 'doneLate' },
            { title: t('score.projects'), dataIndex: 'projects' },
          ]}
        />
        {scoreChart ? <EChart option={scoreChart} testId="scorecard-chart" style={{ height: Math.max(160, data.unitScorecard.length * 30 + 60) }} /> : null}
      </Card>
    </div>
  );
}
