import { download, fileName } from '../export/download';
import { pdfFont } from '../export/pdf-font';
import type { NetworkEdgeInput, NetworkNodeInput } from '../graph/network';
import { networkScene, type NetworkExportMeta } from '../graph/network-scene';
import { sceneToSvg } from '../graph/export-svg';
import { translate } from '../i18n/index';

export type NetworkExportKind = 'svg' | 'png' | 'pdf-A3' | 'pdf-A4';

/** Makes one export file of a supplier network and hands it to the browser; returns its name. */
export async function runNetworkExport(kind: NetworkExportKind, nodes: NetworkNodeInput[], edges: NetworkEdgeInput[], meta: NetworkExportMeta): Promise<string> {
  const scene = networkScene(nodes, edges, meta);
  const base = fileName(scene.title, meta.scopeName, meta.dataDate);
  if (kind === 'svg') {
    const name = `${base}.svg`;
    download(sceneToSvg(scene), name, 'image/svg+xml;charset=utf-8');
    return name;
  }
  if (kind === 'png') {
    const { scenePng } = await import('../export/png');
    const { blob, plan } = await scenePng(scene, 300);
    const name = `${base}-${plan.dpi}dpi.png`;
    download(blob, name, 'image/png');
    return name;
  }
  const page = kind === 'pdf-A3' ? 'A3' : 'A4';
  const [{ sceneToPdf }, font] = await Promise.all([import('../export/pdf'), pdfFont()]);
  const asOf = translate(meta.lang, 'export.asOf', { date: meta.dataDate });
  const bytes = await sceneToPdf(scene, {
    page,
    font,
    title: scene.title,
    subject: asOf,
    // the per-segment rates after the picture, as a table
    tables: meta.segmentRates ? [meta.segmentRates] : [],
    footer: `${scene.title} · ${translate(meta.lang, 'export.scope', { scope: meta.scopeName })} · ${asOf}`,
    pageLabel: (n, total) => translate(meta.lang, 'export.page', { n, total }),
    continued: translate(meta.lang, 'export.continued'),
  });
  const name = `${base}-${page}.pdf`;
  download(bytes, name, 'application/pdf');
  return name;
}
