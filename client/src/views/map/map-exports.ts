import type { Core } from 'cytoscape';
import type { ChainStatus, Panorama } from '../../api/chains';
import { targetsOfSegments } from '../../api/export-targets';
import type { ProjectRef, Target } from '../../api/fragments';
import { gql } from '../../api/graphql';
import { CHAIN_PROJECTS_QUERY } from '../../api/projects';
import { download, fileName } from '../../export/download';
import { pdfFont } from '../../export/pdf-font';
import type { MapLists } from '../../export/lists';
import { exportSvg } from '../../graph/export-svg';
import { buildScene, modeName, type ExportMeta } from '../../graph/scene';
import type { ChainLayout, MapData } from '../../graph/types';
import { localName, translate, type Lang } from '../../i18n/index';

export type ExportKind = 'svg' | 'png' | 'pdf-A3' | 'pdf-A4' | 'xlsx' | 'csv-gaps' | 'csv-targets' | 'csv-projects';

export interface ExportContext {
  lang: Lang;
  layout: ChainLayout;
  data: MapData;
  meta: ExportMeta;
  cy: Core | null;
  chainId: string;
  pano: Panorama;
  status: ChainStatus | null;
  /** The active projects of the status map's segments in full (with repeats), from its lists. */
  projects: ProjectRef[];
  scope: string | null;
  evidence: 'ALL' | 'CONFIRMED';
  canProjects: boolean;
  canTargets: boolean;
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

/** 缺链与弱链清单 (missing and weak segments), 目标企业清单 (top targets per gap) and 项目清单. */
export async function collectLists(ctx: ExportContext): Promise<MapLists> {
  const { lang, pano, status } = ctx;
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p);
  const segs = new Map(pano.segments.map((s) => [s.segment.id, s.segment]));
  const nameOf = (id: string | null | undefined) => {
    const s = id ? segs.get(id) : undefined;
    return s ? localName(lang, s) : '';
  };
  const order = new Map(ctx.layout.segments.map((s, i) => [s.id, i]));
  const gapRows = (status?.segments ?? []).filter((s) => s.status !== 'STRONG').sort((a, b) => (order.get(a.segment.id) ?? 0) - (order.get(b.segment.id) ?? 0));
  const gaps = gapRows.map((s) => {
    const seg = segs.get(s.segment.id);
    return {
      segmentId: s.segment.id,
      segment: nameOf(s.segment.id),
      parent: nameOf(seg?.parentId),
      stage: seg ? t(`stage.${seg.stage}`) : '',
      status: t(`status.${s.status}`),
      local: s.localCount,
      filling: s.filling,
    };
  });
  const targets: MapLists['targets'] = [];
  if (ctx.canTargets) {
    // up to 10 segments per request (aliases), two requests at a time
    const chunks: (typeof gapRows)[] = [];
    for (let i = 0; i < gapRows.length; i += 10) chunks.push(gapRows.slice(i, i + 10));
    const answers = await inBatches(chunks, 2, (chunk) =>
      targetsOfSegments(
        chunk.map((s) => s.segment.id),
        ctx.scope,
        ctx.evidence,
      ).catch(() => chunk.map(() => [] as Target[])),
    );
    const lists = answers.flat();
    // Each segment's list exactly as its side panel shows it: ranks 1…n, an enterprise that also
    // serves a sub-segment is listed under both (a parent's targets include its sub-segments').
    gapRows.forEach((s, i) => {
      lists[i]!.forEach((target, rank) => {
        targets.push({
          segment: nameOf(s.segment.id),
          rank: rank + 1,
          enterprise: localName(lang, target.enterprise),
          enterpriseId: target.enterprise.id,
          score: target.score,
          breakdown: target.breakdown.map((b) => (lang === 'en' ? b.reasonEn : b.reason)).join('; '),
          region: target.enterprise.region?.name ?? '',
        });
      });
    });
  }
  let projects: ProjectRef[];
  if (ctx.canProjects) {
    // The map's scope (null: the home region), so a zone's export lists the zone's projects only.
    projects = (await gql(CHAIN_PROJECTS_QUERY, { chainId: ctx.chainId, scope: ctx.scope })).projects;
  } else {
    const seen = new Map<string, ProjectRef>();
    for (const p of ctx.projects) seen.set(p.id, p);
    projects = [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return {
    gaps,
    targets,
    projects: projects.map((p) => ({
      project: p.name,
      stage: t(`projectStage.${p.stage}`),
      enterprise: p.enterprise ? localName(lang, p.enterprise) : '',
      segment: p.segment ? localName(lang, p.segment) : '',
      investment: p.investmentYi,
      signedOn: p.signedOn ?? '',
      plannedOn: p.plannedProductionOn ?? '',
      region: p.region?.name ?? '',
      confidential: p.confidential,
    })),
  };
}

/** Makes one export file and hands it to the browser; returns the file name. */
export async function runExport(kind: ExportKind, ctx: ExportContext): Promise<string> {
  const { lang, layout, data, meta } = ctx;
  const base = fileName(meta.chainName, modeName(lang, meta.mode), meta.scopeName, meta.dataDate);
  if (kind === 'svg') {
    const name = `${base}.svg`;
    download(exportSvg(layout, data, meta), name, 'image/svg+xml;charset=utf-8');
    return name;
  }
  if (kind === 'png') {
    if (!ctx.cy) throw new Error('the map is not drawn yet');
    const { exportPng } = await import('../../export/png');
    const { blob, plan } = await exportPng(ctx.cy, buildScene(layout, data, meta), 300);
    const name = `${base}-${plan.dpi}dpi.png`;
    download(blob, name, 'image/png');
    return name;
  }
  if (kind === 'pdf-A3' || kind === 'pdf-A4') {
    const page = kind === 'pdf-A3' ? 'A3' : 'A4';
    const [{ sceneToPdf }, { listSheets }, font, lists] = await Promise.all([import('../../export/pdf'), import('../../export/lists'), pdfFont(), collectLists(ctx)]);
    const scene = buildScene(layout, data, meta);
    const asOf = translate(lang, 'export.asOf', { date: meta.dataDate });
    const bytes = await sceneToPdf(scene, {
      page,
      font,
      title: scene.title,
      subject: asOf,
      tables: listSheets(lists, lang, { neutralise: false, ids: false }),
      footer: `${scene.title} · ${translate(lang, 'export.scope', { scope: meta.scopeName })} · ${translate(lang, meta.evidence === 'CONFIRMED' ? 'export.evidenceConfirmed' : 'export.evidenceAll')} · ${asOf}`,
      pageLabel: (n, total) => translate(lang, 'export.page', { n, total }),
      continued: translate(lang, 'export.continued'),
    });
    const name = `${base}-${page}.pdf`;
    download(bytes, name, 'application/pdf');
    return name;
  }
  if (kind === 'csv-gaps' || kind === 'csv-targets' || kind === 'csv-projects') {
    const [{ listSheets, sheetToCsv }, lists] = await Promise.all([import('../../export/lists'), collectLists(ctx)]);
    const sheet = listSheets(lists, lang)[['csv-gaps', 'csv-targets', 'csv-projects'].indexOf(kind)]!;
    const name = `${base}-${sheet.name}.csv`;
    download(sheetToCsv(sheet), name, 'text/csv;charset=utf-8');
    return name;
  }
  const [{ writeXlsx }, lists] = await Promise.all([import('../../export/xlsx'), collectLists(ctx)]);
  const bytes = await writeXlsx(
    lists,
    lang,
    `${meta.chainName} · ${modeName(lang, meta.mode)} · ${translate(lang, meta.evidence === 'CONFIRMED' ? 'export.evidenceConfirmed' : 'export.evidenceAll')}`,
  );
  const name = `${base}.xlsx`;
  download(bytes, name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return name;
}
