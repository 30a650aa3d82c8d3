import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { addNeighborhood, addPaths, emptyGraph, exploreElements, linkOf, stepFromParam, stepToParam, type ExploreNode, type Neighborhood } from '../../client/src/graph/explore.js';

const ent = (id: string, local: boolean | null = false): ExploreNode => ({ kind: 'ENTERPRISE', id, name: `企业${id}`, local });
const seg = (id: string): ExploreNode => ({ kind: 'SEGMENT', id, name: `环节${id}`, chainId: 'c' });

const boe: Neighborhood = {
  node: ent('boe', true),
  groups: [
    { relation: 'SUPPLIER', total: 30, nodes: Array.from({ length: 12 }, (_, i) => ent(`s${String(i).padStart(2, '0')}`)) },
    { relation: 'CUSTOMER', total: 1, nodes: [ent('lenovo')] },
    { relation: 'SEGMENT', total: 1, nodes: [seg('module')] },
    { relation: 'LEADS', total: 0, nodes: [] },
  ],
};
const s00: Neighborhood = {
  node: ent('s00'),
  groups: [
    { relation: 'SUPPLIER', total: 0, nodes: [] },
    { relation: 'CUSTOMER', total: 2, nodes: [ent('boe', true), ent('tcl')] },
    { relation: 'SEGMENT', total: 1, nodes: [seg('glass')] },
    { relation: 'LEADS', total: 0, nodes: [] },
  ],
};
const page2: Neighborhood = { node: ent('boe', true), groups: [{ relation: 'SUPPLIER', total: 30, nodes: Array.from({ length: 12 }, (_, i) => ent(`s${12 + i}`)) }] };

const overlapping = (g: ReturnType<typeof emptyGraph>) => {
  const all = [...g.nodes.values(), ...g.more.values()];
  const out: string[] = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) if (Math.abs(all[i]!.x - all[j]!.x) < 160 && Math.abs(all[i]!.y - all[j]!.y) < 44) out.push(`${all[i]!.key}/${all[j]!.key}`);
  return out;
};

describe('the explorer graph', () => {
  it('starts at the origin, lists a page per relation and a "+N" node for the rest', () => {
    const g = addNeighborhood(emptyGraph(), boe);
    assert.deepEqual({ x: g.nodes.get('ENTERPRISE:boe')!.x, y: g.nodes.get('ENTERPRISE:boe')!.y }, { x: 0, y: 0 });
    assert.equal(g.nodes.size, 1 + 12 + 1 + 1);
    assert.deepEqual(
      [...g.more.values()].map((m) => [m.key, m.remaining]),
      [['more:ENTERPRISE:boe>SUPPLIER', 18]],
    );
    assert.deepEqual(g.opened.get('ENTERPRISE:boe')!.get('SUPPLIER'), { total: 30, listed: 12 });
    assert.ok(g.edges.has('SUPPLIES:ENTERPRISE:s00->ENTERPRISE:boe'));
    assert.ok(g.edges.has('SUPPLIES:ENTERPRISE:boe->ENTERPRISE:lenovo'));
    assert.ok(g.edges.has('IN_SEGMENT:ENTERPRISE:boe->SEGMENT:module'));
    assert.deepEqual(overlapping(g), []);
  });

  it('keeps what is placed where it is, meets a link from both ends once, and pages on', () => {
    const g = addNeighborhood(emptyGraph(), boe);
    const before = new Map([...g.nodes].map(([k, n]) => [k, [n.x, n.y]]));
    addNeighborhood(g, s00);
    for (const [k, p] of before) assert.deepEqual([g.nodes.get(k)!.x, g.nodes.get(k)!.y], p, `${k} did not move`);
    assert.equal([...g.edges.keys()].filter((k) => k.includes('s00->ENTERPRISE:boe')).length, 1, 'SUPPLIES s00 → boe once');
    assert.ok(g.nodes.has('ENTERPRISE:tcl') && g.nodes.has('SEGMENT:glass'));
    assert.equal(g.nodes.get('ENTERPRISE:tcl')!.parent, 'ENTERPRISE:s00');
    addNeighborhood(g, page2);
    assert.deepEqual(g.opened.get('ENTERPRISE:boe')!.get('SUPPLIER'), { total: 30, listed: 24 });
    assert.equal(g.more.get('more:ENTERPRISE:boe>SUPPLIER')!.remaining, 6);
    assert.deepEqual(overlapping(g), []);
    const cy = exploreElements(g, (m) => `+${m.remaining}`);
    assert.equal(cy.filter((e) => e.group === 'nodes').length, g.nodes.size + g.more.size);
    assert.ok(cy.some((e) => e.data.id === 'more:ENTERPRISE:boe>SUPPLIER' && e.data.label === '+6'));
  });

  it('replays the same steps to the same picture', () => {
    const a = [boe, s00, page2].reduce((g, h) => addNeighborhood(g, h), emptyGraph());
    const b = [boe, s00, page2].reduce((g, h) => addNeighborhood(g, h), emptyGraph());
    assert.deepEqual([...a.nodes.entries()], [...b.nodes.entries()]);
    assert.deepEqual([...a.more.entries()], [...b.more.entries()]);
  });

  it('stops adding nodes at the cap and counts what it left out', () => {
    const g = addNeighborhood(emptyGraph(), boe, 10);
    assert.equal(g.nodes.size, 10);
    assert.equal(g.dropped, 5);
    assert.ok([...g.edges.values()].every((e) => g.nodes.has(e.from) && g.nodes.has(e.to)));
  });

  it('writes steps into the URL and reads them back; rejects what is not a step', () => {
    for (const step of [
      { key: 'ENTERPRISE:boe', relation: null },
      { key: 'SEGMENT:a>b', relation: null },
      { key: 'CHAIN:display', relation: 'MASTER' },
    ]) {
      assert.deepEqual(stepFromParam(stepToParam(step)), step);
    }
    const path = { key: 'ENTERPRISE:a|b', relation: null, to: 'ENTERPRISE:c>d' };
    assert.deepEqual(stepFromParam(stepToParam(path)), path);
    assert.equal(stepFromParam('path:SEGMENT:a|ENTERPRISE:b'), null, 'paths run between enterprises');
    assert.equal(stepFromParam('PARK:x'), null);
    assert.equal(stepFromParam('ENTERPRISE:'), null);
    assert.equal(stepFromParam('boe'), null);
  });

  it('names the underlying link of every relation the same from either end', () => {
    const pairs: Array<[string, string]> = [
      ['SUPPLIER', 'CUSTOMER'],
      ['ENTERPRISE', 'SEGMENT'],
      ['PARENT', 'CHILD'],
      ['FEEDS_TO', 'FED_BY'],
      ['LEADS', 'MASTER'],
    ];
    for (const [r1, r2] of pairs) {
      const a = r1 === 'ENTERPRISE' ? 'SEGMENT:s' : r1 === 'LEADS' ? 'ENTERPRISE:e' : r1 === 'SUPPLIER' ? 'ENTERPRISE:a' : 'SEGMENT:a';
      const b = r1 === 'ENTERPRISE' ? 'ENTERPRISE:e' : r1 === 'LEADS' ? 'CHAIN:c' : r1 === 'SUPPLIER' ? 'ENTERPRISE:b' : 'SEGMENT:b';
      assert.deepEqual(linkOf(r1, a, b), linkOf(r2, b, a), `${r1}/${r2}`);
    }
    assert.deepEqual(linkOf('CHAIN', 'SEGMENT:s', 'CHAIN:c'), linkOf('SEGMENT', 'CHAIN:c', 'SEGMENT:s'));
  });

  it('adds the paths found: new nodes next to the one before them on the path, the links highlighted', () => {
    const g = addNeighborhood(emptyGraph(), boe);
    addPaths(g, 'ENTERPRISE:s00', 'ENTERPRISE:far', [
      {
        nodes: [ent('s00'), ent('mid'), ent('far')],
        edges: [
          { from: 's00', to: 'mid' },
          { from: 'mid', to: 'far' },
        ],
        directed: true,
      },
    ]);
    assert.equal(g.nodes.get('ENTERPRISE:mid')!.parent, 'ENTERPRISE:s00');
    assert.equal(g.nodes.get('ENTERPRISE:far')!.parent, 'ENTERPRISE:mid');
    assert.deepEqual([...g.pathEdges], ['SUPPLIES:ENTERPRISE:s00->ENTERPRISE:mid', 'SUPPLIES:ENTERPRISE:mid->ENTERPRISE:far']);
    assert.deepEqual(g.paths, [{ from: 'ENTERPRISE:s00', to: 'ENTERPRISE:far', found: 1, directed: true, hops: 2 }]);
    assert.deepEqual(overlapping(g), []);
    addPaths(g, 'ENTERPRISE:s00', 'ENTERPRISE:none', [], ent('none'));
    assert.deepEqual(g.paths[1], { from: 'ENTERPRISE:s00', to: 'ENTERPRISE:none', found: 0, directed: true, hops: 0 });
    assert.equal(g.nodes.get('ENTERPRISE:none')!.parent, 'ENTERPRISE:s00', 'the enterprise asked about joins the picture without links');
    assert.ok(![...g.edges.values()].some((e) => e.from === 'ENTERPRISE:none' || e.to === 'ENTERPRISE:none'));
    const cy = exploreElements(g, () => '');
    assert.deepEqual(
      cy.filter((e) => String(e.classes).includes('path')).map((e) => e.data.id),
      [...g.pathEdges],
    );
  });
});
