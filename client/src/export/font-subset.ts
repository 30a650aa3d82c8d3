/**
 * A TrueType (glyf) subsetter that keeps glyph ids: every glyph not needed for the given
 * characters becomes empty, `cmap` maps only those characters, and layout tables are dropped.
 * The result is a small, valid font that pdf-lib can embed whole (`subset: false`).
 *
 * Why not pdf-lib's own `subset: true`: with @pdf-lib/fontkit 1.1 and the Noto Sans SC TrueType
 * font, most CJK glyphs came out blank in the PDF. Keeping glyph ids sidesteps glyph renumbering,
 * where that goes wrong; the empty glyphs cost a few bytes each after compression.
 */

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

const KEEP = ['head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'prep', 'gasp'];

function readTables(view: DataView): Map<string, TableRecord> {
  const tables = new Map<string, TableRecord>();
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType (glyf) font');
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    tables.set(tag, { tag, offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

/** Code point → glyph id, from the font's best Unicode cmap subtable (format 12 or 4). */
export function readCmap(bytes: Uint8Array): Map<number, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cmap = readTables(view).get('cmap');
  if (!cmap) throw new Error('font has no cmap');
  const n = view.getUint16(cmap.offset + 2);
  let f12 = -1;
  let f4 = -1;
  for (let i = 0; i < n; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmap.offset + view.getUint32(rec + 4);
    const format = view.getUint16(sub);
    if (format === 12 && (platform === 3 || platform === 0) && f12 < 0) f12 = sub;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0) && f4 < 0) f4 = sub;
  }
  const map = new Map<number, number>();
  if (f12 >= 0) {
    const groups = view.getUint32(f12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = f12 + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const gid = view.getUint32(at + 8);
      for (let c = start; c <= end; c++) map.set(c, gid + (c - start));
    }
    return map;
  }
  if (f4 < 0) throw new Error('font has no Unicode cmap');
  const segX2 = view.getUint16(f4 + 6);
  const ends = f4 + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(ranges + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let gid: number;
      if (rangeOffset === 0) gid = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(ranges + s * 2 + rangeOffset + (c - start) * 2);
        gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (gid) map.set(c, gid);
    }
  }
  return map;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** A cmap table with one format-12 subtable (Windows, Unicode full repertoire). */
function buildCmap(pairs: Array<[number, number]>): Uint8Array {
  const groups: Array<[number, number, number]> = [];
  for (const [c, g] of pairs) {
    const last = groups[groups.length - 1];
    if (last && c === last[1] + 1 && g === last[2] + (c - last[0])) last[1] = c;
    else groups.push([c, c, g]);
  }
  const subLength = 16 + groups.length * 12;
  const out = new Uint8Array(12 + subLength);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0);
  v.setUint16(2, 1);
  v.setUint16(4, 3);
  v.setUint16(6, 10);
  v.setUint32(8, 12);
  v.setUint16(12, 12);
  v.setUint32(16, subLength);
  v.setUint32(24, groups.length);
  groups.forEach(([start, end, gid], i) => {
    v.setUint32(28 + i * 12, start);
    v.setUint32(32 + i * 12, end);
    v.setUint32(36 + i * 12, gid);
  });
  return out;
}

/** The font cut down to the glyphs that `text` needs (plus .notdef and the glyphs they compose). */
export function subsetTrueType(font: Uint8Array, text: string): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const need = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t;
  };
  const head = need('head');
  const maxp = need('maxp');
  const loca = need('loca');
  const glyf = need('glyf');
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const glyphStart = (gid: number) => (longLoca ? view.getUint32(loca.offset + gid * 4) : view.getUint16(loca.offset + gid * 2) * 2);

  const cmap = readCmap(font);
  const pairs: Array<[number, number]> = [];
  const keep = new Set<number>([0]);
  for (const cp of [...new Set(Array.from(text, (ch) => ch.codePointAt(0)!))].sort((a, b) => a - b)) {
    const gid = cmap.get(cp);
    if (gid !== undefined && gid < numGlyphs) {
      pairs.push([cp, gid]);
      keep.add(gid);
    }
  }
  // Composite glyphs draw other glyphs: keep those too, transitively.
  const queue = [...keep];
  while (queue.length) {
    const gid = queue.pop()!;
    const start = glyphStart(gid);
    if (glyphStart(gid + 1) - start < 10 || view.getInt16(glyf.offset + start) >= 0) continue;
    let at = glyf.offset + start + 10;
    for (;;) {
      const flags = view.getUint16(at);
      const component = view.getUint16(at + 2);
      if (!keep.has(component) && component < numGlyphs) {
        keep.add(component);
        queue.push(component);
      }
      at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
      if (!(flags & 0x0020)) break;
    }
  }

  const kept = [...keep].sort((a, b) => a - b);
  let glyfSize = 0;
  for (const gid of kept) glyfSize += (glyphStart(gid + 1) - glyphStart(gid) + 3) & ~3;
  const newGlyf = new Uint8Array(glyfSize);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = new DataView(newLoca.buffer);
  let pos = 0;
  for (let gid = 0; gid < numGlyphs; gid++) {
    locaView.setUint32(gid * 4, pos);
    if (!keep.has(gid)) continue;
    const start = glyphStart(gid);
    const length = glyphStart(gid + 1) - start;
    newGlyf.set(font.subarray(glyf.offset + start, glyf.offset + start + length), pos);
    pos += (length + 3) & ~3;
  }
  locaView.setUint32(numGlyphs * 4, pos);

  const out = new Map<string, Uint8Array>();
  for (const tag of KEEP) {
    const t = tables.get(tag);
    // a copy (Node's Buffer#slice would share memory, and the head table is edited below)
    if (t) out.set(tag, new Uint8Array(font.subarray(t.offset, t.offset + t.length)));
  }
  const newHead = out.get('head')!;
  new DataView(newHead.buffer).setInt16(50, 1);
  new DataView(newHead.buffer).setUint32(8, 0);
  const post = out.get('post');
  if (post && post.length >= 32) {
    const slim = post.slice(0, 32);
    new DataView(slim.buffer).setUint32(0, 0x00030000);
    out.set('post', slim);
  }
  out.set('cmap', buildCmap(pairs));
  out.set('glyf', newGlyf);
  out.set('loca', newLoca);

  const tags = [...out.keys()].sort();
  const numTables = tags.length;
  let size = 12 + numTables * 16;
  for (const tag of tags) size += (out.get(tag)!.length + 3) & ~3;
  const result = new Uint8Array(size);
  const rv = new DataView(result.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  rv.setUint32(0, 0x00010000);
  rv.setUint16(4, numTables);
  rv.setUint16(6, 2 ** entrySelector * 16);
  rv.setUint16(8, entrySelector);
  rv.setUint16(10, numTables * 16 - 2 ** entrySelector * 16);
  let offset = 12 + numTables * 16;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const data = out.get(tag)!;
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) rv.setUint8(rec + k, tag.charCodeAt(k));
    rv.setUint32(rec + 4, checksum(data));
    rv.setUint32(rec + 8, offset);
    rv.setUint32(rec + 12, data.length);
    result.set(data, offset);
    if (tag === 'head') headOffset = offset;
    offset += (data.length + 3) & ~3;
  });
  rv.setUint32(headOffset + 8, (0xb1b0afba - checksum(result)) >>> 0);
  return result;
}
