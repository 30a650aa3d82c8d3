import { FONT_STACK } from './palette.js';
import { buildScene, type ExportMeta, type Scene } from './scene.js';
import type { ChainLayout, MapData } from './types.js';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
/** Numbers with at most two decimals and no trailing zeros: short, and stable across runs. */
const n = (v: number) => String(Math.round(v * 100) / 100);

export function sceneToSvg(scene: Scene): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(scene.title)}</title>`,
  ];
  for (const it of scene.items) {
    switch (it.t) {
      case 'rect':
        out.push(
          `<rect x="${n(it.x)}" y="${n(it.y)}" width="${n(it.w)}" height="${n(it.h)}"${it.r ? ` rx="${n(it.r)}"` : ''} fill="${it.fill}"${it.stroke ? ` stroke="${it.stroke}" stroke-width="${n(it.strokeWidth ?? 1)}"` : ''}/>`,
        );
        break;
      case 'line':
        out.push(`<line x1="${n(it.x1)}" y1="${n(it.y1)}" x2="${n(it.x2)}" y2="${n(it.y2)}" stroke="${it.stroke}" stroke-width="${n(it.width)}"/>`);
        break;
      case 'poly':
        out.push(`<polygon points="${it.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${it.fill}"/>`);
        break;
      case 'circle':
        out.push(`<circle cx="${n(it.cx)}" cy="${n(it.cy)}" r="${n(it.r)}" fill="${it.fill}"${it.stroke ? ` stroke="${it.stroke}" stroke-width="${n(it.strokeWidth ?? 1)}"` : ''}/>`);
        break;
      case 'text':
        out.push(
          `<text x="${n(it.x)}" y="${n(it.y)}" font-size="${n(it.size)}" fill="${it.fill}"${it.anchor !== 'start' ? ` text-anchor="${it.anchor}"` : ''}${it.bold ? ' font-weight="bold"' : ''}>${escapeXml(it.text)}</text>`,
        );
        break;
    }
  }
  out.push('</svg>', '');
  return out.join('\n');
}

/**
 * The chain map as a standalone SVG, written from the layout model (not from the canvas): title,
 * legend, the map, and a footer with the data date, sources, scope, 强链阈值 and mode. Chinese
 * text stays text, in a font stack that starts with Noto Sans CJK SC.
 */
export function exportSvg(layout: ChainLayout, data: MapData, meta: ExportMeta): string {
  return sceneToSvg(buildScene(layout, data, meta));
}
