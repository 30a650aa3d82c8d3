import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { buildElements, layoutChain } from '../../client/src/graph/index.js';
import { fitViewport, keepInViewport, mapOverview } from '../../client/src/graph/overview.js';
import { SELECTED } from '../../client/src/graph/palette.js';
import { syntheticChain } from '../../client/src/graph/synthetic.js';

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual}, expected ${expected}`);

describe('the overview of a big map', () => {
  const chain = syntheticChain(500, 7);
  const layout = layoutChain(chain.segments, chain.flows, { enterprises: chain.enterprises, drill: 'all' });
  const elements = buildElements(layout, chain.data, 'status');

  it('draws every node and edge Cytoscape draws: one box per stage, segment, enterprise and badge, a line and an arrow head per flow, a disc per 断链', () => {
    const overview = mapOverview(layout, chain.data, 'status');
    const kinds = new Map<string, number>();
    for (const e of elements) kinds.set(String(e.data.kind), (kinds.get(String(e.data.kind)) ?? 0) + 1);
    const count = (t: string) => overview.items.filter((i) => i.t === t).length;
    // the synthetic chain of 500: 3 stages, 60 segments, 350 enterprises, 8 补链中 badges, 88 flows, 13 broken
    assert.deepEqual(Object.fromEntries(kinds), { stage: 3, segment: 60, enterprise: 350, badge: 8, flow: 88, marker: 13 });
    assert.equal(count('rect'), 3 + 60 + 350 + 8);
    assert.equal(count('line'), 88);
    assert.equal(count('poly'), 88);
    assert.equal(count('circle'), 13);
    // the stage columns span the layout from its origin; their 1 px border adds half a pixel around
    assert.deepEqual(overview.bounds, { x1: -0.5, y1: -0.5, x2: layout.width + 0.5, y2: layout.height + 0.5 });
  });

  it('adds the selection border on top of the selected segment, and nothing for an unknown one', () => {
    const seg = layout.segments[5]!;
    const plain = mapOverview(layout, chain.data, 'status');
    const selected = mapOverview(layout, chain.data, 'status', seg.id);
    assert.equal(selected.items.length, plain.items.length + 1);
    assert.deepEqual(selected.items.at(-1), {
      t: 'rect',
      x: seg.x - seg.w / 2,
      y: seg.y - seg.h / 2,
      w: seg.w,
      h: seg.h,
      r: seg.kind === 'box' ? 8 : 6,
      fill: 'rgba(0,0,0,0)',
      stroke: SELECTED.border,
      strokeWidth: SELECTED.width,
    });
    assert.equal(mapOverview(layout, chain.data, 'status', 'no-such-segment').items.length, plain.items.length);
  });

  it('opens at the view fitReadable gives: capped at 1.2×, fitted with 24 px padding, or at the readable zoom from the top-left corner', () => {
    // small: 1232/1000 = 1.232 > 1.2, so 1.2 and centred: (1280 − 1200) / 2, (800 − 600) / 2
    const small = fitViewport({ x1: 0, y1: 0, x2: 1000, y2: 500 }, 1280, 800);
    close(small.zoom, 1.2, 'small zoom');
    close(small.pan.x, 40, 'small pan x');
    close(small.pan.y, 100, 'small pan y');
    // fits: min(1232/2000, 752/1000) = 0.616 ≥ 0.5, centred: (1280 − 1232) / 2, (800 − 616) / 2
    const fits = fitViewport({ x1: 0, y1: 0, x2: 2000, y2: 1000 }, 1280, 800, { minFitZoom: 0.5 });
    close(fits.zoom, 0.616, 'fitted zoom');
    close(fits.pan.x, 24, 'fitted pan x');
    close(fits.pan.y, 92, 'fitted pan y');
    // too big: 0.73 with the map's top-left corner at the padding: 24 + 10 × 0.73, 24 + 20 × 0.73
    const big = fitViewport({ x1: -10, y1: -20, x2: 5000, y2: 4000 }, 1280, 800, { minFitZoom: 0.73 });
    close(big.zoom, 0.73, 'big zoom');
    close(big.pan.x, 31.3, 'big pan x');
    close(big.pan.y, 38.6, 'big pan y');
    // the zoom limits still hold
    close(fitViewport({ x1: 0, y1: 0, x2: 100000, y2: 100 }, 1280, 800, { minZoom: 0.05 }).zoom, 0.05, 'minZoom');
  });

  it('brings a selected node into view as keepInView does, 4 px inside the margin', () => {
    const view = { zoom: 0.73, pan: { x: 31.3, y: 38.6 } };
    // x2 = 3070 × 0.73 + 31.3 = 2272.4 is past 1280 − 28: pan left by 2272.4 − 1252; y1, y2 (97, 126.2) are in view
    const moved = keepInViewport(view, { x: 3000, y: 100, w: 140, h: 40 }, 1280, 800, { minZoom: 0.73 });
    close(moved.zoom, 0.73, 'zoom');
    close(moved.pan.x, 31.3 - (2272.4 - 1252), 'pan x');
    close(moved.pan.y, 38.6, 'pan y');
    // already in view: unchanged
    assert.deepEqual(keepInViewport(view, { x: 200, y: 200, w: 140, h: 40 }, 1280, 800, { minZoom: 0.73 }), view);
    // farther out than minZoom: zoomed in around the node (its rendered centre stays), then in view
    const out = keepInViewport({ zoom: 0.1, pan: { x: 0, y: 0 } }, { x: 1000, y: 1000, w: 100, h: 100 }, 1280, 800, { minZoom: 0.5 });
    close(out.zoom, 0.5, 'zoomed in');
    close(out.pan.x, 100 - 500, 'centre x kept');
    close(out.pan.y, 100 - 500, 'centre y kept');
  });
});
