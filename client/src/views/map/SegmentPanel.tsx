import { CloseOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { EnterpriseRef, ProjectRef, Segment } from '../../api/fragments';
import { SEGMENT_LOCALS_QUERY, type Panorama, type SegmentStatus } from '../../api/chains';
import { gql } from '../../api/graphql';
import { useSession } from '../../api/session';
import { CREATE_LEAD, SEGMENT_PIPELINE_QUERY, type PipelineProject } from '../../api/projects';
import { TARGETS_QUERY } from '../../api/targets';
import { useGql } from '../../api/use-gql';
import { STATUS_COLORS } from '../../graph/palette';
import type { MapMode } from '../../graph/types';
import { useI18n } from '../../i18n/react';
import { ElementSection } from './ElementSection';
import { SegmentEditor } from './SegmentEditor';

export interface SegmentPanelProps {
  segment: Segment;
  pano: Panorama['segments'][number] | undefined;
  status: SegmentStatus | undefined;
  /** The segment's local enterprises (its first 100); undefined while they load after the picture. */
  locals: EnterpriseRef[] | undefined;
  /** The segment's active projects in full; undefined while they load (the status lists them by id). */
  projects: ProjectRef[] | undefined;
  mode: MapMode;
  strongAt: number;
  /** The region code the map is drawn for (the home zone unless the user chose another). */
  scope: string;
  evidence: 'ALL' | 'CONFIRMED';
  /** Broken links (断链) that touch this segment, as names. */
  broken: Array<{ from: string; to: string }>;
  childCount: number;
  /** Set for editors: the segments this one feeds, and what to do after a change of the structure. */
  editing?: { feedsTo: Array<{ id: string; name: string }>; onChanged(): void; onDeleted(): void };
  onClose(): void;
}

const fmtScore = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function EnterpriseList({ items, testId }: { items: EnterpriseRef[]; testId: string }) {
  const { name, t } = useI18n();
  if (!items.length) return <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>;
  return (
    <ul data-testid={testId} style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((e) => (
        <li key={e.id} data-enterprise-id={e.id}>
          <Link to={`/enterprises/${encodeURIComponent(e.id)}`}>{name(e)}</Link>
          {e.region ? <Typography.Text type="secondary"> · {e.region.name}</Typography.Text> : null}
        </li>
      ))}
    </ul>
  );
}

/** The map's list holds the first 100; "more" pages on through segmentLocals. */
const LIST_PAGE = 100;

/** A segment's local enterprises: the map's list, then page after page on demand. */
function LocalList({ items, chainId, segmentId, scope, evidence }: { items: EnterpriseRef[]; chainId: string; segmentId: string; scope: string; evidence: 'ALL' | 'CONFIRMED' }) {
  const { t } = useI18n();
  const [more, setMore] = useState<{ items: EnterpriseRef[]; hasNext: boolean; total: number | null }>({ items: [], hasNext: items.length >= LIST_PAGE, total: null });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = [...items, ...more.items];
  const next = async () => {
    setLoading(true);
    setError(null);
    try {
      const d = await gql(SEGMENT_LOCALS_QUERY, { chainId, segmentId, scope, evidence, first: LIST_PAGE, after: shown.at(-1)?.id ?? null });
      setMore((m) => ({ items: [...m.items, ...d.segmentLocals.enterprises], hasNext: d.segmentLocals.hasNextPage, total: d.segmentLocals.totalCount }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <Typography.Title level={5}>
        {more.total === null ? t('panel.localEnterprises', { count: shown.length }) : t('panel.localEnterprisesOf', { count: shown.length, total: more.total })}
      </Typography.Title>
      <EnterpriseList items={shown} testId="panel-local" />
      {more.hasNext ? (
        <Button size="small" type="link" loading={loading} onClick={() => void next()} data-testid="panel-local-more">
          {t('panel.moreLocal', { count: LIST_PAGE })}
        </Button>
      ) : null}
      {error ? <Alert type="error" showIcon message={t('app.error', { message: error })} /> : null}
    </>
  );
}

function ProjectList({ items }: { items: ProjectRef[] }) {
  const { name, t } = useI18n();
  if (!items.length) return <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>;
  return (
    <ul data-testid="panel-projects" style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((p) => (
        <li key={p.id}>
          {p.name} <Tag>{t(`projectStage.${p.stage}`)}</Tag>
          {p.confidential ? (
            <Tag color="red" data-testid="confidential-tag">
              {t('pipe.confidential')}
            </Tag>
          ) : null}
          {p.enterprise ? (
            <Link to={`/enterprises/${encodeURIComponent(p.enterprise.id)}`} style={{ fontSize: 12 }}>
              {name(p.enterprise)}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The segment's projects in the scope that are not dropped: leads included (they are not 在推 yet). */
function useSegmentPipeline(segmentId: string, scope: string) {
  const { can } = useSession();
  return useGql(can('Query.projects') ? SEGMENT_PIPELINE_QUERY : null, {
    filter: {
      segmentId,
      region: scope,
      includeConfidential: can('Data.confidentialProjects'),
      stages: ['LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED', 'LAND_ACQUIRED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION'],
    },
  });
}

function Targets({ segmentId, scope, evidence, pipeline }: { segmentId: string; scope: string; evidence: 'ALL' | 'CONFIRMED'; pipeline: ReturnType<typeof useSegmentPipeline> }) {
  const { t, lang, name } = useI18n();
  const { can } = useSession();
  const { message } = AntApp.useApp();
  const targets = useGql(TARGETS_QUERY, { segmentId, scope, limit: 10, evidence });
  const navigate = useNavigate();
  const [busy, setBusy] = useState<string | null>(null);
  const canCreate = can('Mutation.createProjectFromTarget');
  // a target already in the pipeline shows its project instead of the button (also after a reload)
  const inPipeline = new Map<string, PipelineProject>();
  for (const p of pipeline.status === 'ok' || pipeline.status === 'loading' ? (pipeline.data?.projects ?? []) : [])
    if (p.enterprise && !inPipeline.has(p.enterprise.id)) inPipeline.set(p.enterprise.id, p);
  const create = async (enterpriseId: string) => {
    setBusy(enterpriseId);
    try {
      const d = await gql(CREATE_LEAD, { segmentId, enterpriseId, scope });
      message.success({
        content: (
          <span data-testid="lead-created">
            {t('panel.leadCreated', { name: d.createProjectFromTarget.name })} {/* the toast renders outside the router: a plain link that navigates inside the app */}
            <a
              href="/pipeline"
              onClick={(e) => {
                e.preventDefault();
                navigate('/pipeline');
              }}
            >
              {t('panel.toBoard')}
            </a>
          </span>
        ),
        duration: 8,
      });
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
      pipeline.reload();
    }
  };
  if (targets.status === 'loading' && !targets.data) return <Spin size="small" />;
  if (targets.status === 'error') return <Alert type="error" showIcon message={t('app.error', { message: targets.error.message })} />;
  const list = targets.status === 'ok' || targets.status === 'loading' ? (targets.data?.targets ?? []) : [];
  if (!list.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('app.empty')} />;
  return (
    <List
      data-testid="targets"
      size="small"
      dataSource={list}
      renderItem={(target, i) => (
        <List.Item
          key={target.enterprise.id}
          data-testid="target-item"
          data-enterprise-id={target.enterprise.id}
          actions={
            inPipeline.has(target.enterprise.id)
              ? [
                  <Link key="lead" to="/pipeline" data-testid="existing-lead" style={{ fontSize: 12 }}>
                    {t('panel.inPipeline', { stage: t(`projectStage.${inPipeline.get(target.enterprise.id)!.stage}`) })}
                  </Link>,
                ]
              : canCreate
                ? [
                    <Button key="lead" size="small" data-testid="create-lead" loading={busy === target.enterprise.id} onClick={() => void create(target.enterprise.id)}>
                      {t('panel.createLead')}
                    </Button>,
                  ]
                : []
          }
        >
          <div style={{ width: '100%' }}>
            <div>
              <Typography.Text strong>{i + 1}. </Typography.Text>
              <Link to={`/enterprises/${encodeURIComponent(target.enterprise.id)}`}>{name(target.enterprise)}</Link>{' '}
              <Tag color="blue" data-testid="target-score" style={{ marginInlineEnd: 0 }}>
                {t('panel.score', { score: fmtScore(target.score) })}
              </Tag>
            </div>
            <div data-testid="target-breakdown" style={{ fontSize: 12, color: '#595959', marginTop: 2 }}>
              {target.breakdown.map((b) => (lang === 'en' ? b.reasonEn : b.reason)).join('，')}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

/** The side panel of a segment: the rule in words, its enterprises, projects and ranked targets. */
export function SegmentPanel(props: SegmentPanelProps) {
  const { segment, pano, status, locals, projects, mode, strongAt, scope, evidence, broken, childCount, editing } = props;
  const { t, name } = useI18n();
  const { can } = useSession();
  const rule: string[] = [];
  if (mode === 'panorama' || !status) rule.push(t('panel.rulePanorama', { count: pano?.enterpriseCount ?? 0 }));
  else {
    const params = { local: status.localCount, strongAt };
    rule.push(t(status.status === 'MISSING' ? 'panel.ruleMissing' : status.status === 'WEAK' ? 'panel.ruleWeak' : 'panel.ruleStrong', params));
    if (status.filling) rule.push(t('panel.ruleFilling'));
    if (mode === 'projected') rule.push(t('panel.ruleProjected'));
  }
  const color = mode !== 'panorama' && status ? STATUS_COLORS[status.status] : null;
  const pipeline = useSegmentPipeline(segment.id, scope);
  const leads = pipeline.status === 'ok' ? pipeline.data.projects.filter((p) => p.stage === 'LEAD') : [];
  return (
    <aside data-testid="segment-panel" data-segment-id={segment.id} style={{ height: '100%', overflow: 'auto', padding: '12px 16px', borderLeft: '1px solid #f0f0f0', background: '#fff' }}>
      <div style={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="panel-title">
          {name(segment)}
        </Typography.Title>
        <Button type="text" size="small" icon={<CloseOutlined />} onClick={props.onClose} aria-label={t('panel.close')} data-testid="panel-close" />
      </div>
      <Space size={4} wrap style={{ margin: '6px 0' }}>
        <Tag>{t(`stage.${segment.stage}`)}</Tag>
        {color && status ? (
          <Tag color={color.border} data-testid="panel-status">
            {t(`status.${status.status}`)}
          </Tag>
        ) : null}
        {status?.filling && mode !== 'panorama' ? <Tag color="blue">{t('status.FILLING')}</Tag> : null}
        {childCount ? <Tag>{t('panel.children', { count: childCount })}</Tag> : null}
      </Space>
      <section style={{ background: color?.fill ?? '#f5f5f5', borderLeft: `4px solid ${color?.border ?? '#bfbfbf'}`, padding: '6px 10px', borderRadius: 4, margin: '6px 0 12px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('panel.rule')}
        </Typography.Text>
        <div data-testid="panel-rule">
          {rule.map((r) => (
            <div key={r}>{r}</div>
          ))}
          {broken.map((b) => (
            <div key={`${b.from}->${b.to}`} style={{ color: '#cf1322' }} data-testid="panel-broken">
              {t('panel.brokenIn', b)}
            </div>
          ))}
        </div>
      </section>
      {mode !== 'panorama' && status ? (
        <>
          {locals ? (
            <LocalList items={locals} chainId={segment.chainId} segmentId={segment.id} scope={scope} evidence={evidence} />
          ) : (
            <>
              <Typography.Title level={5}>{t('panel.localEnterprisesLoading')}</Typography.Title>
              <div data-testid="panel-local-loading">
                <Spin size="small" /> <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>
              </div>
            </>
          )}
          <Typography.Title level={5}>{t('panel.activeProjects', { count: status.activeProjectIds.length })}</Typography.Title>
          {projects ? (
            <ProjectList items={projects} />
          ) : (
            <div data-testid="panel-projects-loading">
              <Spin size="small" /> <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>
            </div>
          )}
          {leads.length ? (
            <>
              <Typography.Title level={5}>{t('panel.leads', { count: leads.length })}</Typography.Title>
              <ul data-testid="panel-leads" style={{ margin: 0, paddingLeft: 18 }}>
                {leads.map((p) => (
                  <li key={p.id}>
                    <Link to="/pipeline">{p.name}</Link>
                    {p.confidential ? (
                      <Tag color="red" style={{ marginLeft: 6 }} data-testid="confidential-tag">
                        {t('pipe.confidential')}
                      </Tag>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <>
          <Typography.Title level={5}>{t('panel.enterprises', { count: pano?.enterpriseCount ?? 0 })}</Typography.Title>
          <EnterpriseList items={pano?.enterprises ?? []} testId="panel-enterprises" />
        </>
      )}
      <Typography.Title level={5}>{t('panel.targets')}</Typography.Title>
      {can('Query.targets') ? (
        <Targets segmentId={segment.id} scope={scope} evidence={evidence} pipeline={pipeline} />
      ) : (
        <Typography.Text type="secondary">{t('panel.targetsUnavailable')}</Typography.Text>
      )}
      {can('Query.elementMatch') ? <ElementSection segmentId={segment.id} scope={scope} projects={projects ?? []} /> : null}
      {editing ? <SegmentEditor segment={segment} feedsTo={editing.feedsTo} onChanged={editing.onChanged} onDeleted={editing.onDeleted} /> : null}
    </aside>
  );
}
