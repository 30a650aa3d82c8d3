import { App as AntApp, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { gql } from '../api/graphql';
import { PROJECT_STAGES, type ProjectStage } from '../api/fragments';
import { DELETE_PROJECT, PROJECT_FOR_EDIT_QUERY, UPSERT_PROJECT, type LoadedProject } from '../api/projects';
import { useI18n } from '../i18n/react';
import { RegionCascader, SearchPick, showRejection } from '../components/forms';

interface ProjectFields {
  name: string;
  stage: ProjectStage;
  enterpriseId?: string;
  segmentId?: string;
  regionCode: string;
  investmentYi?: number | null;
  landNeedMu?: number | null;
  floorSpaceNeedSqm?: number | null;
  signedOn?: string;
  plannedProductionOn?: string;
  confidential: boolean;
}

/** A new project's id: the date and six random hex digits (ids never change once written). */
const newProjectId = () => {
  const d = new Date();
  const day = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  const random = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `proj-${day}-${random}`;
};

/**
 * Creates (`projectId` null) or edits a pipeline project; the park it is in is kept as it is (parks
 * are maintained through the workbook). Deleting is offered when editing.
 */
export function ProjectFormModal({ open, projectId, onClose, onSaved }: { open: boolean; projectId: string | null; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ProjectFields>();
  const [loaded, setLoaded] = useState<LoadedProject | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setLoaded(null);
    if (!projectId) return;
    let live = true;
    gql(PROJECT_FOR_EDIT_QUERY, { id: projectId })
      .then(({ project: p }) => {
        if (!live || !p) return;
        setLoaded(p);
        form.setFieldsValue({
          name: p.name,
          stage: p.stage,
          enterpriseId: p.enterprise?.id,
          segmentId: p.segment?.id,
          regionCode: p.region?.code,
          investmentYi: p.investmentYi,
          landNeedMu: p.landNeedMu,
          floorSpaceNeedSqm: p.floorSpaceNeedSqm,
          signedOn: p.signedOn ?? undefined,
          plannedProductionOn: p.plannedProductionOn ?? undefined,
          confidential: p.confidential,
        });
      })
      .catch((e: unknown) => message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) })));
    return () => {
      live = false;
    };
  }, [open, projectId, form, message, t]);
  const editing = Boolean(projectId);
  const ready = !editing || loaded !== null;

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      const input = {
        id: projectId ?? newProjectId(),
        name: v.name.trim(),
        stage: v.stage,
        regionCode: v.regionCode,
        enterpriseId: v.enterpriseId || null,
        segmentId: v.segmentId || null,
        parkId: loaded?.park?.id ?? null,
        investmentYi: v.investmentYi ?? null,
        landNeedMu: v.landNeedMu ?? null,
        floorSpaceNeedSqm: v.floorSpaceNeedSqm ?? null,
        parcelId: loaded?.parcel?.id ?? null,
        signedOn: v.signedOn?.trim() || null,
        plannedProductionOn: v.plannedProductionOn?.trim() || null,
        confidential: Boolean(v.confidential),
      };
      await gql(UPSERT_PROJECT, { input });
      message.success(t('edit.saved', { name: input.name }));
      onSaved();
    } catch (e) {
      showRejection(form, e, (m) => message.error(t('app.error', { message: m })));
    } finally {
      setSaving(false);
    }
  };
  const remove = async () => {
    if (!projectId) return;
    try {
      await gql(DELETE_PROJECT, { id: projectId });
      message.success(t('edit.deleted', { name: loaded?.name ?? '' }));
      onSaved();
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const current = (name: string | undefined, field: 'enterpriseId' | 'segmentId') =>
    name ? (
      <span>
        {t('proj.current', { name })} <Typography.Link onClick={() => form.setFieldsValue({ [field]: undefined })}>{t('proj.clear')}</Typography.Link>
      </span>
    ) : undefined;
  return (
    <Modal
      open={open}
      title={editing ? t('proj.editTitle', { name: loaded?.name ?? '' }) : t('proj.new')}
      onCancel={onClose}
      destroyOnHidden
      width={620}
      footer={[
        editing ? (
          <Popconfirm key="delete" title={t('proj.deleteConfirm')} onConfirm={() => void remove()}>
            <Button danger style={{ float: 'left' }} data-testid="project-delete">
              {t('edit.delete')}
            </Button>
          </Popconfirm>
        ) : null,
        <Button key="cancel" onClick={onClose}>
          {t('proj.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={saving} disabled={!ready} onClick={() => void save()} data-testid="project-save">
          {t('edit.save')}
        </Button>,
      ]}
    >
      <Form form={form} layout="vertical" data-testid="project-form" initialValues={{ stage: 'LEAD', confidential: false }}>
        <Form.Item name="name" label={t('xlsx.project')} rules={[{ required: true, whitespace: true, message: t('edit.required') }]}>
          <Input data-testid="project-name" autoComplete="off" />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="stage" label={t('xlsx.projectStage')} style={{ flex: 1 }}>
            <Select options={PROJECT_STAGES.map((s) => ({ value: s, label: t(`projectStage.${s}`) }))} data-testid="project-stage" />
          </Form.Item>
          <Form.Item name="investmentYi" label={t('xlsx.investment')} style={{ flex: 1 }}>
            <InputNumber min={0} step={0.1} style={{ width: '100%' }} data-testid="project-investment" />
          </Form.Item>
        </div>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="landNeedMu" label={t('project.landNeed')} style={{ flex: 1 }}>
            <InputNumber min={0} step={1} style={{ width: '100%' }} data-testid="project-land-need" />
          </Form.Item>
          <Form.Item name="floorSpaceNeedSqm" label={t('project.floorSpaceNeed')} style={{ flex: 1 }}>
            <InputNumber min={0} step={100} style={{ width: '100%' }} data-testid="project-floor-need" />
          </Form.Item>
        </div>
        <Form.Item name="enterpriseId" label={t('xlsx.enterprise')} extra={current(loaded?.enterprise?.name, 'enterpriseId')}>
          <SearchPick form={form} field="enterpriseId" kind="ENTERPRISE" placeholder="edit.searchEnterprise" testId="project-enterprise" />
        </Form.Item>
        <Form.Item name="segmentId" label={t('xlsx.segment')} extra={current(loaded?.segment?.name, 'segmentId')}>
          <SearchPick form={form} field="segmentId" kind="SEGMENT" placeholder="edit.searchSegment" testId="project-segment" />
        </Form.Item>
        {ready ? (
          <Form.Item name="regionCode" label={t('ent.region')} rules={[{ required: true, message: t('edit.required') }]}>
            <RegionCascader />
          </Form.Item>
        ) : null}
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="signedOn" label={t('xlsx.signedOn')} style={{ flex: 1 }}>
            <Input placeholder="YYYY-MM-DD" autoComplete="off" data-testid="project-signed" />
          </Form.Item>
          <Form.Item name="plannedProductionOn" label={t('xlsx.plannedOn')} style={{ flex: 1 }}>
            <Input placeholder="YYYY-MM-DD" autoComplete="off" />
          </Form.Item>
          <Form.Item name="confidential" label={t('pipe.confidential')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </div>
        {loaded?.park ? <Typography.Text type="secondary">{t('proj.park', { name: loaded.park.name })}</Typography.Text> : null}
      </Form>
    </Modal>
  );
}
