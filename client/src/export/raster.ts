/**
 * Sizing a PNG export under Chrome's canvas limits (32,767 px a side, 268,435,456 px in all; past
 * them the canvas is blank), and stamping its resolution into the file.
 */
export const CANVAS_MAX_SIDE = 32767;
export const CANVAS_MAX_AREA = 268435456;
/** Model units are CSS pixels, which are 1/96 in. */
export const CSS_DPI = 96;

export interface PngPlan {
  /** Multiplier from model units to output pixels. */
  scale: number;
  width: number;
  height: number;
  /** The resolution reached: lower than asked when the limits forced a smaller scale. */
  dpi: number;
  clamped: boolean;
}

/**
 * The scale for a `width` × `height` (model units) image at `dpi`, lowered until the image stays
 * inside the canvas limits with a margin of `safety`.
 */
export function planPng(width: number, height: number, dpi = 300, safety = 0.98): PngPlan {
  const wanted = dpi / CSS_DPI;
  const maxSide = Math.floor(CANVAS_MAX_SIDE * safety);
  const maxArea = Math.floor(CANVAS_MAX_AREA * safety);
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const limit = Math.min(maxSide / w, maxSide / h, Math.sqrt(maxArea / (w * h)));
  const scale = Math.min(wanted, limit);
  const out = { width: Math.max(1, Math.floor(w * scale)), height: Math.max(1, Math.floor(h * scale)) };
  return { scale, ...out, dpi: Math.round(scale * CSS_DPI), clamped: scale < wanted };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The PNG with a pHYs chunk saying `dpi` (replacing any it had), right after IHDR. */
export function setPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (png.length < 33 || signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG');
  const chunks: Uint8Array[] = [png.subarray(0, 8)];
  let at = 8;
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (type !== 'pHYs') chunks.push(png.subarray(at, end));
    if (type === 'IHDR') {
      const ppm = Math.round(dpi / 0.0254);
      const chunk = new Uint8Array(21);
      const cv = new DataView(chunk.buffer);
      cv.setUint32(0, 9);
      chunk.set([0x70, 0x48, 0x59, 0x73], 4);
      cv.setUint32(8, ppm);
      cv.setUint32(12, ppm);
      chunk[16] = 1;
      cv.setUint32(17, crc32(chunk.subarray(4, 17)));
      chunks.push(chunk);
    }
    at = end;
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let pos = 0;
  for (const c of chunks) {
    out.set(c, pos);
    pos += c.length;
  }
  return out;
}

/** Width and height from a PNG's IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
