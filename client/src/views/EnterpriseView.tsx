import { ApartmentOutlined, ShareAltOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ENTERPRISE_REF, PROJECT_REF } from '../api/fragments';
import type { EnterpriseRef, Evidence, ProjectRef } from '../api/types';
import { useGql } from '../api/use-gql';
import { useI18n } from '../i18n/react';

interface SupplyLink {
  enterprise: EnterpriseRef;
  products: string | null;
  since: string | null;
  evidence: Evidence | null;
  source: string | null;
}

interface EnterpriseDetail extends EnterpriseRef {
  uscc: string | null;
  founded: string | null;
  tags: string[];
  segments: Array<{ segment: { id: string; chainId: string; name: string; nameEn: string | null }; role: string; products: string | null; evidence: Evidence | null; source: string | null }>;
  suppliers: SupplyLink[];
  customers: SupplyLink[];
  parks: Array<{ park: { id: string; name: string }; since: string | null }>;
  projects: ProjectRef[];
  leads: Array<{ id: string; name: string; nameEn: string | null }>;
}

const LINK = `enterprise { ${ENTERPRISE_REF} } products since evidence source`;
const QUERY = `query Enterprise($id: ID!) {
  enterprise(id: $id) {
    ${ENTERPRISE_REF} uscc founded tags
    segments { segment { id chainId name nameEn } role products evidence source }
    suppliers { ${LINK} }
    customers { ${LINK} }
    parks { park { id name } since }
    projects { ${PROJECT_REF} }
    leads { id name nameEn }
  }
}`;

function LinkTable({ rows, testId }: { rows: SupplyLink[]; testId: string }) {
  const { t, name } = useI18n();
  return (
    <Table
      data-testid={testId}
      size="small"
      rowKey={(r) => r.enterprise.id}
      pagination={rows.length > 10 ? { pageSize: 10 } : false}
      dataSource={rows}
      columns={[
        { title: t('xlsx.enterprise'), render: (_, r) => <Link to={`/enterprises/${encodeURIComponent(r.enterprise.id)}`}>{name(r.enterprise)}</Link> },
        { title: t('ent.region'), render: (_, r) => r.enterprise.region?.name ?? '' },
        { title: t('ent.products'), dataIndex: 'products' },
        { title: t('ent.evidence'), render: (_, r) => (r.evidence ? <Tag>{t(`evidence.${r.evidence}`)}</Tag> : null) },
        { title: t('ent.source'), dataIndex: 'source' },
      ]}
    />
  );
}

/** One enterprise: identity, segments, suppliers and customers, parks, projects. */
export function EnterpriseView() {
  const { id = '' } = useParams();
  const { t, name } = useI18n();
  const q = useGql<{ enterprise: EnterpriseDetail | null }>(QUERY, { id });
  if (q.status === 'error') return <Alert type="error" showIcon message={t('app.error', { message: q.error.message })} style={{ margin: 24 }} />;
  if (q.status !== 'ok') return <Skeleton active style={{ padding: 24 }} />;
  const e = q.data.enterprise;
  if (!e) return <Result status="404" title={t('app.notFound')} extra={<Link to="/">{t('app.backHome')}</Link>} />;
  return (
    <div style={{ padding: '20px 24px', maxWidth: 1200, margin: '0 auto' }} data-testid="enterprise-view" data-enterprise-id={e.id}>
      <Space align="center" style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {name(e)}
        </Typography.Title>
        {e.leads.length ? <Tag color="purple">{t('ent.masterOf', { chains: e.leads.map((c) => name(c)).join('、') })}</Tag> : null}
        <Link to={`/enterprises/${encodeURIComponent(e.id)}/network`}>
          <Button icon={<ApartmentOutlined />} data-testid="open-network">
            {t('ent.network')}
          </Button>
        </Link>
        <Link to={`/explore?x=${encodeURIComponent(`ENTERPRISE:${e.id}`)}&sel=${encodeURIComponent(`ENTERPRISE:${e.id}`)}`}>
          <Button icon={<ShareAltOutlined />} data-testid="open-explore">
            {t('nav.explore')}
          </Button>
        </Link>
      </Space>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('ent.uscc')}>{e.uscc ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ent.scale')}>{e.scale ? t(`scale.${e.scale}`) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ent.listed')}>{e.listed == null ? '—' : e.listed ? t('ent.yes') : t('ent.no')}</Descriptions.Item>
          <Descriptions.Item label={t('ent.founded')}>{e.founded ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ent.region')}>{e.region?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ent.tags')}>{e.tags.length ? e.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—'}</Descriptions.Item>
          {e.parks.length ? <Descriptions.Item label={t('ent.parks')}>{e.parks.map((p) => p.park.name).join('、')}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      <Card size="small" title={t('ent.segments')} style={{ marginBottom: 16 }}>
        <Table
          data-testid="enterprise-segments"
          size="small"
          pagination={false}
          rowKey={(r) => r.segment.id}
          dataSource={e.segments}
          columns={[
            { title: t('xlsx.segment'), render: (_, r) => <Link to={`/chains/${encodeURIComponent(r.segment.chainId)}?sel=${encodeURIComponent(r.segment.id)}`}>{name(r.segment)}</Link> },
            { title: t('ent.role'), render: (_, r) => t(`role.${r.role}` as Parameters<typeof t>[0]) },
            { title: t('ent.products'), dataIndex: 'products' },
            { title: t('ent.evidence'), render: (_, r) => (r.evidence ? <Tag>{t(`evidence.${r.evidence}`)}</Tag> : null) },
            { title: t('ent.source'), dataIndex: 'source' },
          ]}
        />
      </Card>
      <Card size="small" title={t('ent.suppliersCount', { count: e.suppliers.length })} style={{ marginBottom: 16 }}>
        <LinkTable rows={e.suppliers} testId="enterprise-suppliers" />
      </Card>
      <Card size="small" title={t('ent.customersCount', { count: e.customers.length })} style={{ marginBottom: 16 }}>
        <LinkTable rows={e.customers} testId="enterprise-customers" />
      </Card>
      <Card size="small" title={t('ent.projects')}>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={e.projects}
          columns={[
            { title: t('xlsx.project'), dataIndex: 'name' },
            { title: t('xlsx.projectStage'), render: (_, p) => <Tag>{t(`projectStage.${p.stage}`)}</Tag> },
            { title: t('xlsx.segment'), render: (_, p) => (p.segment ? name(p.segment) : '') },
            { title: t('xlsx.investment'), dataIndex: 'investmentYi' },
            { title: t('xlsx.plannedOn'), dataIndex: 'plannedProductionOn' },
          ]}
        />
      </Card>
    </div>
  );
}
