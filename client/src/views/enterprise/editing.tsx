import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { gql, type Document } from '../../api/graphql';
import { PLACE_ENTERPRISE, SET_SUPPLY, UPSERT_ENTERPRISE } from '../../api/enterprises';
import type { Evidence, Scale } from '../../api/fragments';
import { RegionCascader, SearchPick, showRejection } from '../../components/forms';
import type { MessageKey } from '../../i18n/index';
import { useI18n } from '../../i18n/react';

const EVIDENCE = ['CONFIRMED', 'UNCERTAIN', 'INFERRED'] as const;
const SCALES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
const ROLES = ['PRODUCER', 'RESEARCH', 'SERVICE', 'TRADER'] as const;

/**
 * A link form, cleared each time its dialog opens, and its submit: sends the input, then says so
 * and calls `onSaved`, or shows the rejection on the form.
 */
function useLinkForm<T extends object>(open: boolean, onSaved: () => void) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<T>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const submit = async <V,>(mutation: Document<unknown, { input: V }>, input: V) => {
    try {
      await gql(mutation, { input });
      message.success(t('edit.linkSaved'));
      onSaved();
    } catch (e) {
      showRejection(form, e, (m) => message.error(t('app.error', { message: m })));
    }
  };
  return { form, submit };
}

function EvidenceItem() {
  const { t } = useI18n();
  return (
    <Form.Item name="evidence" label={t('ent.evidence')} style={{ flex: 1 }}>
      <Select allowClear options={EVIDENCE.map((e) => ({ value: e, label: t(`evidence.${e}`) }))} />
    </Form.Item>
  );
}

function TextItem({ name, label }: { name: string; label: MessageKey }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={t(label)}>
      <Input autoComplete="off" />
    </Form.Item>
  );
}

export interface EnterpriseFields {
  id: string;
  name: string;
  nameEn: string | null;
  regionCode: string;
  uscc: string | null;
  scale: Scale | null;
  listed: boolean | null;
  founded: string | null;
  tags: string[];
}

/** Creates (no `initial`) or edits an enterprise; every field is validated like a workbook row. */
export function EnterpriseFormModal({ open, initial, onClose, onSaved }: { open: boolean; initial?: EnterpriseFields; onClose(): void; onSaved(id: string): void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<EnterpriseFields & { listedChoice: string }>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (open) {
      form.resetFields();
      if (initial) form.setFieldsValue({ ...initial, listedChoice: initial.listed == null ? '' : String(initial.listed) });
    }
  }, [open, initial, form]);
  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const input = {
        id: v.id.trim(),
        name: v.name.trim(),
        regionCode: v.regionCode,
        nameEn: v.nameEn?.trim() || null,
        uscc: v.uscc?.trim() || null,
        scale: v.scale || null,
        listed: v.listedChoice === '' || v.listedChoice === undefined ? null : v.listedChoice === 'true',
        founded: v.founded?.trim() || null,
        tags: v.tags ?? [],
      };
      await gql(UPSERT_ENTERPRISE, { input });
      message.success(t('edit.saved', { name: input.name }));
      onSaved(input.id);
    } catch (e) {
      showRejection(form, e, (m) => message.error(t('app.error', { message: m })));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={initial ? t('edit.enterpriseTitle', { name: initial.name }) : t('edit.newEnterprise')}
      onCancel={onClose}
      onOk={() => void save()}
      confirmLoading={saving}
      okText={t('edit.save')}
      destroyOnHidden
      width={620}
    >
      <Form form={form} layout="vertical" data-testid="enterprise-form" initialValues={{ tags: [], listedChoice: '' }}>
        <Form.Item name="id" label={t('edit.id')} rules={[{ required: true, whitespace: true, message: t('edit.required') }]} extra={initial ? undefined : t('edit.idHint')}>
          <Input disabled={Boolean(initial)} data-testid="edit-id" autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('edit.name')} rules={[{ required: true, whitespace: true, message: t('edit.required') }]}>
          <Input data-testid="edit-name" autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('edit.nameEn')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('ent.region')} rules={[{ required: true, message: t('edit.required') }]}>
          <RegionCascader />
        </Form.Item>
        <Form.Item name="uscc" label={t('ent.uscc')}>
          <Input data-testid="edit-uscc" autoComplete="off" maxLength={18} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="scale" label={t('ent.scale')} style={{ flex: 1 }}>
            <Select allowClear options={SCALES.map((s) => ({ value: s, label: t(`scale.${s}`) }))} />
          </Form.Item>
          <Form.Item name="listedChoice" label={t('ent.listed')} style={{ flex: 1 }}>
            <Select
              options={[
                { value: '', label: '—' },
                { value: 'true', label: t('ent.yes') },
                { value: 'false', label: t('ent.no') },
              ]}
            />
          </Form.Item>
          <Form.Item name="founded" label={t('ent.founded')} style={{ flex: 1 }}>
            <Input placeholder="YYYY-MM-DD" data-testid="edit-founded" autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item name="tags" label={t('ent.tags')}>
          <Select mode="tags" tokenSeparators={[',', '，', '；']} open={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Adds (or updates) a supplier link of `enterpriseId`: as the customer (`side` supplier) or as the supplier. */
export function SupplyModal({ open, enterpriseId, side, onClose, onSaved }: { open: boolean; enterpriseId: string; side: 'supplier' | 'customer'; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const { form, submit } = useLinkForm<{ other: string; products?: string; since?: string; evidence?: Evidence; source?: string }>(open, onSaved);
  const save = async () => {
    const v = await form.validateFields();
    await submit(SET_SUPPLY, {
      supplierId: side === 'supplier' ? v.other : enterpriseId,
      customerId: side === 'supplier' ? enterpriseId : v.other,
      products: v.products?.trim() || null,
      since: v.since?.trim() || null,
      evidence: v.evidence || null,
      source: v.source?.trim() || null,
    });
  };
  return (
    <Modal open={open} title={side === 'supplier' ? t('edit.addSupplier') : t('edit.addCustomer')} onCancel={onClose} onOk={() => void save()} okText={t('edit.save')} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="supply-form">
        <Form.Item name="other" label={side === 'supplier' ? t('edit.supplier') : t('edit.customer')} rules={[{ required: true, message: t('edit.pickEnterprise') }]}>
          <SearchPick form={form} field="other" kind="ENTERPRISE" placeholder="edit.searchEnterprise" testId="supply-search" />
        </Form.Item>
        <TextItem name="products" label="ent.products" />
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="since" label={t('edit.since')} style={{ flex: 1 }}>
            <Input placeholder="YYYY-MM-DD" autoComplete="off" />
          </Form.Item>
          <EvidenceItem />
        </div>
        <TextItem name="source" label="ent.source" />
      </Form>
    </Modal>
  );
}

/** Places `enterpriseId` in a segment (or updates that placement). */
export function PlacementModal({ open, enterpriseId, onClose, onSaved }: { open: boolean; enterpriseId: string; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const { form, submit } = useLinkForm<{ segmentId: string; role?: string; products?: string; evidence?: Evidence; source?: string }>(open, onSaved);
  const save = async () => {
    const v = await form.validateFields();
    await submit(PLACE_ENTERPRISE, {
      enterpriseId,
      segmentId: v.segmentId,
      role: v.role || null,
      products: v.products?.trim() || null,
      evidence: v.evidence || null,
      source: v.source?.trim() || null,
    });
  };
  return (
    <Modal open={open} title={t('edit.addSegment')} onCancel={onClose} onOk={() => void save()} okText={t('edit.save')} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="placement-form" initialValues={{ role: 'PRODUCER' }}>
        <Form.Item name="segmentId" label={t('xlsx.segment')} rules={[{ required: true, message: t('edit.pickSegment') }]}>
          <SearchPick form={form} field="segmentId" kind="SEGMENT" placeholder="edit.searchSegment" testId="placement-search" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="role" label={t('ent.role')} style={{ flex: 1 }}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          </Form.Item>
          <EvidenceItem />
        </div>
        <TextItem name="products" label="ent.products" />
        <TextItem name="source" label="ent.source" />
      </Form>
    </Modal>
  );
}
