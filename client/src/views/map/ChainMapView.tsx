import { ExpandOutlined } from '@ant-design/icons';
import type { Core } from 'cytoscape';
import { Alert, Button, InputNumber, Result, Segmented, Space, Spin, Switch, Tooltip, Typography } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { isStrongAt, PANORAMA_PER_SEGMENT, STRONG_AT } from '../../../../shared/defaults';
import { PANORAMA_QUERY, STATUS_QUERY } from '../../api/chains';
import type { EnterpriseRef } from '../../api/fragments';
import { useSession } from '../../api/session';
import { useGql } from '../../api/use-gql';
import { isoToday } from '../../export/download';
import { ExportMenu, PICTURE_EXPORTS } from '../../components/ExportMenu';
import { CyGraph, fitReadable, type CyTapEvent } from '../../components/CyGraph';
import { buildElements } from '../../graph/elements';
import { directEnterprises, layoutChain } from '../../graph/layout';
import { stylesheet } from '../../graph/stylesheet';
import type { EnterpriseInput, MapData, MapMode } from '../../graph/types';
import { localName } from '../../i18n/index';
import { useI18n } from '../../i18n/react';
import { MapLegend } from './MapLegend';
import { runExport, type ExportKind } from './map-exports';
import { ScopePicker } from './ScopePicker';
import { SegmentPanel } from './SegmentPanel';

const MODES: MapMode[] = ['panorama', 'status', 'projected'];

/** The view's state lives in the URL: mode, scope, strongAt, selection, drilled segments. */
function useMapParams() {
  const [params, setParams] = useSearchParams();
  const modeParam = params.get('mode');
  const mode: MapMode = MODES.includes(modeParam as MapMode) ? (modeParam as MapMode) : 'status';
  const strongRaw = Number(params.get('strongAt'));
  const strongAt = isStrongAt(strongRaw) ? strongRaw : STRONG_AT.default;
  const scope = params.get('scope') || null;
  const selected = params.get('sel') || null;
  const allEnterprises = params.get('ent') === '1';
  const drillParam = params.get('drill') ?? '';
  const drill = useMemo(() => drillParam.split(',').filter(Boolean).sort(), [drillParam]);
  const update = useCallback(
    (patch: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null || v === '') next.delete(k);
            else next.set(k, v);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { mode, strongAt, scope, selected, allEnterprises, drill, update };
}

export function ChainMapView() {
  const { chainId = '' } = useParams();
  const { t, lang, name } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const canEditStructure = can('Mutation.upsertSegment');
  const { mode, strongAt, scope, selected, allEnterprises, drill, update } = useMapParams();
  const pano = useGql(PANORAMA_QUERY, { chainId, perSegment: PANORAMA_PER_SEGMENT });
  const actual = useGql(STATUS_QUERY, { chainId, scope, strongAt, projected: false });
  const projected = useGql(mode === 'projected' ? STATUS_QUERY : null, { chainId, scope, strongAt, projected: true });
  const cyRef = useRef<Core | null>(null);
  const reloadMap = () => {
    pano.reload();
    actual.reload();
    if (mode === 'projected') projected.reload();
  };

  const panorama = pano.status !== 'idle' ? pano.data?.panorama : undefined;
  const actualStatus = actual.status !== 'idle' ? actual.data?.chainStatus : undefined;
  const shownStatus = mode === 'projected' ? (projected.status !== 'idle' ? projected.data?.chainStatus : undefined) : actualStatus;

  // The layout's input is the same in every mode: the panorama's enterprises plus the scope's
  // local ones. Only the scope, the drill-down and the language change it.
  const layoutInput = useMemo(() => {
    if (!panorama || !actualStatus) return null;
    const listed: Record<string, EnterpriseInput[]> = {};
    const add = (segmentId: string, list: EnterpriseRef[]) => {
      const bucket = (listed[segmentId] ??= []);
      for (const e of list) if (!bucket.some((x) => x.id === e.id)) bucket.push({ id: e.id, name: e.name, nameEn: e.nameEn });
    };
    for (const s of panorama.segments) add(s.segment.id, s.enterprises);
    for (const s of actualStatus.segments) add(s.segment.id, s.localEnterprises);
    const segments = panorama.segments.map((s) => s.segment);
    return { segments, flows: panorama.flows, enterprises: directEnterprises(segments, listed) };
  }, [panorama, actualStatus]);
  const layoutKey = layoutInput ? JSON.stringify([layoutInput, allEnterprises, drill, lang]) : '';
  const layout = useMemo(
    () => (layoutInput ? layoutChain(layoutInput.segments, layoutInput.flows, { lang, enterprises: layoutInput.enterprises, drill: allEnterprises ? 'all' : drill }) : null),
    // layoutKey stands for the inputs' content: a refetch with equal data keeps the layout object
    [layoutKey],
  );

  const mapData = useMemo<MapData | null>(() => {
    if (!panorama) return null;
    const facts: MapData['facts'] = {};
    for (const s of panorama.segments) facts[s.segment.id] = { enterpriseCount: s.enterpriseCount };
    const local = new Set<string>();
    for (const s of shownStatus?.segments ?? []) {
      facts[s.segment.id] = { ...facts[s.segment.id], localCount: s.localCount, status: s.status, filling: s.filling };
      for (const e of s.localEnterprises) local.add(e.id);
    }
    return {
      facts,
      brokenLinks: (shownStatus?.brokenLinks ?? []).map((b) => ({ from: b.from.id, to: b.to.id })),
      localEnterpriseIds: [...local].sort(),
      masterIds: panorama.chain.masters.map((m) => m.id).sort(),
    };
  }, [panorama, shownStatus]);

  const elements = useMemo(() => (layout && mapData ? buildElements(layout, mapData, mode) : []), [layout, mapData, mode]);
  const styles = useMemo(() => stylesheet(mode), [mode]);

  const onCy = useCallback((cy: Core | null) => {
    cyRef.current = cy;
  }, []);

  const onTap = useCallback(
    (e: CyTapEvent) => {
      const kind = e.data?.kind;
      if (kind === 'segment' || kind === 'badge') update({ sel: String(e.data!.segmentId) });
      else if (kind === 'enterprise') navigate(`/enterprises/${encodeURIComponent(String(e.data!.enterpriseId))}`);
      else if (kind === 'marker') update({ sel: String(e.data!.to) });
      else if (e.id === null) update({ sel: null });
    },
    [update, navigate],
  );
  const onDoubleTap = useCallback(
    (e: CyTapEvent) => {
      if (e.data?.kind !== 'segment') return;
      const id = String(e.data.segmentId);
      const next = drill.includes(id) ? drill.filter((d) => d !== id) : [...drill, id];
      update({ drill: next.sort().join(',') || null });
    },
    [drill, update],
  );

  const error = pano.status === 'error' ? pano.error : actual.status === 'error' ? actual.error : projected.status === 'error' ? projected.error : null;
  if (error && !panorama) {
    return error.code === 'NOT_FOUND' ? (
      <Result status="404" title={t('map.chainNotFound', { id: chainId })} extra={<Link to="/">{t('app.backHome')}</Link>} />
    ) : (
      <Alert type="error" showIcon message={t('app.error', { message: error.message })} style={{ margin: 24 }} />
    );
  }
  if (!panorama || !actualStatus || !layout || !mapData) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin tip={t('app.loading')} size="large">
          <div style={{ height: 80 }} />
        </Spin>
      </div>
    );
  }

  const chainName = name(panorama.chain);
  const segById = new Map(panorama.segments.map((s) => [s.segment.id, s]));
  const selectedSeg = selected ? segById.get(selected) : undefined;
  const statusById = new Map((shownStatus?.segments ?? []).map((s) => [s.segment.id, s]));
  const summary = shownStatus?.summary;
  const scopeRegion = shownStatus?.scope ?? actualStatus.scope;
  const segName = (id: string) => {
    const s = segById.get(id);
    return s ? localName(lang, s.segment) : id;
  };
  const brokenForSelected =
    selected && mode !== 'panorama' ? (mapData.brokenLinks ?? []).filter((b) => b.from === selected || b.to === selected).map((b) => ({ from: segName(b.from), to: segName(b.to) })) : [];

  const doExport = (kind: ExportKind) =>
    runExport(kind, {
      lang,
      layout,
      data: mapData,
      meta: { mode, chainName, scopeName: scopeRegion.name, strongAt, dataDate: isoToday(), sources: [t('export.defaultSource')] },
      cy: cyRef.current,
      chainId,
      pano: panorama,
      status: shownStatus ?? actualStatus,
      scope,
      canProjects: can('Query.projects'),
      canTargets: can('Query.targets'),
    });

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} data-testid="chain-map" data-mode={mode} data-chain-id={chainId}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', padding: '10px 16px', borderBottom: '1px solid #f0f0f0', background: '#fff' }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="map-title">
          {chainName}
        </Typography.Title>
        <Segmented
          data-testid="mode-switch"
          value={mode}
          onChange={(v) => update({ mode: v === 'status' ? null : String(v) })}
          options={MODES.map((m) => ({ value: m, label: <span data-testid={`mode-${m}`}>{t(`mode.${m}`)}</span> }))}
        />
        <Space size={6}>
          <Typography.Text type="secondary">{t('map.scope')}</Typography.Text>
          <ScopePicker chainId={chainId} value={scope} current={actualStatus.scope} onChange={(code) => update({ scope: code })} />
        </Space>
        <Tooltip title={t('map.strongAtHint')}>
          <Space size={6}>
            <Typography.Text type="secondary">{t('map.strongAt')}</Typography.Text>
            <InputNumber data-testid="strong-at" min={STRONG_AT.min} max={STRONG_AT.max} value={strongAt} onChange={(v) => update({ strongAt: v && v !== STRONG_AT.default ? String(v) : null })} style={{ width: 70 }} />
          </Space>
        </Tooltip>
        <Space size={6}>
          <Switch data-testid="show-enterprises" checked={allEnterprises} onChange={(v) => update({ ent: v ? '1' : null, drill: null })} size="small" />
          <Typography.Text>{t('map.showEnterprises')}</Typography.Text>
        </Space>
        <Button icon={<ExpandOutlined />} onClick={() => cyRef.current && fitReadable(cyRef.current)}>
          {t('map.fit')}
        </Button>
        <ExportMenu<ExportKind>
          run={doExport}
          entries={[
            ...PICTURE_EXPORTS.filter((e) => !e.key.startsWith('pdf')),
            { key: 'pdf-A3', label: 'map.exportPdfA3Lists', testId: 'export-pdf-a3' },
            { key: 'pdf-A4', label: 'map.exportPdfA4Lists', testId: 'export-pdf-a4' },
            { key: 'xlsx', label: 'map.exportXlsx', testId: 'export-xlsx' },
            { key: 'csv-gaps', label: 'map.exportCsvGaps', testId: 'export-csv-gaps' },
            { key: 'csv-targets', label: 'map.exportCsvTargets', testId: 'export-csv-targets' },
            { key: 'csv-projects', label: 'map.exportCsvProjects', testId: 'export-csv-projects' },
          ]}
        />
        <Typography.Text type="secondary" data-testid="map-summary" style={{ marginLeft: 'auto' }}>
          {mode === 'panorama' || !summary
            ? t('map.panoramaSummary', { segments: panorama.segments.length, enterprises: new Set(panorama.segments.flatMap((s) => s.enterprises.map((e) => e.id))).size })
            : t('map.summary', summary)}
        </Typography.Text>
      </div>
      {error ? <Alert type="error" showIcon banner message={t('app.error', { message: error.message })} /> : null}
      <div style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <div style={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0, background: '#fff' }}>
          <div style={{ flex: 1, position: 'relative', minHeight: 0 }}>
            {panorama.segments.length === 0 ? (
              <Result status="info" title={t('map.noSegments')} />
            ) : (
              <CyGraph
                data-testid="cy"
                elements={elements}
                stylesheet={styles}
                selectedId={selected ? `seg:${selected}` : null}
                fitKey={`${chainId}|${allEnterprises}|${lang}`}
                onTap={onTap}
                onDoubleTap={onDoubleTap}
                onCy={onCy}
              />
            )}
          </div>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 12, padding: '2px 12px', borderTop: '1px solid #f0f0f0' }}>
            <MapLegend mode={mode} enterprises={allEnterprises || drill.length > 0} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('map.hint')}
            </Typography.Text>
          </div>
        </div>
        {selectedSeg ? (
          <div style={{ width: 400, flex: 'none' }}>
            <SegmentPanel
              key={selectedSeg.segment.id}
              segment={selectedSeg.segment}
              pano={selectedSeg}
              status={statusById.get(selectedSeg.segment.id)}
              mode={mode}
              strongAt={strongAt}
              scope={scope}
              broken={brokenForSelected}
              childCount={panorama.segments.filter((s) => s.segment.parentId === selectedSeg.segment.id).length}
              editing={
                canEditStructure
                  ? {
                      feedsTo: panorama.flows.filter((f) => f.from === selectedSeg.segment.id).map((f) => ({ id: f.to, name: segName(f.to) })),
                      onChanged: reloadMap,
                      onDeleted: () => {
                        update({ sel: null });
                        reloadMap();
                      },
                    }
                  : undefined
              }
              onClose={() => update({ sel: null })}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}
