import { CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Select, Space, Spin, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { Panorama, StatusLists, WhatIfResult } from '../../api/chains';
import { STATUS_COLORS } from '../../graph/palette';
import { useI18n } from '../../i18n/react';

/** One list of enterprises to pick, searchable by name: those to take away, or those to add. */
function Picker(props: { testId: string; title: string; placeholder: string; value: string[]; options: Array<{ value: string; label: string }>; loading?: boolean; onChange(value: string[]): void }) {
  return (
    <>
      <Typography.Text strong>{props.title}</Typography.Text>
      <Select
        data-testid={props.testId}
        mode="multiple"
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ width: '100%' }}
        placeholder={props.placeholder}
        value={props.value}
        options={props.options}
        loading={props.loading}
        onChange={(v: string[]) => props.onChange(v)}
      />
    </>
  );
}

export interface WhatIfPanelProps {
  pano: Panorama;
  /** The local enterprises of every segment (the ones to take away); undefined while they load. */
  lists: StatusLists | undefined;
  remove: string[];
  add: string[];
  result: WhatIfResult | undefined;
  loading: boolean;
  error: string | null;
  onChange(remove: string[], add: string[]): void;
  onClose(): void;
}

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/**
 * 推演: pick local enterprises that leave and enterprises that land; the map changes in place (the
 * parent view colours the segments from the answer) and this panel lists what changed.
 */
export function WhatIfPanel({ pano, lists, remove, add, result, loading, error, onChange, onClose }: WhatIfPanelProps) {
  const { t, name } = useI18n();
  const segName = useMemo(() => new Map(pano.segments.map((s) => [s.segment.id, name(s.segment)])), [pano, name]);
  const { localOptions, otherOptions } = useMemo(() => {
    const local = new Map<string, string>();
    for (const s of lists ?? []) for (const e of s.localEnterprises) local.set(e.id, `${name(e)}${e.region ? ` · ${e.region.name}` : ''}`);
    const other = new Map<string, string>();
    for (const s of pano.segments) for (const e of s.enterprises) if (!local.has(e.id)) other.set(e.id, `${name(e)}${e.region ? ` · ${e.region.name}` : ''}`);
    const sorted = (m: Map<string, string>) => [...m.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh'));
    return { localOptions: sorted(local), otherOptions: sorted(other) };
  }, [pano, lists, name]);
  const brokenKey = (l: { from: { id: string }; to: { id: string } }) => `${l.from.id}->${l.to.id}`;
  const before = new Set((result?.brokenBefore ?? []).map(brokenKey));
  const fresh = (result?.brokenAfter ?? []).filter((l) => !before.has(brokenKey(l)));

  return (
    <aside data-testid="what-if-panel" style={{ height: '100%', overflow: 'auto', padding: '12px 16px', borderLeft: '1px solid #f0f0f0', background: '#fff' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('whatif.toggle')}
        </Typography.Title>
        <Button type="text" size="small" icon={<CloseOutlined />} onClick={onClose} aria-label={t('panel.close')} />
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0 10px' }}>
        {t('whatif.hint')}
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Picker testId="what-if-remove" title={t('whatif.remove')} placeholder={t('whatif.pickRemove')} value={remove} options={localOptions} loading={!lists} onChange={(v) => onChange(v, add)} />
        <Picker testId="what-if-add" title={t('whatif.add')} placeholder={t('whatif.pickAdd')} value={add} options={otherOptions} onChange={(v) => onChange(remove, v)} />
        {remove.length || add.length ? (
          <Button size="small" onClick={() => onChange([], [])}>
            {t('whatif.clear')}
          </Button>
        ) : null}
      </Space>
      {error ? <Alert type="error" showIcon message={t('app.error', { message: error })} style={{ marginTop: 12 }} /> : null}
      {loading && !result ? <Spin style={{ display: 'block', marginTop: 16 }} /> : null}
      {result ? (
        <div data-testid="what-if-result" style={{ marginTop: 12 }}>
          <Typography.Title level={5}>{t('whatif.changes')}</Typography.Title>
          {result.changes.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('whatif.none')} />
          ) : (
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {result.changes.map((c) => (
                <li key={c.segment.id} data-testid="what-if-change" data-segment-id={c.segment.id} data-after={c.after}>
                  {t('whatif.change', {
                    segment: segName.get(c.segment.id) ?? c.segment.id,
                    before: t(`status.${c.before}`),
                    beforeCount: c.beforeCount,
                    after: t(`status.${c.after}`),
                    afterCount: c.afterCount,
                  })}{' '}
                  <Tag color={STATUS_COLORS[c.after].border}>{t(`status.${c.after}`)}</Tag>
                </li>
              ))}
            </ul>
          )}
          <Typography.Paragraph style={{ marginTop: 10 }} data-testid="what-if-broken">
            {t('whatif.broken', { before: result.brokenBefore.length, after: result.brokenAfter.length })}
            {fresh.length ? (
              <span style={{ display: 'block', color: '#cf1322' }}>
                {t('whatif.newBroken', { links: fresh.map((l) => `${segName.get(l.from.id) ?? l.from.id} → ${segName.get(l.to.id) ?? l.to.id}`).join('；') })}
              </span>
            ) : null}
          </Typography.Paragraph>
          {result.masterRate ? (
            <Typography.Paragraph data-testid="what-if-master">
              {t('whatif.masterRate', { master: name(result.masterRate.master), before: pct(result.masterRate.before), after: pct(result.masterRate.after) })}
            </Typography.Paragraph>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}
