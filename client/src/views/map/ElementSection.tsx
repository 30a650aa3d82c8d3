import { Alert, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ELEMENT_MATCH_QUERY, fmtNum, fmtWanSqm } from '../../api/elements';
import type { ProjectRef } from '../../api/fragments';
import { useGql } from '../../api/use-gql';
import { useI18n } from '../../i18n/react';

interface Item {
  id: string;
  name: string;
  reasons: string[];
  fits?: boolean;
  tooSmall?: boolean;
  link?: string;
}

function Group({ title, items, testId }: { title: string; items: Item[]; testId: string }) {
  const { t } = useI18n();
  return (
    <div data-testid={testId} style={{ marginBottom: 8 }}>
      <Typography.Text strong>
        {title}（{items.length}）
      </Typography.Text>
      {items.length ? (
        <ul style={{ margin: '2px 0 0', paddingLeft: 18 }}>
          {items.map((x) => (
            <li key={x.id} data-testid="element-item" data-element-id={x.id}>
              {x.link ? <Link to={x.link}>{x.name}</Link> : x.name}{' '}
              {x.fits === false ? <Tag color={x.tooSmall ? 'orange' : 'red'}>{t(x.tooSmall ? 'elements.tooSmall' : 'elements.notFit')}</Tag> : null}
              <div data-testid="element-reasons" style={{ fontSize: 12, color: '#595959' }}>
                {x.reasons.join('；')}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <div>
          <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
        </div>
      )}
    </div>
  );
}

/**
 * 落地要素: the parks, parcels, funds and platforms that cover a segment, in the order the rules
 * give them, with their reasons; for one of its pipeline projects, checked against its needs.
 */
export function ElementSection({ segmentId, scope, projects }: { segmentId: string; scope: string | null; projects: ProjectRef[] }) {
  const { t } = useI18n();
  const [projectId, setProjectId] = useState<string | null>(null);
  const match = useGql(ELEMENT_MATCH_QUERY, { segmentId, scope, projectId });
  const data = match.status === 'ok' || match.status === 'loading' || match.status === 'error' ? match.data?.elementMatch : undefined;
  const needs = data?.needs;
  return (
    <section data-testid="panel-elements" style={{ marginTop: 12 }}>
      <Typography.Title level={5}>{t('elements.title')}</Typography.Title>
      {projects.length ? (
        <Space size={6} style={{ marginBottom: 6 }}>
          <Typography.Text type="secondary">{t('elements.forProject')}</Typography.Text>
          <Select
            data-testid="elements-project"
            allowClear
            size="small"
            style={{ width: 220 }}
            placeholder={t('elements.anyProject')}
            value={projectId ?? undefined}
            onChange={(v) => setProjectId(v ?? null)}
            options={projects.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Space>
      ) : null}
      {needs ? (
        <div data-testid="elements-needs" style={{ fontSize: 12, marginBottom: 6 }}>
          {[
            needs.landNeedMu !== null ? t('elements.needLand', { mu: fmtNum(needs.landNeedMu) }) : null,
            needs.floorSpaceNeedSqm !== null ? t('elements.needSpace', { wan: fmtWanSqm(needs.floorSpaceNeedSqm) }) : null,
            needs.intensityWanPerMu !== null ? t('elements.intensity', { value: fmtNum(needs.intensityWanPerMu) }) : null,
          ]
            .filter(Boolean)
            .join('；') || t('elements.noNeeds')}
        </div>
      ) : null}
      {match.status === 'error' ? <Alert type="error" showIcon message={t('app.error', { message: match.error.message })} /> : null}
      {!data ? (
        <Spin size="small" />
      ) : (
        <>
          <Group
            title={t('elements.parks')}
            testId="elements-parks"
            items={data.parks.map((m) => ({ id: m.park.id, name: m.park.name, reasons: m.reasons, fits: m.fits, link: `/parks/${encodeURIComponent(m.park.id)}` }))}
          />
          <Group
            title={t('elements.parcels')}
            testId="elements-parcels"
            items={data.parcels.map((m) => ({ id: m.parcel.id, name: m.parcel.name, reasons: m.reasons, fits: m.fits, tooSmall: m.tooSmall }))}
          />
          <Group title={t('elements.funds')} testId="elements-funds" items={data.funds.map((m) => ({ id: m.fund.id, name: m.fund.name, reasons: m.reasons }))} />
          <Group title={t('elements.platforms')} testId="elements-platforms" items={data.platforms.map((m) => ({ id: m.platform.id, name: m.platform.name, reasons: m.reasons }))} />
        </>
      )}
    </section>
  );
}
