import { ExpandOutlined } from '@ant-design/icons';
import type { Core } from 'cytoscape';
import { Alert, Button, InputNumber, Result, Segmented, Space, Spin, Switch, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PANORAMA_PER_SEGMENT, STRONG_AT } from '../../../../shared/defaults';
import { OPEN_GAP_TASKS_QUERY, PANORAMA_QUERY, STATUS_LISTS_QUERY, STATUS_QUERY, WHAT_IF_QUERY } from '../../api/chains';
import type { EnterpriseRef } from '../../api/fragments';
import { useSession } from '../../api/session';
import { useGql } from '../../api/use-gql';
import { isoToday } from '../../export/download';
import { EvidenceSwitch } from '../../components/EvidenceSwitch';
import { ExportMenu, PICTURE_EXPORTS } from '../../components/ExportMenu';
import { CyGraph, fitReadable, type CyTapEvent } from '../../components/CyGraph';
import { buildElements } from '../../graph/elements';
import { directEnterprises, layoutChain } from '../../graph/layout';
import { stylesheet } from '../../graph/stylesheet';
import { mapOverview } from '../../graph/overview';
import { ELEMENT_LAYER_STYLES, elementBadges } from '../../graph/element-layer';
import { ELEMENT_LAYER_QUERY } from '../../api/elements';
import type { EnterpriseInput, MapData, MapMode } from '../../graph/types';
import { localName } from '../../i18n/index';
import { useI18n } from '../../i18n/react';
import { MapLegend } from './MapLegend';
import { runExport, type ExportKind } from './map-exports';
import { ScopePicker } from './ScopePicker';
import { SegmentPanel } from './SegmentPanel';
import { WhatIfPanel } from './WhatIfPanel';
import { ChainTabs } from '../governance/ChainTabs';
import { evidenceParam, evidenceValue, idList, strongAtParam, useUrlState } from '../url-state';

const MODES: MapMode[] = ['panorama', 'status', 'projected'];
/**
 * The farthest a fit goes: segment labels (13 px) at 8 px or more on screen, enterprise labels
 * (11 px) at 8 px or more when enterprises are shown; a larger map opens at its top-left corner.
 */
const MIN_FIT_ZOOM = 0.62;
const MIN_FIT_ZOOM_ENTERPRISES = 0.73;

/** The view's state lives in the URL: mode, scope, strongAt, evidence, selection, drilled segments, what-if picks. */
function useMapParams() {
  const { params, update } = useUrlState();
  const modeParam = params.get('mode');
  const mode: MapMode = MODES.includes(modeParam as MapMode) ? (modeParam as MapMode) : 'status';
  const strongAt = strongAtParam(params);
  const scope = params.get('scope') || null;
  const selected = params.get('sel') || null;
  const allEnterprises = params.get('ent') === '1';
  const evidence = evidenceParam(params);
  const whatIf = params.get('wi') === '1';
  const removeParam = params.get('rm') ?? '';
  const addParam = params.get('add') ?? '';
  const remove = useMemo(() => idList(removeParam), [removeParam]);
  const add = useMemo(() => idList(addParam), [addParam]);
  const elementLayer = params.get('layer') === 'elements';
  const drillParam = params.get('drill') ?? '';
  const drill = useMemo(() => drillParam.split(',').filter(Boolean).sort(), [drillParam]);
  return { mode, strongAt, scope, selected, allEnterprises, elementLayer, drill, evidence, whatIf, remove, add, update };
}

export function ChainMapView() {
  const { chainId = '' } = useParams();
  const { t, lang, name } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const canEditStructure = can('Mutation.upsertSegment');
  const { mode: modeParam, strongAt, scope, selected, allEnterprises, elementLayer, drill, evidence, whatIf, remove, add, update } = useMapParams();
  // A what-if is a status map: it shows the map as it is, changed in place.
  const mode: MapMode = whatIf ? 'status' : modeParam;
  const pano = useGql(PANORAMA_QUERY, { chainId, perSegment: PANORAMA_PER_SEGMENT, evidence });
  const actual = useGql(STATUS_QUERY, { chainId, scope, strongAt, projected: false, evidence });
  // The lists of local enterprises come after the gap picture, in the background (the same in every mode).
  const lists = useGql(STATUS_LISTS_QUERY, { chainId, scope, evidence });
  const projected = useGql(mode === 'projected' ? STATUS_QUERY : null, { chainId, scope, strongAt, projected: true, evidence });
  const wantWhatIf = whatIf && (remove.length > 0 || add.length > 0);
  const whatIfQ = useGql(wantWhatIf ? WHAT_IF_QUERY : null, { chainId, scope, strongAt, evidence, remove, add });
  const whatIfResult = wantWhatIf && whatIfQ.status !== 'idle' ? whatIfQ.data?.whatIf : undefined;
  const layerData = useGql(elementLayer && can('Query.elementLayer') ? ELEMENT_LAYER_QUERY : null, { chainId, scope });
  const cyRef = useRef<Core | null>(null);
  const reloadMap = () => {
    pano.reload();
    actual.reload();
    lists.reload();
    if (mode === 'projected') projected.reload();
  };

  const panorama = pano.status !== 'idle' ? pano.data?.panorama : undefined;
  const actualStatus = actual.status !== 'idle' ? actual.data?.chainStatus : undefined;
  const shownStatus = mode === 'projected' ? (projected.status !== 'idle' ? projected.data?.chainStatus : undefined) : actualStatus;
  // The lists as the map draws them (kept while newer ones load, like the picture) and as the
  // panels show them (only the ones of the current question: "loading" until they arrive).
  const drawnLists = lists.status !== 'idle' ? lists.data?.chainStatus.segments : undefined;
  const currentLists = lists.status === 'ok' ? lists.data.chainStatus.segments : undefined;
  const listBySegment = useMemo(() => (currentLists ? new Map(currentLists.map((s) => [s.segment.id, s.localEnterprises])) : null), [currentLists]);
  const projectsBySegment = useMemo(() => (currentLists ? new Map(currentLists.map((s) => [s.segment.id, s.activeProjects])) : null), [currentLists]);
  // Enterprises are laid out only in drilled segments: until then the layout needs no list.
  const needLists = allEnterprises || drill.length > 0;

  // The layout's input is the same in every mode: the panorama's enterprises plus the scope's
  // local ones. Only the scope, the drill-down and the language change it.
  const layoutInput = useMemo(() => {
    if (!panorama || !actualStatus || (needLists && !drawnLists)) return null;
    const listed: Record<string, EnterpriseInput[]> = {};
    const add = (segmentId: string, list: EnterpriseRef[]) => {
      const bucket = (listed[segmentId] ??= []);
      for (const e of list) if (!bucket.some((x) => x.id === e.id)) bucket.push({ id: e.id, name: e.name, nameEn: e.nameEn });
    };
    for (const s of panorama.segments) add(s.segment.id, s.enterprises);
    if (needLists) for (const s of drawnLists ?? []) add(s.segment.id, s.localEnterprises);
    const segments = panorama.segments.map((s) => s.segment);
    return { segments, flows: panorama.flows, enterprises: needLists ? directEnterprises(segments, listed) : {} };
  }, [panorama, actualStatus, drawnLists, needLists]);
  const layoutKey = layoutInput ? JSON.stringify([layoutInput, allEnterprises, drill, lang]) : '';
  const computedLayout = useMemo(
    () => (layoutInput ? layoutChain(layoutInput.segments, layoutInput.flows, { lang, enterprises: layoutInput.enterprises, drill: allEnterprises ? 'all' : drill }) : null),
    // layoutKey stands for the inputs' content: a refetch with equal data keeps the layout object
    [layoutKey],
  );
  // A drill-down asked for before the lists arrived keeps the map as it is until they do (no blank map).
  const lastLayout = useRef(computedLayout);
  if (computedLayout) lastLayout.current = computedLayout;
  const layout = computedLayout ?? (needLists && !drawnLists && actualStatus ? lastLayout.current : null);

  const openTasks = useGql(can('Query.gapTasks') ? OPEN_GAP_TASKS_QUERY : null, { chainId });
  const taskUnits = useMemo(() => {
    const out = new Map<string, string[]>();
    for (const task of openTasks.status === 'ok' ? openTasks.data.gapTasks : []) {
      const list = out.get(task.segment.id) ?? [];
      if (task.unit && !list.includes(task.unit.name)) list.push(task.unit.name);
      out.set(task.segment.id, list);
    }
    return out;
  }, [openTasks]);

  const mapData = useMemo<MapData | null>(() => {
    if (!panorama) return null;
    const facts: MapData['facts'] = {};
    for (const s of panorama.segments) facts[s.segment.id] = { enterpriseCount: s.enterpriseCount };
    const local = new Set<string>();
    for (const s of shownStatus?.segments ?? []) {
      facts[s.segment.id] = {
        ...facts[s.segment.id],
        localCount: s.localCount,
        status: s.status,
        filling: s.filling,
        ...(taskUnits.has(s.segment.id) ? { openTaskUnits: taskUnits.get(s.segment.id) } : {}),
      };
    }
    for (const s of drawnLists ?? []) for (const e of s.localEnterprises) local.add(e.id);
    if (whatIfResult) {
      for (const c of whatIfResult.changes) facts[c.segment.id] = { ...facts[c.segment.id], localCount: c.afterCount, status: c.after, beforeCount: c.beforeCount, changed: true };
    }
    const broken = whatIfResult ? whatIfResult.brokenAfter : (shownStatus?.brokenLinks ?? []);
    return {
      facts,
      brokenLinks: broken.map((b) => ({ from: b.from.id, to: b.to.id })),
      localEnterpriseIds: [...local].sort(),
      masterIds: panorama.chain.masters.map((m) => m.id).sort(),
    };
  }, [panorama, shownStatus, drawnLists, whatIfResult, taskUnits]);

  // What an export draws: it waits for the lists (local enterprises are marked in the pictures,
  // and the projects' details come with them).
  const latest = useRef({ layout, mapData, listsSettled: false, projects: projectsBySegment });
  latest.current = { layout, mapData, listsSettled: lists.status === 'ok' || lists.status === 'error', projects: projectsBySegment };

  const layerRows = layerData.status !== 'idle' ? layerData.data?.elementLayer : undefined;
  const elements = useMemo(() => {
    if (!layout || !mapData) return [];
    const base = buildElements(layout, mapData, mode);
    if (!elementLayer || !layerRows) return base;
    const counts = new Map(
      layerRows.map((r) => [
        r.segment.id,
        { parks: r.parks.length, vacantSqm: r.vacantSqm, parcels: r.parcels.length, availableMu: r.availableMu, funds: r.funds.length, platforms: r.platforms.length },
      ]),
    );
    const statuses = new Map(Object.entries(mapData.facts).flatMap(([id, f]) => (f.status ? [[id, f.status] as const] : [])));
    return [...base, ...elementBadges(layout, counts, statuses, lang)];
  }, [layout, mapData, mode, elementLayer, layerRows, lang]);
  const styles = useMemo(() => [...stylesheet(mode), ...ELEMENT_LAYER_STYLES], [mode]);
  // A big map's first picture, drawn from the export scene while Cytoscape builds (CyGraph).
  const overview = useCallback(() => mapOverview(layout!, mapData!, mode, selected), [layout, mapData, mode, selected]);

  const onCy = useCallback(
    (cy: Core | null) => {
      cyRef.current = cy;
      // A segment with an open gap task names its owner units on hover (the container's tooltip).
      cy?.on('mouseover', 'node.tasked', (e) => {
        const box = cy.container();
        if (box) box.title = `${t('gov.gapTasks')}：${String(e.target.data('taskUnits'))}`;
      });
      cy?.on('mouseout', 'node.tasked', () => {
        const box = cy.container();
        if (box) box.title = '';
      });
    },
    [t],
  );

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

  // Esc closes the side panel (a dialog open on top closes first: it stops the key itself)
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
      update({ sel: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, update]);

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

  const doExport = async (kind: ExportKind) => {
    for (let waited = 0; !latest.current.listsSettled && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    return runExport(kind, {
      lang,
      layout: latest.current.layout ?? layout,
      data: latest.current.mapData ?? mapData,
      meta: {
        mode,
        chainName,
        scopeName: scopeRegion.name,
        strongAt,
        dataDate: isoToday(),
        sources: [t('export.defaultSource')],
        evidence,
        summary: mode !== 'panorama' && summary ? t('map.summary', summary) : undefined,
      },
      cy: cyRef.current,
      chainId,
      pano: panorama,
      status: shownStatus ?? actualStatus,
      projects: latest.current.projects ? [...latest.current.projects.values()].flat() : [],
      scope,
      evidence,
      canProjects: can('Query.projects'),
      canTargets: can('Query.targets'),
    });
  };

  return (
    <div
      style={{ display: 'flex', flexDirection: 'column', height: '100%' }}
      data-testid="chain-map"
      data-mode={mode}
      data-chain-id={chainId}
      data-evidence={evidence}
      data-what-if={whatIf ? (whatIfResult ? 'ready' : 'on') : undefined}
      data-layer={elementLayer && layerRows ? 'elements' : ''}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', padding: '10px 16px', borderBottom: '1px solid #f0f0f0', background: '#fff' }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="map-title">
          {chainName}
        </Typography.Title>
        <ChainTabs chainId={chainId} active="map" />
        <Segmented
          data-testid="mode-switch"
          value={mode}
          disabled={whatIf}
          onChange={(v) => update({ mode: v === 'status' ? null : String(v) })}
          options={MODES.map((m) => ({ value: m, label: <span data-testid={`mode-${m}`}>{t(`mode.${m}`)}</span> }))}
        />
        <Space size={6}>
          <Typography.Text type="secondary">{t('map.scope')}</Typography.Text>
          <ScopePicker chainId={chainId} value={scope} current={actualStatus.scope} onChange={(code) => update({ scope: code })} disabled={mode === 'panorama'} />
        </Space>
        <Tooltip title={mode === 'panorama' ? t('map.panoramaNoScope') : t('map.strongAtHint')}>
          <Space size={6}>
            <Typography.Text type="secondary">{t('map.strongAt')}</Typography.Text>
            <InputNumber
              data-testid="strong-at"
              min={STRONG_AT.min}
              max={STRONG_AT.max}
              value={strongAt}
              disabled={mode === 'panorama'}
              onChange={(v) => update({ strongAt: v && v !== STRONG_AT.default ? String(v) : null })}
              style={{ width: 70 }}
            />
          </Space>
        </Tooltip>
        <EvidenceSwitch value={evidence} onChange={(e) => update({ ev: evidenceValue(e) })} />
        <Space size={6}>
          <Switch data-testid="what-if-switch" checked={whatIf} onChange={(v) => update({ wi: v ? '1' : null, rm: null, add: null })} size="small" />
          <Typography.Text>{t('whatif.toggle')}</Typography.Text>
        </Space>
        <Link to={`/chains/${encodeURIComponent(chainId)}/benchmark${scope ? `?home=${encodeURIComponent(scope)}` : ''}`} data-testid="benchmark-link">
          {t('bench.nav')}
        </Link>
        <Space size={6}>
          <Switch data-testid="show-enterprises" checked={allEnterprises} onChange={(v) => update({ ent: v ? '1' : null, drill: null })} size="small" />
          <Typography.Text>{t('map.showEnterprises')}</Typography.Text>
        </Space>
        {can('Query.elementLayer') ? (
          <Tooltip title={t('map.elementLayerHint')}>
            <Space size={6}>
              <Switch data-testid="layer-elements" checked={elementLayer} onChange={(v) => update({ layer: v ? 'elements' : null })} size="small" />
              <Typography.Text>{t('map.elementLayer')}</Typography.Text>
            </Space>
          </Tooltip>
        ) : null}
        <Button icon={<ExpandOutlined />} onClick={() => cyRef.current && fitReadable(cyRef.current, 24, allEnterprises ? MIN_FIT_ZOOM_ENTERPRISES : MIN_FIT_ZOOM)}>
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
                minFitZoom={allEnterprises ? MIN_FIT_ZOOM_ENTERPRISES : MIN_FIT_ZOOM}
                zoomControls
                overview={overview}
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
        {whatIf ? (
          <div style={{ width: 360, flex: 'none' }}>
            <WhatIfPanel
              pano={panorama}
              lists={currentLists}
              remove={remove}
              add={add}
              result={whatIfResult}
              loading={wantWhatIf && whatIfQ.status === 'loading'}
              error={whatIfQ.status === 'error' ? whatIfQ.error.message : null}
              onChange={(rm, ad) => update({ rm: rm.join(',') || null, add: ad.join(',') || null })}
              onClose={() => update({ wi: null, rm: null, add: null })}
            />
          </div>
        ) : null}
        {selectedSeg && !whatIf ? (
          <div style={{ width: 400, flex: 'none' }}>
            <SegmentPanel
              key={selectedSeg.segment.id}
              segment={selectedSeg.segment}
              pano={selectedSeg}
              status={statusById.get(selectedSeg.segment.id)}
              locals={listBySegment ? (listBySegment.get(selectedSeg.segment.id) ?? []) : undefined}
              projects={projectsBySegment ? (projectsBySegment.get(selectedSeg.segment.id) ?? []) : undefined}
              mode={mode}
              strongAt={strongAt}
              scope={scope ?? actualStatus.scope.code}
              evidence={evidence}
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
