import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { gql } from '../../api/graphql';
import type { Segment } from '../../api/fragments';
import { ADD_FLOW, DELETE_SEGMENT, REMOVE_FLOW, UPSERT_SEGMENT } from '../../api/structure';
import { useI18n } from '../../i18n/react';
import { SearchPick, showRejection } from '../../components/forms';

const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
interface SegmentFields {
  id: string;
  name: string;
  nameEn?: string;
  stage: (typeof STAGES)[number];
  order?: number | null;
}

/**
 * The chain's structure around one segment, for editors: edit it, add a sub-segment, delete it
 * (refused while it has sub-segments), and add or remove the flows out of it. `onChanged` reloads
 * the map; every change goes through the workbook validation.
 */
export function SegmentEditor({ segment, feedsTo, onChanged, onDeleted }: { segment: Segment; feedsTo: Array<{ id: string; name: string }>; onChanged(): void; onDeleted(): void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [dialog, setDialog] = useState<null | 'edit' | 'child' | 'flow'>(null);
  const [form] = Form.useForm<SegmentFields & { to?: string }>();
  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog === 'edit') form.setFieldsValue({ id: segment.id, name: segment.name, nameEn: segment.nameEn ?? undefined, stage: segment.stage as SegmentFields['stage'], order: segment.order });
    if (dialog === 'child') form.setFieldsValue({ stage: segment.stage as SegmentFields['stage'] });
  }, [dialog, form, segment]);
  const fail = (e: unknown) => message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      setDialog(null);
      onChanged();
    } catch (e) {
      showRejection(form, e, (m) => message.error(t('app.error', { message: m })));
    }
  };
  const save = async () => {
    const v = await form.validateFields();
    if (dialog === 'flow') return v.to ? run(() => gql(ADD_FLOW, { from: segment.id, to: v.to! }), t('seg.flowAdded')) : undefined;
    const input = {
      id: v.id.trim(),
      chainId: segment.chainId,
      name: v.name.trim(),
      nameEn: v.nameEn?.trim() || null,
      stage: v.stage,
      order: v.order ?? null,
      parentId: dialog === 'child' ? segment.id : segment.parentId,
    };
    return run(() => gql(UPSERT_SEGMENT, { input }), t('edit.saved', { name: input.name }));
  };
  const remove = async () => {
    try {
      await gql(DELETE_SEGMENT, { id: segment.id });
      message.success(t('edit.deleted', { name: segment.name }));
      onDeleted();
    } catch (e) {
      fail(e);
    }
  };
  const removeFlow = async (to: string) => {
    try {
      await gql(REMOVE_FLOW, { from: segment.id, to });
      message.success(t('seg.flowRemoved'));
      onChanged();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <section data-testid="segment-editor" style={{ marginTop: 16, paddingTop: 12, borderTop: '1px dashed #d9d9d9' }}>
      <Typography.Title level={5}>{t('seg.structure')}</Typography.Title>
      <Space wrap style={{ marginBottom: 8 }}>
        <Button size="small" icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="segment-edit">
          {t('edit.edit')}
        </Button>
        <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog('child')} data-testid="segment-add-child">
          {t('seg.addChild')}
        </Button>
        <Popconfirm title={t('seg.deleteConfirm', { name: segment.name })} onConfirm={() => void remove()}>
          <Button size="small" danger icon={<DeleteOutlined />} data-testid="segment-delete">
            {t('seg.delete')}
          </Button>
        </Popconfirm>
      </Space>
      <div data-testid="segment-flows">
        <Typography.Text type="secondary">{t('seg.feedsTo')}</Typography.Text>{' '}
        {feedsTo.map((f) => (
          <Space key={f.id} size={2} style={{ marginRight: 10 }} data-flow-to={f.id}>
            {f.name}
            <Popconfirm title={t('seg.removeFlowConfirm', { from: segment.name, to: f.name })} onConfirm={() => void removeFlow(f.id)}>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('edit.remove')} data-testid="segment-remove-flow" />
            </Popconfirm>
          </Space>
        ))}
        <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => setDialog('flow')} data-testid="segment-add-flow">
          {t('seg.addFlow')}
        </Button>
      </div>
      <Modal
        open={dialog !== null}
        title={dialog === 'edit' ? t('seg.editTitle', { name: segment.name }) : dialog === 'child' ? t('seg.childTitle', { name: segment.name }) : t('seg.flowTitle', { name: segment.name })}
        onCancel={() => setDialog(null)}
        onOk={() => void save()}
        okText={t('edit.save')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" data-testid="segment-form">
          {dialog === 'flow' ? (
            <Form.Item name="to" label={t('seg.flowTo')} rules={[{ required: true, message: t('edit.pickSegment') }]}>
              <SearchPick form={form} field="to" kind="SEGMENT" placeholder="edit.searchSegment" testId="segment-flow-search" />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="id" label={t('seg.id')} rules={[{ required: true, whitespace: true, message: t('edit.required') }]} extra={dialog === 'child' ? t('seg.idHint') : undefined}>
                <Input disabled={dialog === 'edit'} autoComplete="off" data-testid="segment-id" />
              </Form.Item>
              <Form.Item name="name" label={t('seg.name')} rules={[{ required: true, whitespace: true, message: t('edit.required') }]}>
                <Input autoComplete="off" data-testid="segment-name" />
              </Form.Item>
              <Form.Item name="nameEn" label={t('edit.nameEn')}>
                <Input autoComplete="off" />
              </Form.Item>
              <Space>
                <Form.Item name="stage" label={t('seg.stage')}>
                  <Select style={{ width: 140 }} options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))} />
                </Form.Item>
                <Form.Item name="order" label={t('seg.order')}>
                  <InputNumber min={0} step={1} />
                </Form.Item>
              </Space>
            </>
          )}
        </Form>
      </Modal>
    </section>
  );
}
