import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { labelRects, MARKER, markerPosition, placeMarkers, type Rect } from '../../client/src/graph/elements.js';
import { layoutChain } from '../../client/src/graph/layout.js';
import type { FlowInput, SegmentInput, Stage } from '../../client/src/graph/types.js';

/** The demo's 新型显示 chain, as the status map lays it out. */
const rows = (file: string) => parse(readFileSync(new URL(`../../seed/demo/${file}`, import.meta.url)), { columns: true }) as Array<Record<string, string>>;
const segments: SegmentInput[] = rows('segments.csv')
  .filter((r) => r.chain_id === 'display')
  .map((r) => ({ id: r.id!, name: r.name!, nameEn: r.name_en || null, stage: r.stage as Stage, order: Number(r.order), parentId: r.parent_id || null }));
const ids = new Set(segments.map((s) => s.id));
const flows: FlowInput[] = rows('flows.csv')
  .filter((r) => ids.has(r.from_segment_id!) && ids.has(r.to_segment_id!))
  .map((r) => ({ from: r.from_segment_id!, to: r.to_segment_id! }));

const half = MARKER.size / 2;
const covers = (p: { x: number; y: number }, r: Rect) => p.x + half > r.x1 && p.x - half < r.x2 && p.y + half > r.y1 && p.y - half < r.y2;

describe('断链 markers on the status map', () => {
  for (const lang of ['zh', 'en'] as const) {
    const layout = layoutChain(segments, flows, { lang });
    const labels = labelRects(layout);
    const byId = new Map(layout.segments.map((s) => [s.id, s]));

    it(`(${lang}) the plain midpoint of an edge, where markers sat before, covers segment labels`, () => {
      const covered = layout.flows.filter((f) => labels.some((r) => covers(markerPosition(byId.get(f.from)!, byId.get(f.to)!), r)));
      assert.ok(covered.length > 0, 'the demo has edges whose midpoint lies on a label');
    });

    it(`(${lang}) with every one of the ${layout.flows.length} flows broken, no marker covers a label or another marker`, () => {
      assert.ok(
        layout.flows.some((f) => f.from === 'display-tac-film' || f.to === 'display-tac-film' || f.from === 'display-pva-film' || f.to === 'display-pva-film'),
        'TAC膜 or PVA膜 has a flow',
      );
      const places = placeMarkers(layout, layout.flows);
      assert.equal(places.size, layout.flows.length);
      const placed = [...places.entries()];
      for (const [key, p] of placed) {
        const hit = labels.findIndex((r) => covers(p, r));
        assert.equal(hit, -1, `the marker of ${key} at ${p.x},${p.y} covers a label`);
      }
      for (let i = 0; i < placed.length; i += 1) {
        for (let j = i + 1; j < placed.length; j += 1) {
          const [a, b] = [placed[i]![1], placed[j]![1]];
          assert.ok(Math.abs(a.x - b.x) >= MARKER.size || Math.abs(a.y - b.y) >= MARKER.size, `${placed[i]![0]} and ${placed[j]![0]} overlap`);
        }
      }
    });

    it(`(${lang}) places each marker on or beside its own edge, within the map`, () => {
      for (const [key, p] of placeMarkers(layout, layout.flows)) {
        const [from, to] = key.split('->');
        const a = byId.get(from!)!;
        const b = byId.get(to!)!;
        // distance from the centre-to-centre line, at most 12 marker clearances
        const len = Math.hypot(b.x - a.x, b.y - a.y);
        const distance = Math.abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / len;
        assert.ok(distance <= 12 * (half + 4) + 1, `${key}: ${distance.toFixed(1)} px off its edge`);
        assert.ok(p.x >= 0 && p.y >= 0 && p.x <= layout.width && p.y <= layout.height, key);
      }
    });
  }
});
