import type { Scene, SceneItem } from '../graph/scene';
import { crc32, CSS_DPI } from './raster';

/** The longest side of one drawing tile (well inside every browser's canvas limits). */
const TILE_SIDE = 8192;
/** Pixels drawn per band of rows (memory held at once: four bytes each, twice). */
const BAND_PIXELS = 16 * 1024 * 1024;
/** Largest image this writes: past it the resolution is lowered (the file says which). */
export const TILED_MAX_PIXELS = 2_000_000_000;

export interface TiledPlan {
  scale: number;
  width: number;
  height: number;
  dpi: number;
  /** True when the image would have passed TILED_MAX_PIXELS at the resolution asked. */
  clamped: boolean;
}

export function planTiled(width: number, height: number, dpi: number): TiledPlan {
  const wanted = dpi / CSS_DPI;
  const limit = Math.sqrt(TILED_MAX_PIXELS / (Math.max(1, width) * Math.max(1, height)));
  const scale = Math.min(wanted, limit);
  return { scale, width: Math.max(1, Math.ceil(width * scale)), height: Math.max(1, Math.ceil(height * scale)), dpi: Math.round(scale * CSS_DPI), clamped: scale < wanted };
}

/** Model-space bounds of an item, generous for text (its width is not measured here). */
function bounds(it: SceneItem): [number, number, number, number] {
  switch (it.t) {
    case 'rect':
      return [it.x - 2, it.y - 2, it.x + it.w + 2, it.y + it.h + 2];
    case 'line':
      return [Math.min(it.x1, it.x2) - it.width, Math.min(it.y1, it.y2) - it.width, Math.max(it.x1, it.x2) + it.width, Math.max(it.y1, it.y2) + it.width];
    case 'poly': {
      const xs = it.points.map((p) => p[0]);
      const ys = it.points.map((p) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    }
    case 'circle':
      return [it.cx - it.r - 2, it.cy - it.r - 2, it.cx + it.r + 2, it.cy + it.r + 2];
    case 'text': {
      const w = it.text.length * it.size * 1.1;
      const x0 = it.anchor === 'start' ? it.x : it.anchor === 'end' ? it.x - w : it.x - w / 2;
      return [x0 - 2, it.y - it.size * 1.2, x0 + w + 2, it.y + it.size * 0.5];
    }
  }
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A scene as a PNG of any size: drawn in tiles no browser refuses, band of rows by band of rows,
 * and encoded here (IDAT through the browser's deflate stream), so the whole picture never has to
 * fit one canvas or one buffer. `draw` paints one item on a 2D context in model units.
 */
export async function tiledPng(
  scene: Scene,
  dpi: number,
  draw: (ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, it: SceneItem) => void,
  onBand?: (done: number, total: number) => void,
): Promise<{ blob: Blob; plan: TiledPlan }> {
  const plan = planTiled(scene.width, scene.height, dpi);
  const { width, height, scale } = plan;
  const items = scene.items.map((it) => ({ it, b: bounds(it) }));
  const bandRows = Math.max(1, Math.min(height, Math.floor(BAND_PIXELS / width)));
  const tileWidth = Math.min(width, TILE_SIDE);
  const canvas = new OffscreenCanvas(tileWidth, Math.min(bandRows, TILE_SIDE));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');

  const deflate = new CompressionStream('deflate');
  const writer = deflate.writable.getWriter();
  const compressed = new Response(deflate.readable).arrayBuffer();
  const rowBytes = 1 + width * 4;
  for (let y0 = 0; y0 < height; y0 += bandRows) {
    const rows = Math.min(bandRows, height - y0);
    const band = new Uint8Array(rows * rowBytes);
    for (let ty = 0; ty < rows; ty += canvas.height) {
      const th = Math.min(canvas.height, rows - ty);
      for (let x0 = 0; x0 < width; x0 += tileWidth) {
        const tw = Math.min(tileWidth, width - x0);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.setTransform(scale, 0, 0, scale, -x0, -(y0 + ty));
        const [mx0, my0, mx1, my1] = [x0 / scale, (y0 + ty) / scale, (x0 + tw) / scale, (y0 + ty + th) / scale];
        for (const { it, b } of items) if (b[2] >= mx0 && b[0] <= mx1 && b[3] >= my0 && b[1] <= my1) draw(ctx, it);
        const pixels = ctx.getImageData(0, 0, tw, th).data;
        for (let r = 0; r < th; r += 1) {
          const at = (ty + r) * rowBytes;
          band.set(pixels.subarray(r * tw * 4, (r + 1) * tw * 4), at + 1 + x0 * 4);
        }
      }
    }
    // Filter type 0 (none) at the start of every row: the band was zero-filled.
    await writer.write(band);
    onBand?.(y0 + rows, height);
  }
  await writer.close();
  const idat = new Uint8Array(await compressed);

  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method extras, no interlace
  const phys = new Uint8Array(9);
  const pv = new DataView(phys.buffer);
  const ppm = Math.round(plan.dpi / 0.0254);
  pv.setUint32(0, ppm);
  pv.setUint32(4, ppm);
  phys[8] = 1;
  const parts: Uint8Array[] = [Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('pHYs', phys)];
  const IDAT_MAX = 8 * 1024 * 1024;
  for (let i = 0; i < idat.length; i += IDAT_MAX) parts.push(chunk('IDAT', idat.subarray(i, i + IDAT_MAX)));
  parts.push(chunk('IEND', new Uint8Array(0)));
  return { blob: new Blob(parts as BlobPart[], { type: 'image/png' }), plan };
}
