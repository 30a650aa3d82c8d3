import { ApartmentOutlined, DeleteOutlined, EditOutlined, PlusOutlined, ShareAltOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Descriptions, Popconfirm, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DELETE_ENTERPRISE, ENTERPRISE_QUERY, REMOVE_SUPPLY, UNPLACE_ENTERPRISE } from '../api/enterprises';
import { gql, type Document } from '../api/graphql';
import { useSession } from '../api/session';
import type { EnterpriseRef, Evidence, ProjectRef } from '../api/fragments';
import { useGql } from '../api/use-gql';
import { useI18n } from '../i18n/react';
import { EnterpriseFormModal, PlacementModal, SupplyModal } from './enterprise/editing';

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

function LinkTable({ rows, testId, onRemove }: { rows: SupplyLink[]; testId: string; onRemove?: (other: string) => void }) {
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
        ...(onRemove ? [{ title: '', key: 'remove', width: 60, render: (_: unknown, r: SupplyLink) => <RemoveButton onConfirm={() => onRemove(r.enterprise.id)} /> }] : []),
      ]}
    />
  );
}

function RemoveButton({ onConfirm, testId = 'remove-link' }: { onConfirm(): void; testId?: string }) {
  const { t } = useI18n();
  return (
    <Popconfirm title={t('edit.removeLinkConfirm')} onConfirm={onConfirm}>
      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('edit.remove')} data-testid={testId} />
    </Popconfirm>
  );
}

/** One enterprise: identity, segments, suppliers and customers, parks, projects; editors change them here. */
export function EnterpriseView() {
  const { id = '' } = useParams();
  const { t, name } = useI18n();
  const { can } = useSession();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<null | 'enterprise' | 'supplier' | 'customer' | 'segment'>(null);
  const q = useGql(ENTERPRISE_QUERY, { id });
  const canEdit = can('Mutation.upsertEnterprise');
  const mutate = async <V,>(query: Document<unknown, V>, variables: V, done: string) => {
    try {
      await gql(query, variables);
      message.success(done);
      q.reload();
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  if (q.status === 'error') return <Alert type="error" showIcon message={t('app.error', { message: q.error.message })} style={{ margin: 24 }} />;
  if (q.status !== 'ok') return <Skeleton active style={{ padding: 24 }} />;
  const e = q.data.enterprise;
  if (!e) return <Result status="404" data-testid="enterprise-not-found" title={t('ent.notFound', { id })} subTitle={t('ent.notFoundHint')} extra={<Link to="/">{t('app.backHome')}</Link>} />;
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
        {canEdit ? (
          <>
            <Button icon={<EditOutlined />} onClick={() => setEditing('enterprise')} data-testid="edit-enterprise">
              {t('edit.edit')}
            </Button>
            <Popconfirm
              title={t('edit.deleteConfirm', { name: e.name })}
              onConfirm={async () => {
                try {
                  await gql(DELETE_ENTERPRISE, { id: e.id });
                  message.success(t('edit.deleted', { name: e.name }));
                  navigate('/');
                } catch (err) {
                  message.error(t('app.error', { message: err instanceof Error ? err.message : String(err) }));
                }
              }}
            >
              <Button danger icon={<DeleteOutlined />} data-testid="delete-enterprise">
                {t('edit.delete')}
              </Button>
            </Popconfirm>
          </>
        ) : null}
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
      <Card
        size="small"
        title={t('ent.segments')}
        style={{ marginBottom: 16 }}
        extra={
          canEdit ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('segment')} data-testid="add-segment">
              {t('edit.addSegment')}
            </Button>
          ) : null
        }
      >
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
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'remove',
                    width: 60,
                    render: (_: unknown, r: EnterpriseDetail['segments'][number]) => (
                      <RemoveButton testId="remove-segment" onConfirm={() => void mutate(UNPLACE_ENTERPRISE, { e: e.id, s: r.segment.id }, t('edit.linkRemoved'))} />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('ent.suppliersCount', { count: e.suppliers.length })}
        style={{ marginBottom: 16 }}
        extra={
          canEdit ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('supplier')} data-testid="add-supplier">
              {t('edit.addSupplier')}
            </Button>
          ) : null
        }
      >
        <LinkTable rows={e.suppliers} testId="enterprise-suppliers" onRemove={canEdit ? (other) => void mutate(REMOVE_SUPPLY, { s: other, c: e.id }, t('edit.linkRemoved')) : undefined} />
      </Card>
      <Card
        size="small"
        title={t('ent.customersCount', { count: e.customers.length })}
        style={{ marginBottom: 16 }}
        extra={
          canEdit ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('customer')} data-testid="add-customer">
              {t('edit.addCustomer')}
            </Button>
          ) : null
        }
      >
        <LinkTable rows={e.customers} testId="enterprise-customers" onRemove={canEdit ? (other) => void mutate(REMOVE_SUPPLY, { s: e.id, c: other }, t('edit.linkRemoved')) : undefined} />
      </Card>
      {canEdit ? (
        <>
          <EnterpriseFormModal
            open={editing === 'enterprise'}
            initial={{
              id: e.id,
              name: e.name,
              nameEn: e.nameEn ?? null,
              regionCode: e.region?.code ?? '',
              uscc: e.uscc,
              scale: e.scale ?? null,
              listed: e.listed ?? null,
              founded: e.founded,
              tags: e.tags,
            }}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              q.reload();
            }}
          />
          <SupplyModal
            open={editing === 'supplier' || editing === 'customer'}
            side={editing === 'customer' ? 'customer' : 'supplier'}
            enterpriseId={e.id}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              q.reload();
            }}
          />
          <PlacementModal
            open={editing === 'segment'}
            enterpriseId={e.id}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              q.reload();
            }}
          />
        </>
      ) : null}
      <Card size="small" title={t('ent.projects')}>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={e.projects}
          columns={[
            {
              title: t('xlsx.project'),
              render: (_, p) => (
                <>
                  {p.name}
                  {p.confidential ? (
                    <Tag color="red" style={{ marginLeft: 6 }} data-testid="confidential-tag">
                      {t('pipe.confidential')}
                    </Tag>
                  ) : null}
                </>
              ),
            },
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
