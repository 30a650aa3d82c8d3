import { Alert, App as AntApp, Button, Form, Input, Modal, Popconfirm, Result, Select, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { AUDIT_QUERY, CREATE_USER, REMOVE_USER, REVOKE_TOKEN, SET_ROLE, USERS_QUERY } from '../api/admin';
import { gql } from '../api/graphql';
import { useSession } from '../api/session';
import { useGql } from '../api/use-gql';
import { useI18n } from '../i18n/react';

type Role = 'viewer' | 'analyst' | 'editor' | 'admin';
const ROLES: Role[] = ['viewer', 'analyst', 'editor', 'admin'];

interface UserRow {
  name: string;
  role: Role;
  createdAt: string;
  tokens: Array<{ id: string; label: string | null; createdAt: string }>;
}
interface AuditRow {
  id: string;
  at: string;
  user: string;
  action: string;
  target: string | null;
  detail: string | null;
  address: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A stored UTC time in the browser's time zone, as YYYY-MM-DD HH:mm:ss. */
const when = (iso: string) => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};

function UsersTab() {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = AntApp.useApp();
  const users = useGql(USERS_QUERY);
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const [form] = Form.useForm<{ name: string; role: Role }>();
  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) message.success(done);
      users.reload();
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const add = (values: { name: string; role: Role }) =>
    run(async () => {
      const d = await gql(CREATE_USER, { name: values.name.trim(), role: values.role });
      setCreated({ name: d.createUser.user.name, password: d.createUser.password });
      form.resetFields();
    });
  const rows = users.status === 'ok' || users.status === 'loading' ? (users.data?.users ?? []) : [];
  return (
    <div data-testid="admin-users">
      {users.status === 'error' ? <Alert type="error" showIcon message={t('app.error', { message: users.error.message })} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="inline" onFinish={(v) => void add(v)} initialValues={{ role: 'viewer' }} style={{ marginBottom: 16 }}>
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('admin.nameRequired') }]}>
          <Input placeholder={t('admin.newName')} data-testid="admin-new-name" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role">
          <Select style={{ width: 140 }} options={ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))} data-testid="admin-new-role" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="admin-add">
            {t('admin.add')}
          </Button>
        </Form.Item>
      </Form>
      <Table<UserRow>
        rowKey="name"
        size="small"
        loading={users.status === 'loading'}
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: t('admin.name'),
            dataIndex: 'name',
            render: (v: string) => (
              <span data-testid="admin-user" data-name={v}>
                {v}
              </span>
            ),
          },
          {
            title: t('admin.roleTitle'),
            dataIndex: 'role',
            render: (role: Role, u) => (
              <Select
                size="small"
                style={{ width: 130 }}
                value={role}
                disabled={u.name === me?.name}
                onChange={(next: Role) => void run(() => gql(SET_ROLE, { name: u.name, role: next }), t('admin.roleChanged', { name: u.name, role: t(`admin.role.${next}`) }))}
                options={ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))}
                data-testid="admin-role"
              />
            ),
          },
          { title: t('admin.created'), dataIndex: 'createdAt', render: when },
          {
            title: t('admin.tokens'),
            dataIndex: 'tokens',
            render: (tokens: UserRow['tokens']) =>
              tokens.length ? (
                <Space direction="vertical" size={2}>
                  {tokens.map((tk) => (
                    <Space key={tk.id} size={6}>
                      <Typography.Text code>{tk.label || tk.id.slice(0, 8)}</Typography.Text>
                      <Typography.Text type="secondary">{when(tk.createdAt)}</Typography.Text>
                      <Popconfirm title={t('admin.revokeConfirm')} onConfirm={() => run(() => gql(REVOKE_TOKEN, { id: tk.id }), t('admin.revoked'))}>
                        <Button size="small" type="link" danger>
                          {t('admin.revoke')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ))}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'remove',
            render: (_: unknown, u) =>
              u.name === me?.name ? null : (
                <Popconfirm title={t('admin.removeConfirm', { name: u.name })} onConfirm={() => run(() => gql(REMOVE_USER, { name: u.name }), t('admin.removed', { name: u.name }))}>
                  <Button size="small" danger data-testid="admin-remove">
                    {t('admin.remove')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={created !== null}
        onCancel={() => setCreated(null)}
        onOk={() => setCreated(null)}
        title={t('admin.createdTitle', { name: created?.name ?? '' })}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Typography.Paragraph>{t('admin.passwordOnce')}</Typography.Paragraph>
        <Typography.Paragraph copyable code data-testid="admin-password">
          {created?.password}
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}

function AuditTab() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const user = params.get('user') || null;
  const action = params.get('action') || null;
  const log = useGql(AUDIT_QUERY, { user, action, limit: 500 });
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const n = new URLSearchParams(p);
        if (value) n.set(key, value);
        else n.delete(key);
        return n;
      },
      { replace: true },
    );
  const rows = log.status === 'ok' || log.status === 'loading' ? (log.data?.auditLog ?? []) : [];
  return (
    <div data-testid="admin-audit">
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search allowClear placeholder={t('admin.filterUser')} defaultValue={user ?? ''} onSearch={(v) => set('user', v.trim() || null)} style={{ width: 200 }} data-testid="audit-user" />
        <Input.Search
          allowClear
          placeholder={t('admin.filterAction')}
          defaultValue={action ?? ''}
          onSearch={(v) => set('action', v.trim() || null)}
          style={{ width: 220 }}
          data-testid="audit-action"
        />
        <Button onClick={() => log.reload()}>{t('admin.refresh')}</Button>
      </Space>
      {log.status === 'error' ? <Alert type="error" showIcon message={t('app.error', { message: log.error.message })} style={{ marginBottom: 12 }} /> : null}
      <Table<AuditRow>
        rowKey="id"
        size="small"
        loading={log.status === 'loading'}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        expandable={{ rowExpandable: (r) => Boolean(r.detail), expandedRowRender: (r) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{r.detail}</pre> }}
        columns={[
          { title: t('admin.at'), dataIndex: 'at', render: when, width: 170 },
          { title: t('admin.user'), dataIndex: 'user', width: 140, render: (v: string) => <a onClick={() => set('user', v)}>{v}</a> },
          {
            title: t('admin.action'),
            dataIndex: 'action',
            width: 200,
            render: (v: string) => (
              <a onClick={() => set('action', v)} data-testid="audit-row-action">
                {v}
              </a>
            ),
          },
          { title: t('admin.target'), dataIndex: 'target', ellipsis: true },
          { title: t('admin.address'), dataIndex: 'address', width: 140 },
        ]}
      />
    </div>
  );
}

/** Users (create, role, remove, revoke tokens) and the audit log, for admins. */
export function AdminView() {
  const { t } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  if (!can('Query.users')) return <Result status="403" title={t('admin.forbidden')} extra={<Link to="/">{t('app.backHome')}</Link>} />;
  const tab = params.get('tab') === 'audit' ? 'audit' : 'users';
  return (
    <div style={{ padding: '16px 24px', maxWidth: 1300, margin: '0 auto' }} data-testid="admin-view">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('nav.admin')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'audit' ? { tab: 'audit' } : {}, { replace: true })}
        items={[
          { key: 'users', label: <span data-testid="admin-tab-users">{t('admin.users')}</span>, children: <UsersTab /> },
          { key: 'audit', label: <span data-testid="admin-tab-audit">{t('admin.audit')}</span>, children: <AuditTab /> },
        ]}
      />
    </div>
  );
}
