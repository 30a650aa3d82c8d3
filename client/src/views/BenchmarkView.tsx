import { App as AntApp, Alert, Button, Cascader, Empty, InputNumber, Progress, Result, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { STRONG_AT } from '../../../shared/defaults';
import { BENCHMARK_QUERY, HOME_SCOPE_QUERY } from '../api/chains';
import { gql } from '../api/graphql';
import { CREATE_LEAD } from '../api/projects';
import { childRegions } from '../api/regions';
import { useSession } from '../api/session';
import { useGql } from '../api/use-gql';
import { ExportMenu } from '../components/ExportMenu';
import { EvidenceSwitch } from '../components/EvidenceSwitch';
import { openRegion, regionOption, type RegionOption } from '../components/forms';
import { isoToday } from '../export/download';
import { STATUS_COLORS } from '../graph/palette';
import { STAGES, type Stage } from '../graph/types';
import { localName } from '../i18n/index';
import { useI18n } from '../i18n/react';
import type { BenchmarkExportData, BenchmarkExportKind } from './benchmark-exports';
import { evidenceParam, evidenceValue, strongAtParam, useUrlState } from './url-state';

const MAX_PEERS = 6;

/** A cascader over the region tree; picking any level adds that region as a peer. */
function PeerPicker({ onPick, disabled }: { onPick(code: string): void; disabled: boolean }) {
  const { t } = useI18n();
  const [options, setOptions] = useState<RegionOption[]>([]);
  useEffect(() => {
    let live = true;
    void childRegions(null).then((top) => live && setOptions(top.map(regionOption)));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Cascader
      data-testid="peer-picker"
      options={options}
      loadData={(selected) => void openRegion(selected as RegionOption[], () => setOptions((o) => [...o]))}
      changeOnSelect
      disabled={disabled}
      value={[]}
      placeholder={t('bench.addPeer')}
      style={{ minWidth: 220 }}
      onChange={(path) => {
        const code = (path as string[] | undefined)?.at(-1);
        if (code) onPick(code);
      }}
    />
  );
}

/** 对标: the chain in the home scope against peer regions, segment by segment. */
export function BenchmarkView() {
  const { chainId = '' } = useParams();
  const { params, update } = useUrlState();
  const { t, lang, name } = useI18n();
  const { can } = useSession();
  const { message } = AntApp.useApp();
  const peersParam = params.get('peers') ?? '';
  const peers = useMemo(() => peersParam.split(',').filter(Boolean).slice(0, MAX_PEERS), [peersParam]);
  const evidence = evidenceParam(params);
  const strongAt = strongAtParam(params);
  const homeParam = params.get('home');
  const homeQ = useGql(homeParam ? null : HOME_SCOPE_QUERY, { chainId });
  const home = homeParam ?? (homeQ.status === 'ok' ? homeQ.data.chainStatus.scope.code : null);
  const scopes = useMemo(() => (home ? [home, ...peers.filter((p) => p !== home)] : null), [home, peers]);
  const q = useGql(scopes ? BENCHMARK_QUERY : null, { chainId, scopes: scopes ?? [], strongAt, evidence });
  const data = q.status === 'ok' || q.status === 'loading' ? q.data?.benchmark : undefined;
  const [created, setCreated] = useState<Set<string>>(new Set());
  const canCreate = can('Mutation.createProjectFromTarget');

  const setPeers = (list: string[]) => update({ peers: list.join(',') || null });

  const leafIds = useMemo(() => {
    if (!data) return new Set<string>();
    const parents = new Set(data.segments.map((s) => s.segment.parentId).filter(Boolean));
    return new Set(data.segments.filter((s) => !parents.has(s.segment.id)).map((s) => s.segment.id));
  }, [data]);

  const createLead = async (segmentId: string, enterpriseId: string) => {
    try {
      const d = await gql(CREATE_LEAD, { segmentId, enterpriseId, scope: home });
      setCreated((s) => new Set(s).add(`${segmentId}/${enterpriseId}`));
      message.success(t('bench.leadCreated', { name: d.createProjectFromTarget.name }));
    } catch (e) {
      message.error(t('app.error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const exportData = (): BenchmarkExportData => {
    if (!data) throw new Error('the benchmark is not loaded yet');
    return {
      chainName: localName(lang, data.chain),
      evidence,
      strongAt,
      dataDate: isoToday(),
      scopes: data.scopes.map((s) => ({ code: s.region.code, name: s.region.name, strong: s.strong, weak: s.weak, missing: s.missing, leaves: s.leaves, coverage: s.coverage })),
      segments: data.segments,
      gaps: data.gaps.map((g) => {
        const busy = new Set(g.pipelineEnterprises.map((e) => e.id));
        return { segment: g.segment, peer: g.peer.name, enterprises: g.enterprises, pipeline: g.enterprises.filter((e) => busy.has(e.id)).map((e) => localName(lang, e)) };
      }),
    };
  };
  const doExport = async (kind: BenchmarkExportKind) => {
    const { runBenchmarkExport } = await import('./benchmark-exports');
    return runBenchmarkExport(kind, exportData(), lang);
  };

  if (q.status === 'error' && !data) {
    return q.error.code === 'NOT_FOUND' && !peers.length ? (
      <Result status="404" title={t('map.chainNotFound', { id: chainId })} extra={<Link to="/">{t('app.backHome')}</Link>} />
    ) : (
      <div style={{ padding: 24 }}>
        <Alert type="error" showIcon message={t('app.error', { message: q.error.message })} />
        {peers.length ? (
          <Button style={{ marginTop: 12 }} onClick={() => setPeers([])}>
            {t('whatif.clear')}
          </Button>
        ) : null}
      </div>
    );
  }
  if (!data) return <Skeleton active style={{ padding: 24 }} />;

  const stageCoverage = (scopeIndex: number, stage: Stage) => {
    const leaves = data.segments.filter((s) => leafIds.has(s.segment.id) && s.segment.stage === stage);
    if (!leaves.length) return null;
    return leaves.filter((s) => s.cells[scopeIndex]!.localCount > 0).length / leaves.length;
  };

  return (
    <div style={{ padding: '12px 16px', overflow: 'auto', height: '100%', background: '#fff' }} data-testid="benchmark-view" data-evidence={evidence}>
      <Space wrap size={12} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="benchmark-title">
          <Link to={`/chains/${encodeURIComponent(chainId)}`}>{t('bench.title', { chain: name(data.chain) })}</Link>
        </Typography.Title>
        <Tooltip title={t('bench.peersHint')}>
          <Typography.Text type="secondary">{t('bench.peers')}</Typography.Text>
        </Tooltip>
        {peers.map((code) => {
          const region = data.scopes.find((s) => s.region.code === code)?.region;
          return (
            <Tag key={code} closable data-testid="peer-tag" data-code={code} onClose={() => setPeers(peers.filter((p) => p !== code))}>
              {region?.name ?? code}
            </Tag>
          );
        })}
        <PeerPicker disabled={peers.length >= MAX_PEERS} onPick={(code) => code !== home && !peers.includes(code) && setPeers([...peers, code])} />
        <Tooltip title={t('map.strongAtHint')}>
          <Space size={6}>
            <Typography.Text type="secondary">{t('map.strongAt')}</Typography.Text>
            <InputNumber min={STRONG_AT.min} max={STRONG_AT.max} value={strongAt} onChange={(v) => update({ strongAt: v && v !== STRONG_AT.default ? String(v) : null })} style={{ width: 70 }} />
          </Space>
        </Tooltip>
        <EvidenceSwitch value={evidence} onChange={(e) => update({ ev: evidenceValue(e) })} />
        <ExportMenu<BenchmarkExportKind>
          run={doExport}
          entries={[
            { key: 'xlsx', label: 'bench.exportXlsx', testId: 'bench-export-xlsx' },
            { key: 'pdf', label: 'bench.exportPdf', testId: 'bench-export-pdf' },
          ]}
        />
      </Space>

      <Typography.Title level={5}>{t('bench.matrix')}</Typography.Title>
      <div style={{ overflowX: 'auto' }}>
        <table data-testid="bench-matrix" style={{ borderCollapse: 'separate', borderSpacing: 3, fontSize: 13 }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left', minWidth: 200 }}>{t('bench.segment')}</th>
              {data.scopes.map((s, j) => (
                <th key={s.region.code} data-testid="bench-scope" data-code={s.region.code} style={{ minWidth: 110 }}>
                  {s.region.name}
                  {j === 0 ? <Tag style={{ marginInlineStart: 4 }}>{t('net.local')}</Tag> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.segments.map((row) => (
              <tr key={row.segment.id} data-testid="bench-row" data-segment-id={row.segment.id}>
                <td style={{ paddingLeft: 6 + row.segment.depth * 16, fontWeight: row.segment.depth === 0 ? 600 : 400 }}>
                  {name(row.segment)}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                    {t(`stage.${row.segment.stage}`)}
                  </Typography.Text>
                </td>
                {row.cells.map((c) => {
                  const sw = STATUS_COLORS[c.status];
                  return (
                    <td
                      key={c.scope}
                      data-testid="bench-cell"
                      data-scope={c.scope}
                      data-status={c.status}
                      style={{ background: sw.fill, border: `1px solid ${sw.border}`, color: sw.text, textAlign: 'center', borderRadius: 3, padding: '2px 6px' }}
                    >
                      {c.localCount} · {t(`status.${c.status}`)}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <td style={{ fontWeight: 600 }}>{t('bench.coverage')}</td>
              {data.scopes.map((s) => (
                <td key={s.region.code} data-testid="bench-coverage" data-code={s.region.code} data-coverage={s.coverage ?? ''}>
                  <Progress percent={Math.round((s.coverage ?? 0) * 1000) / 10} size="small" strokeColor={STATUS_COLORS.STRONG.border} />
                  <div style={{ fontSize: 11, color: '#595959' }}>{t('bench.counts', { strong: s.strong, weak: s.weak, missing: s.missing })}</div>
                </td>
              ))}
            </tr>
            {STAGES.map((stage) => (
              <tr key={stage}>
                <td style={{ paddingLeft: 22, color: '#595959' }}>
                  {t('bench.coverage')} · {t(`stage.${stage}`)}
                </td>
                {data.scopes.map((s, j) => {
                  const c = stageCoverage(j, stage);
                  return (
                    <td key={s.region.code} data-testid="bench-stage-coverage" data-stage={stage}>
                      {c === null ? '—' : <Progress percent={Math.round(c * 1000) / 10} size="small" strokeColor="#8c8c8c" />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Typography.Title level={5} style={{ marginTop: 20 }}>
        {t('bench.gaps')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('bench.gapsHint')}
      </Typography.Paragraph>
      {data.gaps.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={peers.length ? t('bench.noGaps') : t('bench.peersHint')} />
      ) : (
        <Table
          data-testid="bench-gaps"
          size="small"
          pagination={false}
          rowKey={(g) => `${g.segment.id}@${g.peer.code}`}
          dataSource={data.gaps}
          onRow={(g) => ({ 'data-testid': 'bench-gap', 'data-segment-id': g.segment.id, 'data-peer': g.peer.code }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('bench.segment'), key: 'segment', width: 180, render: (_, g) => name(g.segment) },
            { title: t('bench.peer'), key: 'peer', width: 120, render: (_, g) => g.peer.name },
            {
              title: t('bench.enterprises'),
              key: 'enterprises',
              render: (_, g) => {
                const busy = new Set(g.pipelineEnterprises.map((e) => e.id));
                return (
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {g.enterprises.map((e) => (
                      <li key={e.id} data-enterprise-id={e.id}>
                        <Link to={`/enterprises/${encodeURIComponent(e.id)}`}>{name(e)}</Link>
                        {busy.has(e.id) ? (
                          <Tag color="blue" style={{ marginInlineStart: 6 }} data-testid="bench-in-pipeline">
                            {t('bench.inPipeline')}
                          </Tag>
                        ) : canCreate ? (
                          <Button size="small" type="link" data-testid="bench-create-lead" disabled={created.has(`${g.segment.id}/${e.id}`)} onClick={() => void createLead(g.segment.id, e.id)}>
                            {t('bench.createLead')}
                          </Button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                );
              },
            },
          ]}
        />
      )}
    </div>
  );
}
