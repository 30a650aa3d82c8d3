import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { ConsoleGate } from '../../server/console/gate.js';
import { checkPlan, formatPlan, type PlanNode } from '../../server/console/plan-check.js';
import { Refusal } from '../../server/console/refusal.js';
import { ResultGraph } from '../../server/console/values.js';

const { Node, Relationship, Path, PathSegment } = neo4j.types;

const op = (operatorType: string, children: PlanNode[] = [], details = ''): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: details ? { Details: details, EstimatedRows: 10 } : { EstimatedRows: 10 },
  children,
});

function planVerdict(plan: PlanNode, queryType: string | undefined): string {
  try {
    checkPlan(plan, queryType);
    return 'ok';
  } catch (error) {
    assert.ok(error instanceof Refusal);
    assert.equal(error.layer, 'plan');
    return error.reason;
  }
}

describe('console plan check (layer 2)', () => {
  it('accepts read plans and the allowlisted procedures', () => {
    assert.equal(planVerdict(op('ProduceResults', [op('Expand(All)', [op('NodeByLabelScan')])]), 'r'), 'ok');
    assert.equal(planVerdict(op('ProduceResults', [op('ProcedureCall', [], 'db.labels() :: (label :: STRING)')]), 'r'), 'ok');
    assert.equal(planVerdict(op('ProduceResults', [op('ShowIndexes', [], 'allIndexes')]), 'r'), 'ok');
  });

  it('refuses write, file, administration and unlisted procedure operators anywhere in the tree', () => {
    const cases: Array<[PlanNode, string, string]> = [
      [op('ProduceResults', [op('Create')]), 'rw', 'write-plan'],
      [op('ProduceResults', [op('EmptyResult', [op('SetProperty', [op('AllNodesScan')])])]), 'w', 'write-plan'],
      [op('ProduceResults', [op('Apply', [op('Argument'), op('DetachDelete')])]), 'w', 'write-plan'],
      [op('ProduceResults', [op('LoadCSV')]), 'r', 'write-plan'],
      [op('ProduceResults', [op('TerminateTransactions')]), 'r', 'write-plan'],
      [op('ProduceResults', [op('ShowTransactions')]), 'r', 'show-command'],
      [op('ProduceResults', [op('ProcedureCall', [], 'db.createLabel($autostring_0) :: ()')]), 'w', 'procedure-not-allowed'],
      [op('ProduceResults', [op('ProcedureCall', [], 'db.clearQueryCaches() :: (value :: STRING)')]), 's', 'procedure-not-allowed'],
      [op('CreateIndex', [], 'RANGE INDEX foo FOR (:X) ON (y)'), 's', 'write-plan'],
      [op('ProduceResults', [op('TransactionForeach', [op('EmptyRow'), op('Projection')])]), 'w', 'write-plan'],
    ];
    for (const [plan, type, reason] of cases) assert.equal(planVerdict(plan, type), reason, JSON.stringify(plan));
  });

  it("refuses a plan of reads when Neo4j does not classify the query as read-only ('r')", () => {
    assert.equal(planVerdict(op('ProduceResults', [op('AllNodesScan')]), 's'), 'not-read-only');
    assert.equal(planVerdict(op('ProduceResults'), undefined), 'not-read-only');
  });

  it('formats the operator tree with details and estimates', () => {
    const text = formatPlan(op('ProduceResults', [op('Filter', [op('AllNodesScan', [], 'n')], 'n.x = 1'), op('Argument')], 'n'));
    assert.equal(text, ['ProduceResults  n  ~10 rows', '├─ Filter  n.x = 1  ~10 rows', '│  └─ AllNodesScan  n  ~10 rows', '└─ Argument  ~10 rows'].join('\n'));
  });
});

const node = (elementId: string, labels: string[], properties: Record<string, unknown>) => new Node(0, labels, properties, elementId);
const rel = (elementId: string, type: string, from: string, to: string, properties: Record<string, unknown> = {}) => new Relationship(0, 0, 0, type, properties, elementId, from, to);

function graphOf(rows: unknown[][], endpoints: InstanceType<typeof Node>[] = []) {
  const graph = new ResultGraph();
  for (const row of rows) graph.collect(row);
  graph.addNodes(endpoints);
  graph.assignIds();
  return { graph, rows: rows.map((row) => row.map((cell) => graph.toJson(cell))), json: graph.toGraph() };
}

describe('console result values and graph', () => {
  it('names nodes by business key (id, then code, then name), never by element id', () => {
    const a = node('4:x:1', ['Enterprise'], { id: 'boe', name: '京东方' });
    const r = node('4:x:2', ['Region'], { code: 'QDEDZ', name: '开发区' });
    const s = node('4:x:3', ['Note'], { name: '备注' });
    const k = node('4:x:4', ['Note'], { text: 'no key' });
    const { json } = graphOf([[a, r, s, k]]);
    assert.deepEqual(
      json!.nodes.map((n) => [n.id, n.key]),
      [
        ['boe', 'boe'],
        ['QDEDZ', 'QDEDZ'],
        ['备注', '备注'],
        ['_:1', null],
      ],
    );
    assert.doesNotMatch(JSON.stringify(json), /4:x:/);
  });

  it('keeps ids unique when two nodes share a key, and numbers parallel edges', () => {
    const a = node('4:x:1', ['Chain'], { id: 'same' });
    const b = node('4:x:2', ['Park'], { id: 'same' });
    const r1 = rel('5:x:1', 'NEAR', '4:x:1', '4:x:2');
    const r2 = rel('5:x:2', 'NEAR', '4:x:1', '4:x:2');
    const { json, rows } = graphOf([[a, b, r1, r2]]);
    assert.deepEqual(
      json!.nodes.map((n) => n.id),
      ['same', 'Park:same'],
    );
    assert.deepEqual(
      json!.edges.map((e) => [e.id, e.from, e.to]),
      [
        ['same-[NEAR]->Park:same', 'same', 'Park:same'],
        ['same-[NEAR]->Park:same#2', 'same', 'Park:same'],
      ],
    );
    assert.deepEqual(rows[0]![2], { key: 'same-[NEAR]->Park:same', type: 'NEAR', from: 'same', to: 'Park:same', properties: {} });
  });

  it('converts paths and completes edges with fetched endpoints or placeholders', () => {
    const a = node('4:x:1', ['Enterprise'], { id: 'a' });
    const b = node('4:x:2', ['Enterprise'], { id: 'b' });
    const ab = rel('5:x:1', 'SUPPLIES', '4:x:1', '4:x:2', { products: 'glass' });
    const path = new Path(a, b, [new PathSegment(a, ab, b)]);
    const { rows, json } = graphOf([[path]]);
    assert.deepEqual(rows[0]![0], {
      nodes: [
        { key: 'a', labels: ['Enterprise'], properties: { id: 'a' } },
        { key: 'b', labels: ['Enterprise'], properties: { id: 'b' } },
      ],
      relationships: [{ key: 'a-[SUPPLIES]->b', type: 'SUPPLIES', from: 'a', to: 'b', properties: { products: 'glass' } }],
    });
    assert.equal(json!.edges.length, 1);

    const lonely = rel('5:x:9', 'SUPPLIES', '4:x:7', '4:x:8');
    const probe = new ResultGraph();
    probe.collect([lonely]);
    assert.deepEqual(probe.missingEndpoints(), ['4:x:7', '4:x:8']);
    const partial = graphOf([[lonely]], [node('4:x:7', ['Enterprise'], { id: 'c' })]).json!;
    assert.deepEqual(
      partial.edges.map((e) => [e.from, e.to]),
      [['c', '_:e1']],
    );
    assert.deepEqual(
      partial.nodes.map((n) => n.id),
      ['c', '_:e1'],
    );
  });

  it('blanks protected nodes and drops protected keys from maps', () => {
    const user = node('4:x:1', ['User'], { name: 'admin', passwordHash: 'scrypt$secret' });
    const { rows, json } = graphOf([[user, { name: 'x', passwordHash: 'scrypt$secret', inner: { hash: 'h' } }]]);
    assert.deepEqual(rows[0], [
      { key: '_:1', labels: ['User'], properties: {} },
      { name: 'x', inner: {} },
    ]);
    assert.deepEqual(json!.nodes, [{ id: '_:1', key: null, labels: ['User'], properties: {} }]);
  });

  it('converts temporal, spatial, big and odd numbers to JSON', () => {
    const graph = new ResultGraph();
    assert.equal(graph.toJson(new neo4j.types.Date(2024, 1, 2)), '2024-01-02');
    assert.equal(graph.toJson(new neo4j.types.Duration(0, 1, 0, 0)), 'P1D');
    assert.equal(graph.toJson(new neo4j.types.Duration(14, 0, 3661, 0)), 'P1Y2MT1H1M1S');
    assert.deepEqual(graph.toJson(new neo4j.types.Point(7203, 1, 2)), { srid: 7203, x: 1, y: 2 });
    assert.equal(graph.toJson(neo4j.int('9007199254740993')), '9007199254740993');
    assert.equal(graph.toJson(neo4j.int(42)), 42);
    assert.equal(graph.toJson(Number.NaN), 'NaN');
    assert.deepEqual(graph.toJson(new Uint8Array([1, 2, 3])), { base64: 'AQID' });
    assert.equal(graph.toGraph(), null);
  });
});

describe('console gate', () => {
  it('allows a few queries per user and in all, and gives slots back once', () => {
    const gate = new ConsoleGate(2, 3);
    const a1 = gate.enter('a');
    const a2 = gate.enter('a');
    assert.throws(
      () => gate.enter('a'),
      (error: unknown) => error instanceof Refusal && error.reason === 'busy' && error.code === 'FORBIDDEN',
    );
    const b1 = gate.enter('b');
    assert.throws(() => gate.enter('c'), /console is running 3 queries/);
    a1();
    a1();
    assert.equal(gate.size, 2);
    const c1 = gate.enter('c');
    for (const release of [a2, b1, c1]) release();
    assert.equal(gate.size, 0);
    gate.enter('a');
    gate.enter('a');
  });
});
