import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Empty, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CHAIN_NAMES_QUERY } from '../api/chains';
import { PROJECT_STAGES, type ProjectStage } from '../api/fragments';
import { gql } from '../api/graphql';
import { useSession } from '../api/session';
import { MOVE_PROJECT, PIPELINE_QUERY } from '../api/projects';
import { useGql } from '../api/use-gql';
import { useI18n } from '../i18n/react';
import { PipelineScope } from './PipelineScope';
import { ProjectFormModal } from './ProjectForm';
import { useUrlState } from './url-state';

const STAGE_COLOR: Record<ProjectStage, string> = {
  LEAD: '#8c8c8c',
  NEGOTIATING: '#1677ff',
  SIGNED: '#13c2c2',
  REGISTERED: '#2f54eb',
  LAND_ACQUIRED: '#fa8c16',
  UNDER_CONSTRUCTION: '#d48806',
  IN_PRODUCTION: '#389e0d',
  DROPPED: '#bfbfbf',
};

/** The project pipeline (项目看板): one column per stage, LEAD to IN_PRODUCTION, then DROPPED. */
export function PipelineView() {
  const { t, name } = useI18n();
  const { can } = useSession();
  const { message } = AntApp.useApp();
  const { params, update } = useUrlState();
  const chainId = params.get('chain') || null;
  // null: the home zone (the server's default); '*': every region; else a region code.
  const scope = params.get('scope') || null;
  const chains = useGql(CHAIN_NAMES_QUERY);
  const filter = { ...(chainId ? { chainId } : {}), includeConfidential: can('Data.confidentialProjects') };
  const projects = useGql(PIPELINE_QUERY, { filter, scope });
  const canMove = can('Mutation.moveProject');
  const canEdit = can('Mutation.upsertProject');
  // null: closed; '': a new project; otherwise the id being edited
  const [editing, setEditing] = useState<string | null>(null);
  // the column a dragged card is over (editors move cards by dragging them between columns)
  const [dropStage, setDropStage] = useState<ProjectStage | null>(null);
  const move = async (id: string, stage: ProjectStage) => {
    try {
      await gql(MOVE_PROJECT, { id, stage });
      projects.reload();
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const list = projects.status === 'ok' || projects.status === 'loading' ? (projects.data?.projects ?? []) : [];
  return (
    <div style={{ padding: '16px 20px', height: '100%', display: 'flex', flexDirection: 'column' }} data-testid="pipeline-view">
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pipe.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('pipe.filterChain')}</Typography.Text>
        <Select
          style={{ minWidth: 180 }}
          value={chainId ?? ''}
          onChange={(v: string) => update({ chain: v || null })}
          options={[{ value: '', label: t('pipe.all') }, ...(chains.status === 'ok' ? chains.data.chains.map((c) => ({ value: c.id, label: name(c) })) : [])]}
          data-testid="pipeline-chain"
        />
        <Typography.Text type="secondary">{t('map.scope')}</Typography.Text>
        <PipelineScope anyChainId={chains.status === 'ok' ? (chains.data.chains[0]?.id ?? null) : null} value={scope} onChange={(v) => update({ scope: v })} />
        {canEdit ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('')} data-testid="new-project">
            {t('proj.new')}
          </Button>
        ) : null}
      </Space>
      {canEdit ? (
        <ProjectFormModal
          open={editing !== null}
          projectId={editing || null}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            projects.reload();
          }}
        />
      ) : null}
      {projects.status === 'error' ? <Alert type="error" showIcon message={t('app.error', { message: projects.error.message })} /> : null}
      {projects.status === 'loading' && !projects.data ? <Skeleton active /> : null}
      {projects.status === 'loading' && !projects.data ? null : (
        <div style={{ flex: 1, display: 'grid', gridTemplateColumns: `repeat(${PROJECT_STAGES.length}, minmax(168px, 1fr))`, gap: 10, overflowX: 'auto', minHeight: 0 }}>
          {PROJECT_STAGES.map((stage) => {
            const inStage = list.filter((p) => p.stage === stage);
            const total = inStage.reduce((sum, p) => sum + (p.investmentYi ?? 0), 0);
            return (
              <section
                key={stage}
                data-testid="pipeline-column"
                data-stage={stage}
                onDragOver={
                  canMove
                    ? (e) => {
                        if (!e.dataTransfer.types.includes('application/x-chainatlas-project')) return;
                        e.preventDefault();
                        e.dataTransfer.dropEffect = 'move';
                        if (dropStage !== stage) setDropStage(stage);
                      }
                    : undefined
                }
                onDragLeave={canMove ? () => setDropStage((s) => (s === stage ? null : s)) : undefined}
                onDrop={
                  canMove
                    ? (e) => {
                        e.preventDefault();
                        setDropStage(null);
                        const [id, from] = e.dataTransfer.getData('application/x-chainatlas-project').split('\n');
                        if (id && from !== stage) void move(id, stage);
                      }
                    : undefined
                }
                style={{
                  outline: dropStage === stage ? `2px dashed ${STAGE_COLOR[stage]}` : undefined,
                  background: '#fafafa',
                  border: '1px solid #f0f0f0',
                  borderTop: `3px solid ${STAGE_COLOR[stage]}`,
                  borderRadius: 6,
                  padding: 8,
                  overflowY: 'auto',
                  minHeight: 0,
                }}
              >
                <div style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{t(`projectStage.${stage}`)}</Typography.Text> <Tag>{t('pipe.count', { count: inStage.length })}</Tag>
                  {total ? <div style={{ fontSize: 12, color: '#8c8c8c' }}>{t('pipe.total', { value: Math.round(total * 100) / 100 })}</div> : null}
                </div>
                {inStage.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={null} /> : null}
                {inStage.map((p) => (
                  <Card
                    key={p.id}
                    size="small"
                    style={{ marginBottom: 8, cursor: canMove ? 'grab' : undefined }}
                    data-testid="project-card"
                    data-project-id={p.id}
                    draggable={canMove}
                    onDragStart={
                      canMove
                        ? (e) => {
                            e.dataTransfer.setData('application/x-chainatlas-project', `${p.id}\n${p.stage}`);
                            e.dataTransfer.effectAllowed = 'move';
                          }
                        : undefined
                    }
                    onDragEnd={() => setDropStage(null)}
                  >
                    <Typography.Text strong>{p.name}</Typography.Text>
                    {canEdit ? (
                      <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('proj.edit')} onClick={() => setEditing(p.id)} data-testid="edit-project" style={{ float: 'right' }} />
                    ) : null}
                    {p.confidential ? (
                      <Tag color="red" style={{ marginLeft: 6 }} data-testid="confidential-tag">
                        {t('pipe.confidential')}
                      </Tag>
                    ) : null}
                    <div style={{ fontSize: 12, color: '#595959', marginTop: 4 }}>
                      {p.enterprise ? <Link to={`/enterprises/${encodeURIComponent(p.enterprise.id)}`}>{name(p.enterprise)}</Link> : null}
                      {p.segment ? (
                        <div>
                          <Link to={`/chains/${encodeURIComponent(p.segment.chainId)}?sel=${encodeURIComponent(p.segment.id)}`}>{name(p.segment)}</Link>
                        </div>
                      ) : null}
                      {p.investmentYi != null ? <div>{t('pipe.investment', { value: p.investmentYi })}</div> : null}
                      {p.signedOn ? <div>{t('pipe.signed', { date: p.signedOn })}</div> : null}
                      {p.plannedProductionOn ? <div>{t('pipe.planned', { date: p.plannedProductionOn })}</div> : null}
                    </div>
                    {canMove ? (
                      <Select
                        size="small"
                        style={{ width: '100%', marginTop: 6 }}
                        value={p.stage}
                        onChange={(s: ProjectStage) => void move(p.id, s)}
                        options={PROJECT_STAGES.map((s) => ({ value: s, label: t(`projectStage.${s}`) }))}
                        aria-label={t('pipe.move')}
                      />
                    ) : null}
                  </Card>
                ))}
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
