import type { Core } from 'cytoscape';
import { drawItem } from '../graph/draw-scene';
import type { Scene } from '../graph/scene';
import { CANVAS_MAX_SIDE, planPng, setPngDpi, type PngPlan } from './raster';

async function canvasPng(canvas: HTMLCanvasElement, dpi: number): Promise<Blob> {
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas is too large to encode'))), 'image/png'));
  return new Blob([setPngDpi(new Uint8Array(await blob.arrayBuffer()), dpi) as BlobPart], { type: 'image/png' });
}

/**
 * A whole scene as a PNG at `dpi`, drawn item by item (for views whose picture is all in the
 * scene, such as the supplier network); tiled past the canvas limits like the chain map.
 */
export async function scenePng(scene: Scene, dpi = 300): Promise<{ blob: Blob; plan: PngPlan; tiled: boolean }> {
  const plan = planPng(scene.width, scene.height, dpi);
  if (plan.clamped) {
    const { tiledPng } = await import('./png-tiled');
    const tiled = await tiledPng(scene, dpi, drawItem);
    return { blob: tiled.blob, plan: tiled.plan, tiled: true };
  }
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(plan.scale, plan.scale);
  for (const it of scene.items) drawItem(ctx, it);
  return { blob: await canvasPng(canvas, plan.dpi), plan, tiled: false };
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the map image could not be decoded'));
    };
    img.src = url;
  });
}

/**
 * The chain map as a PNG at `dpi` (300 by default): Cytoscape renders the map itself
 * (`cy.png`, full graph, off the screen's zoom), framed by the title, legend and footer of the
 * export scene. A picture past the browser's canvas limits is drawn from the export scene in
 * tiles and encoded band by band instead (png-tiled.ts), at the resolution asked. The
 * resolution reached is written into the file (pHYs) and returned.
 */
export async function exportPng(cy: Core, scene: Scene, dpi = 300): Promise<{ blob: Blob; plan: PngPlan; tiled: boolean }> {
  const plan = planPng(scene.width, scene.height, dpi);
  if (plan.clamped) {
    const { tiledPng } = await import('./png-tiled');
    const tiled = await tiledPng(scene, dpi, drawItem);
    return { blob: tiled.blob, plan: tiled.plan, tiled: true };
  }
  const s = plan.scale;
  // maxWidth/maxHeight keep Cytoscape from multiplying the scale by the screen's pixel ratio
  const mapBlob = (await cy.png({ output: 'blob-promise', full: true, scale: s, bg: '#ffffff', maxWidth: CANVAS_MAX_SIDE, maxHeight: CANVAS_MAX_SIDE })) as Blob;
  const map = await loadImage(mapBlob);
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.save();
  ctx.scale(s, s);
  for (const it of scene.frame) drawItem(ctx, it);
  ctx.restore();
  // The graph's bounding box is the stage columns' (plus a border's width): fit it to the map area.
  const a = scene.mapArea;
  ctx.drawImage(map, a.x * s, a.y * s, a.w * s, a.h * s);
  return { blob: await canvasPng(canvas, plan.dpi), plan, tiled: false };
}
