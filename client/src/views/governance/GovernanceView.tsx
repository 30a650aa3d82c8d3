import { Alert, Card, Col, Empty, InputNumber, Progress, Row, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { GOVERNANCE_QUERY, type GovernanceData } from '../../api/governance';
import { useGql } from '../../api/use-gql';
import { useI18n } from '../../i18n/react';
import { ChainTabs } from './ChainTabs';
import { chinaToday, HEALTH_COLOR, num, PACE_COLOR } from './health';

type Target = GovernanceData['chainGovernance']['targets'][number];

/** One target as a progress bar in its pace colour, with a mark where it should be by asOf. */
function TargetBar({ target }: { target: Target }) {
  const { t } = useI18n();
  const percent = target.progress === null ? 0 : Math.max(0, Math.min(100, target.progress * 100));
  const expectedPercent = target.value === 0 ? 0 : Math.max(0, Math.min(100, (target.expected / target.value) * 100));
  return (
    <div data-testid={`target-${target.indicator}`} data-pace={target.pace} style={{ marginBottom: 14 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>{target.name ?? target.indicator}</Typography.Text>
        <Tag color={PACE_COLOR[target.pace]}>{t(`gov.pace.${target.pace}` as 'gov.pace.AHEAD')}</Tag>
      </Space>
      <div style={{ position: 'relative' }}>
        <Progress percent={Math.round(percent)} strokeColor={PACE_COLOR[target.pace]} showInfo={false} />
        <Tooltip title={t('gov.expected', { value: `${num(target.expected)} ${target.unit ?? ''}` })}>
          <div data-testid="expected-mark" style={{ position: 'absolute', top: 2, bottom: 2, left: `calc(${expectedPercent}% - 1px)`, width: 2, background: '#262626' }} />
        </Tooltip>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {target.actual === null ? t('gov.noData') : t('gov.actual', { value: `${num(target.actual)} ${target.unit ?? ''}` })} / {num(target.value)} {target.unit ?? ''} ·{' '}
        {t('gov.expected', { value: num(target.expected) })}
      </Typography.Text>
    </div>
  );
}

/** The 链长制 page of a chain (/chains/<id>/governance): who, policy, targets, key projects, gap tasks. */
export function GovernanceView() {
  const { chainId = '' } = useParams();
  const { t, name } = useI18n();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') || chinaToday();
  const year = Number(params.get('year')) || Number(asOf.slice(0, 4));
  const load = useGql(GOVERNANCE_QUERY, { chainId, year, asOf });
  if (load.status === 'error') return <Alert type="error" showIcon message={load.error.message} style={{ margin: 20 }} />;
  const data = load.status === 'ok' || load.status === 'loading' ? load.data : undefined;
  if (!data) return <Skeleton active style={{ padding: 20 }} />;
  const g = data.chainGovernance;
  const chainName = data.chain ? name(data.chain) : chainId;
  return (
    <div style={{ padding: '12px 20px', overflow: 'auto', height: '100%' }} data-testid="governance-view" data-chain-id={chainId}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('gov.title', { chain: chainName })}
        </Typography.Title>
        <ChainTabs chainId={chainId} active="governance" />
        <span>{t('gov.year')}</span>
        <InputNumber data-testid="gov-year" min={2000} max={2100} value={year} onChange={(v) => v && setParams((p) => (p.set('year', String(v)), p))} />
        <Typography.Text type="secondary">
          {t('gov.asOf')} {g.asOf}
        </Typography.Text>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('gov.chiefs')} data-testid="gov-chiefs">
            {g.chiefs.length
              ? g.chiefs.map((c) => (
                  <div key={c.official.id}>
                    {t(`gov.${c.role}` as 'gov.CHIEF')}：{c.official.name}
                    {c.official.name !== c.official.post ? `（${c.official.post}）` : ''}
                  </div>
                ))
              : t('gov.none')}
          </Card>
          <Card size="small" title={t('gov.masters')} style={{ marginTop: 16 }}>
            {data.chain?.masters.length
              ? data.chain.masters.map((m) => (
                  <div key={m.id}>
                    <Link to={`/enterprises/${encodeURIComponent(m.id)}`}>{m.name}</Link>
                  </div>
                ))
              : t('gov.none')}
          </Card>
          <Card size="small" title={t('gov.team')} style={{ marginTop: 16 }} data-testid="gov-team">
            {g.team.map((m) => (
              <Tag key={m.unit.id} color={m.role === 'LEAD' ? 'blue' : undefined} style={{ marginBottom: 4 }}>
                {m.unit.name}
                {m.role === 'LEAD' ? `（${t('gov.LEAD')}）` : ''}
              </Tag>
            ))}
          </Card>
          <Card size="small" title={t('gov.policies')} style={{ marginTop: 16 }}>
            {g.policies.length
              ? g.policies.map((p) => (
                  <div key={p.id} style={{ marginBottom: 8 }}>
                    {p.url ? (
                      <a href={p.url} target="_blank" rel="noreferrer">
                        {p.title}
                      </a>
                    ) : (
                      <Typography.Text strong>{p.title}</Typography.Text>
                    )}
                    <div style={{ fontSize: 12, color: '#8c8c8c' }}>{[p.docNumber, p.issuedOn].filter(Boolean).join(' · ')}</div>
                    {p.summary ? <div style={{ fontSize: 12 }}>{p.summary}</div> : null}
                  </div>
                ))
              : t('gov.none')}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={`${t('gov.targets')}（${year}）`} data-testid="gov-targets">
            {g.targets.length ? g.targets.map((target) => <TargetBar key={target.indicator} target={target} />) : <Empty />}
          </Card>
          <Card size="small" title={t('gov.keyProjects')} style={{ marginTop: 16 }} data-testid="gov-key-projects">
            {data.workChain.length
              ? data.workChain.map((w) => (
                  <div key={w.project.id} style={{ marginBottom: 6 }}>
                    <Tag color={HEALTH_COLOR[w.health]}>
                      {t(`health.${w.health}` as 'health.OVERDUE')}
                      {w.daysOverdue ? ` ${w.daysOverdue}` : ''}
                    </Tag>
                    <Link to={`/workchain?project=${encodeURIComponent(w.project.id)}`}>{w.project.name}</Link>
                    {w.responsibleUnit ? <Typography.Text type="secondary"> · {w.responsibleUnit.name}</Typography.Text> : null}
                  </div>
                ))
              : t('gov.none')}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('gov.gapTasks')} data-testid="gov-gap-tasks">
            <Table
              size="small"
              pagination={false}
              rowKey="id"
              dataSource={g.gapTasks}
              columns={[
                {
                  title: t('gov.gapTasks'),
                  render: (_, r) => (
                    <>
                      <div>{r.title}</div>
                      <Link to={`/chains/${encodeURIComponent(chainId)}?sel=${encodeURIComponent(r.segment.id)}`}>{r.segment.name}</Link>
                    </>
                  ),
                },
                {
                  title: t('work.unit'),
                  render: (_, r) => (
                    <>
                      {r.unit?.name}
                      {r.owner ? <div style={{ fontSize: 12, color: '#8c8c8c' }}>{r.owner}</div> : null}
                    </>
                  ),
                },
                { title: t('bulletin.planned'), dataIndex: 'dueOn' },
                { title: t('work.health'), render: (_, r) => <Tag>{t(`gov.task.${r.status}` as 'gov.task.OPEN')}</Tag> },
              ]}
            />
          </Card>
          <Card size="small" title={`${t('gov.unassigned')}（${g.unassignedGaps.length}）`} style={{ marginTop: 16 }} data-testid="gov-unassigned">
            {g.unassignedGaps.map((s) => (
              <Link key={s.id} to={`/chains/${encodeURIComponent(chainId)}?sel=${encodeURIComponent(s.id)}`} data-testid={`unassigned-${s.id}`}>
                <Tag color={s.status === 'MISSING' ? 'red' : 'orange'} style={{ marginBottom: 4, cursor: 'pointer' }}>
                  {s.name}
                </Tag>
              </Link>
            ))}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
