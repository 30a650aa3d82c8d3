import { Alert, Card, Col, Descriptions, Empty, Progress, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { fmtNum, fmtWanSqm, PARK_QUERY, PARKS_QUERY, type ParkCard } from '../../api/elements';
import { useGql } from '../../api/use-gql';
import { useI18n } from '../../i18n/react';

/** Pipeline stages a park card counts as "in the pipeline" (在谈 … 在建). */
const PIPELINE = new Set(['NEGOTIATING', 'SIGNED', 'REGISTERED', 'LAND_ACQUIRED', 'UNDER_CONSTRUCTION']);

function SpaceBar({ park }: { park: ParkCard }) {
  const { t } = useI18n();
  if (park.floorSpaceSqm === null) return <Typography.Text type="secondary">{t('parks.noSpace')}</Typography.Text>;
  const vacant = park.vacantSqm ?? 0;
  const used = Math.max(0, park.floorSpaceSqm - vacant);
  const percent = park.floorSpaceSqm > 0 ? Math.round((used / park.floorSpaceSqm) * 100) : 0;
  return (
    <div data-testid="park-space">
      <Progress percent={percent} size="small" strokeColor="#1677ff" trailColor="#b7eb8f" format={() => t('parks.vacantShort', { wan: fmtWanSqm(vacant) })} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('parks.space', { floor: fmtWanSqm(park.floorSpaceSqm), vacant: park.vacantSqm === null ? '—' : fmtWanSqm(vacant) })}
      </Typography.Text>
    </div>
  );
}

/** 园区: the zone's parks as cards — theme, floor space and vacancy, settled enterprises, pipeline projects. */
export function ParksView() {
  const { t } = useI18n();
  const parks = useGql(PARKS_QUERY, {});
  if (parks.status === 'error') return <Alert type="error" showIcon message={t('app.error', { message: parks.error.message })} style={{ margin: 24 }} />;
  if (parks.status !== 'ok') return <Spin style={{ margin: 48 }} />;
  return (
    <div style={{ padding: 16 }} data-testid="parks-view">
      <Typography.Title level={3}>{t('parks.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('parks.hint')}{' '}
        <Link to="/land" data-testid="link-land">
          {t('nav.land')}
        </Link>
      </Typography.Paragraph>
      {parks.data.parks.length === 0 ? <Empty /> : null}
      <Row gutter={[12, 12]}>
        {parks.data.parks.map((p) => {
          const pipeline = p.projects.filter((x) => PIPELINE.has(x.stage));
          return (
            <Col key={p.id} xs={24} md={12} xl={8}>
              <Card
                data-testid="park-card"
                data-park-id={p.id}
                size="small"
                title={<Link to={`/parks/${encodeURIComponent(p.id)}`}>{p.name}</Link>}
                extra={p.kind ? <Tag>{t(`parkKind.${p.kind}` as 'parkKind.THEME_PARK')}</Tag> : null}
              >
                <div style={{ marginBottom: 6 }}>
                  {p.themes.length ? (
                    p.themes.map((s) => (
                      <Tag color="blue" key={s.id}>
                        {s.name}
                      </Tag>
                    ))
                  ) : (
                    <Typography.Text type="secondary">{t('parks.noTheme')}</Typography.Text>
                  )}
                </div>
                <SpaceBar park={p} />
                <Space size={16} style={{ marginTop: 6 }}>
                  <span data-testid="park-enterprises">{t('parks.enterprises', { count: p.enterpriseCount })}</span>
                  <span data-testid="park-pipeline">{t('parks.pipeline', { count: pipeline.length })}</span>
                </Space>
              </Card>
            </Col>
          );
        })}
      </Row>
    </div>
  );
}

/** One park's profile: figures, themes, settled enterprises, projects and parcels. */
export function ParkView() {
  const { id = '' } = useParams();
  const { t, name } = useI18n();
  const park = useGql(PARK_QUERY, { id });
  if (park.status === 'error') return <Alert type="error" showIcon message={t('app.error', { message: park.error.message })} style={{ margin: 24 }} />;
  if (park.status !== 'ok') return <Spin style={{ margin: 48 }} />;
  const p = park.data.park;
  if (!p) return <Alert type="warning" showIcon message={t('parks.notFound', { id })} style={{ margin: 24 }} />;
  return (
    <div style={{ padding: 16 }} data-testid="park-view" data-park-id={p.id}>
      <Link to="/parks">{t('parks.back')}</Link>
      <Typography.Title level={3}>{p.name}</Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('parks.kind')}>{p.kind ? t(`parkKind.${p.kind}` as 'parkKind.THEME_PARK') : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('parks.operator')}>{p.operator ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('parks.region')}>{p.region?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('parks.area')}>{p.areaMu === null ? '—' : `${fmtNum(p.areaMu)} ${t('unit.mu')}`}</Descriptions.Item>
        <Descriptions.Item label={t('parks.floor')}>{p.floorSpaceSqm === null ? '—' : `${fmtWanSqm(p.floorSpaceSqm)} ${t('unit.wanSqm')}`}</Descriptions.Item>
        <Descriptions.Item label={t('parks.vacant')}>{p.vacantSqm === null ? '—' : `${fmtWanSqm(p.vacantSqm)} ${t('unit.wanSqm')}`}</Descriptions.Item>
        <Descriptions.Item label={t('parks.rent')}>{p.rentYuanSqmMonth === null ? '—' : `${fmtNum(p.rentYuanSqmMonth)} ${t('unit.rent')}`}</Descriptions.Item>
        <Descriptions.Item label={t('parks.themes')} span={2}>
          {p.themes.map((s) => (
            <Tag color="blue" key={s.id}>
              {name(s)}
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      {p.description ? (
        <Typography.Paragraph style={{ marginTop: 12 }} data-testid="park-description">
          {p.description}
        </Typography.Paragraph>
      ) : null}
      <div style={{ maxWidth: 520, margin: '12px 0' }}>
        <SpaceBar park={p} />
      </div>
      <Typography.Title level={5}>{t('parks.enterprises', { count: p.enterpriseCount })}</Typography.Title>
      <ul data-testid="park-enterprise-list">
        {p.enterprises.map((e) => (
          <li key={e.id}>
            <Link to={`/enterprises/${encodeURIComponent(e.id)}`}>{name(e)}</Link>
          </li>
        ))}
      </ul>
      <Typography.Title level={5}>{t('parks.projects', { count: p.projects.length })}</Typography.Title>
      <ul data-testid="park-project-list">
        {p.projects.map((x) => (
          <li key={x.id}>
            {x.name} <Tag>{t(`projectStage.${x.stage}` as 'projectStage.LEAD')}</Tag>
          </li>
        ))}
      </ul>
      <Typography.Title level={5}>{t('parks.parcels', { count: p.parcels.length })}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.parcels}
        columns={[
          { title: t('parks.parcel'), dataIndex: 'name' },
          { title: t('parks.area'), render: (_, r) => `${fmtNum(r.areaMu)} ${t('unit.mu')}` },
          { title: t('parks.status'), render: (_, r) => t(`parcelStatus.${r.status}` as 'parcelStatus.AVAILABLE') },
          { title: t('parks.minInvestment'), render: (_, r) => (r.minInvestmentWanPerMu === null ? '—' : fmtNum(r.minInvestmentWanPerMu)) },
          { title: t('parks.minTax'), render: (_, r) => (r.minTaxWanPerMu === null ? '—' : fmtNum(r.minTaxWanPerMu)) },
          { title: t('parks.availableFrom'), render: (_, r) => r.availableFrom ?? '—' },
        ]}
      />
    </div>
  );
}
