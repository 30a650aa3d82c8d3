import { App as AntApp, Cascader, Form, Input, Modal, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, gql, type Document } from '../../api/graphql';
import { childRegions, region } from '../../api/regions';
import { PLACE_ENTERPRISE, SET_SUPPLY, UPSERT_ENTERPRISE } from '../../api/enterprises';
import type { Evidence, Region, Scale } from '../../api/fragments';
import type { SearchHit } from '../../api/search';
import { SearchBox } from '../../components/SearchBox';
import type { MessageKey } from '../../i18n/index';
import { useI18n } from '../../i18n/react';

const EVIDENCE = ['CONFIRMED', 'UNCERTAIN', 'INFERRED'] as const;
const SCALES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
const ROLES = ['PRODUCER', 'RESEARCH', 'SERVICE', 'TRADER'] as const;

/** The workbook column an issue names (snake_case), as the form field that holds it (camelCase). */
const fieldOf = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Shows a rejected edit where it belongs: the import validation's issues on their fields, the
 * rest as a message. Returns nothing; never throws.
 */
export function showRejection(form: FormInstance, error: unknown, fallback: (message: string) => void) {
  const issues = error instanceof ApiError ? ((error.errors[0]?.extensions?.issues as Array<{ column?: string | null; message: string }> | undefined) ?? []) : [];
  const fields = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>));
  const placed = issues.filter((i) => i.column && fields.has(fieldOf(i.column)));
  if (placed.length) form.setFields(placed.map((i) => ({ name: fieldOf(i.column!), errors: [i.message] })));
  if (placed.length < Math.max(1, issues.length)) fallback(error instanceof Error ? error.message : String(error));
}

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

/** A search box whose pick (of `kind`) fills the form field `field` with its id and shows its name. */
export function SearchPick({ form, field, kind, placeholder, testId }: { form: FormInstance; field: string; kind: SearchHit['kind']; placeholder: MessageKey; testId: string }) {
  return (
    <SearchBox
      size="middle"
      placeholder={placeholder}
      testId={testId}
      onPick={(hit) => {
        if (hit.kind !== kind) return;
        form.setFieldsValue({ [field]: hit.id });
        void form.validateFields([field]);
      }}
    />
  );
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

interface RegionOption {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: RegionOption[];
}

const toOption = (r: Region): RegionOption => ({ value: r.code, label: r.name, isLeaf: false });

/** Picks a region level by level (country → province → city → district → zone); any level may be chosen. */
export function RegionCascader({ value, onChange }: { value?: string; onChange?: (code: string | undefined) => void }) {
  const { t } = useI18n();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      // the chain of regions down to the current value (each parent known only from its child),
      // then every level's siblings at once, so that the names along the path show
      const chain: Region[] = [];
      for (let code = value; code && chain.length < 8; ) {
        const r = await region(code);
        if (!r) break;
        chain.unshift(r);
        code = r.parentCode ?? undefined;
      }
      const [top, ...below] = await Promise.all([childRegions(null), ...chain.map((r) => childRegions(r.code))]);
      const options = top!.map(toOption);
      let level = options;
      chain.forEach((r, i) => {
        const node = level.find((o) => o.value === r.code);
        if (!node || !level.length) return;
        const children = below[i]!.map(toOption);
        if (children.length) node.children = children;
        else node.isLeaf = true;
        level = children;
      });
      if (live) {
        setOptions(options);
        setPath(chain.map((r) => r.code));
      }
    })();
    return () => {
      live = false;
    };
  }, []); // loaded once per field; later changes come from the cascader itself
  const loadData = async (selected: RegionOption[]) => {
    const target = selected[selected.length - 1]!;
    const children = (await childRegions(target.value)).map(toOption);
    if (children.length) target.children = children;
    else target.isLeaf = true;
    setOptions((o) => [...o]);
  };
  return (
    <Cascader
      options={options}
      value={path}
      loadData={(s) => void loadData(s as RegionOption[])}
      changeOnSelect
      placeholder={t('edit.regionPick')}
      onChange={(v) => {
        const codes = (v ?? []) as string[];
        setPath(codes);
        onChange?.(codes[codes.length - 1]);
      }}
      data-testid="edit-region"
    />
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
    <Modal open={open} title={initial ? t('edit.enterpriseTitle', { name: initial.name }) : t('edit.newEnterprise')} onCancel={onClose} onOk={() => void save()} confirmLoading={saving} okText={t('edit.save')} destroyOnHidden width={620}>
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
            <Select options={[{ value: '', label: '—' }, { value: 'true', label: t('ent.yes') }, { value: 'false', label: t('ent.no') }]} />
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
