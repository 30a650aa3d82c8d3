import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { analysisFixture } from '../fixtures/analysis-fixture.js';
import { startAppWith, stopAll, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';
import { WHAT_IF_SELECTION, type WhatIfBody } from '../support/what-if.js';

const db = testDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startAppWith(db, analysisFixture);
});
afterAll(() => stopAll(app, db));

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await app.graphql<T>(query, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

async function refused(query: string, variables: Record<string, unknown>): Promise<{ code: unknown; message: string }> {
  const body = await app.graphql(query, variables);
  assert.equal(body.data ?? null, null);
  const error = body.errors?.[0];
  assert.ok(error, 'an error was expected');
  return { code: error.extensions?.code, message: error.message };
}

const STATUS = `query ($evidence: EvidenceMode) {
  chainStatus(chainId: "k1", evidence: $evidence) {
    evidence segments { segment { id } localCount status } brokenLinks { from { id } to { id } }
  }
}`;
type StatusBody = {
  chainStatus: { evidence: string; segments: Array<{ segment: { id: string }; localCount: number; status: string }>; brokenLinks: Array<{ from: { id: string }; to: { id: string } }> };
};
const statusLines = (b: StatusBody) => b.chainStatus.segments.map((s) => `${s.segment.id} ${s.localCount} ${s.status}`);

describe('evidence modes (仅已证实)', () => {
  it('chainStatus: an INFERRED placement places an enterprise in ALL mode only', async () => {
    const all = await ask<StatusBody>(STATUS, {});
    assert.equal(all.chainStatus.evidence, 'ALL'); // the default
    assert.deepEqual(statusLines(all), ['U 1 WEAK', 'U1 0 MISSING', 'U2 1 WEAK', 'M 1 WEAK', 'M1 1 WEAK', 'D 1 WEAK']); // h2 in U2 by an INFERRED link
    const confirmed = await ask<StatusBody>(STATUS, { evidence: 'CONFIRMED' });
    assert.equal(confirmed.chainStatus.evidence, 'CONFIRMED');
    assert.deepEqual(statusLines(confirmed), ['U 0 MISSING', 'U1 0 MISSING', 'U2 0 MISSING', 'M 1 WEAK', 'M1 1 WEAK', 'D 1 WEAK']); // h2 no longer placed
    assert.deepEqual(confirmed.chainStatus.brokenLinks, [{ from: { id: 'U1' }, to: { id: 'M1' } }]);
  });

  it('panorama: counts only CONFIRMED placements in CONFIRMED mode', async () => {
    const q = `query ($evidence: EvidenceMode) { panorama(chainId: "k1", evidence: $evidence) { segments { segment { id } enterpriseCount enterprises { id } } } }`;
    type P = { panorama: { segments: Array<{ segment: { id: string }; enterpriseCount: number; enterprises: Array<{ id: string }> }> } };
    const u2 = (p: P) => p.panorama.segments.find((s) => s.segment.id === 'U2')!;
    assert.deepEqual(
      u2(await ask<P>(q, {})).enterprises.map((e) => e.id),
      ['b2', 'h2'],
    );
    assert.deepEqual(
      u2(await ask<P>(q, { evidence: 'CONFIRMED' })).enterprises.map((e) => e.id),
      ['b2'],
    );
  });

  it('supportingRate: an INFERRED supply link is not supply in CONFIRMED mode, and an INFERRED placement no segment', async () => {
    const q = `query ($evidence: EvidenceMode) { supportingRate(enterpriseId: "hm", evidence: $evidence) {
      tier1 { local total } tier2 { local total } unsegmented { local total } bySegment { segment { id } local total } } }`;
    type R = { supportingRate: { tier1: object; tier2: object; unsegmented: object; bySegment: Array<{ segment: { id: string }; local: number; total: number }> } };
    const all = (await ask<R>(q, {})).supportingRate;
    assert.deepEqual(all.tier1, { local: 1, total: 14 }); // a1-a3, a5, m1-m8, h2 (local), z1
    assert.deepEqual(all.tier2, { local: 0, total: 4 }); // t1-t4; h2 (tier 1) and hm (the centre) left out
    assert.deepEqual(
      all.bySegment.map((s) => `${s.segment.id} ${s.local}/${s.total}`),
      ['M1 0/8', 'U1 0/4', 'D 0/1', 'U2 1/1'],
    );
    const confirmed = (await ask<R>(q, { evidence: 'CONFIRMED' })).supportingRate;
    assert.deepEqual(confirmed.tier1, { local: 1, total: 13 }); // z1's link is INFERRED
    assert.deepEqual(confirmed.tier2, { local: 0, total: 3 }); // t4 → m1 is INFERRED
    assert.deepEqual(
      confirmed.bySegment.map((s) => `${s.segment.id} ${s.local}/${s.total}`),
      ['M1 0/8', 'U1 0/4'],
    );
    assert.deepEqual(confirmed.unsegmented, { local: 1, total: 1 }); // h2: its only placement is INFERRED
  });

  it('targets: supply points only for a CONFIRMED supply link in CONFIRMED mode', async () => {
    const q = `query ($evidence: EvidenceMode) { targets(segmentId: "D", evidence: $evidence) { enterprise { id } score breakdown { code points } } }`;
    type T = { targets: Array<{ enterprise: { id: string }; score: number; breakdown: Array<{ code: string; points: number }> }> };
    assert.deepEqual((await ask<T>(q, {})).targets, [
      {
        enterprise: { id: 'z1' },
        score: 4,
        breakdown: [
          { code: 'SUPPLIES_MASTER', points: 3 },
          { code: 'CONFIRMED', points: 1 },
        ],
      },
    ]);
    assert.deepEqual((await ask<T>(q, { evidence: 'CONFIRMED' })).targets, [{ enterprise: { id: 'z1' }, score: 1, breakdown: [{ code: 'CONFIRMED', points: 1 }] }]);
  });

  it('supplierNetwork: walks CONFIRMED links only and groups by CONFIRMED placements only', async () => {
    const q = `query ($evidence: EvidenceMode) { supplierNetwork(enterpriseId: "hm", tiers: 1, evidence: $evidence) { nodes { enterprise { id } group { id } } edges { from to } } }`;
    type N = { supplierNetwork: { nodes: Array<{ enterprise: { id: string }; group: { id: string } | null }>; edges: Array<{ from: string; to: string }> } };
    const all = (await ask<N>(q, {})).supplierNetwork;
    assert.equal(all.nodes.length, 15); // hm + 14 tier-1 suppliers
    assert.deepEqual(all.nodes.find((n) => n.enterprise.id === 'h2')!.group, { id: 'U2' });
    const confirmed = (await ask<N>(q, { evidence: 'CONFIRMED' })).supplierNetwork;
    assert.equal(confirmed.nodes.length, 14); // z1 gone
    assert.equal(confirmed.nodes.find((n) => n.enterprise.id === 'h2')!.group, null);
    assert.equal(
      confirmed.edges.some((e) => e.from === 'z1'),
      false,
    );
  });
});

const BENCHMARK = `query ($scopes: [ID!]!, $evidence: EvidenceMode, $strongAt: Int) {
  benchmark(chainId: "k1", scopes: $scopes, evidence: $evidence, strongAt: $strongAt) {
    scopes { region { code } strong weak missing leaves coverage }
    segments { segment { id } cells { scope localCount status } }
    gaps { segment { id } peer { code } enterprises { id } inPipeline pipelineEnterprises { id } }
  }
}`;
interface BenchmarkBody {
  benchmark: {
    scopes: Array<{ region: { code: string }; strong: number; weak: number; missing: number; leaves: number; coverage: number | null }>;
    segments: Array<{ segment: { id: string }; cells: Array<{ scope: string; localCount: number; status: string }> }>;
    gaps: Array<{ segment: { id: string }; peer: { code: string }; enterprises: Array<{ id: string }>; inPipeline: boolean; pipelineEnterprises: Array<{ id: string }> }>;
  };
}
const scopeLine = (s: BenchmarkBody['benchmark']['scopes'][number]) => `${s.region.code} S${s.strong} W${s.weak} M${s.missing} of ${s.leaves} cov ${s.coverage}`;
const matrix = (b: BenchmarkBody) => b.benchmark.segments.map((s) => `${s.segment.id}: ${s.cells.map((c) => `${c.scope} ${c.localCount} ${c.status}`).join(' | ')}`);
const gapLine = (g: BenchmarkBody['benchmark']['gaps'][number]) =>
  `${g.segment.id} @${g.peer.code} [${g.enterprises.map((e) => e.id).join(',')}] ${g.inPipeline ? 'inPipeline' : '-'} [${g.pipelineEnterprises.map((e) => e.id).join(',')}]`;

describe('benchmark (对标)', () => {
  it('puts the home scope and its peers side by side, leaves only in the counts and the coverage', async () => {
    const b = await ask<BenchmarkBody>(BENCHMARK, { scopes: ['QDEDZ', '340100', '510100'] });
    assert.deepEqual(b.benchmark.scopes.map(scopeLine), [
      'QDEDZ S0 W3 M1 of 4 cov 0.75', // U1 missing; U2, M1, D weak
      '340100 S1 W1 M2 of 4 cov 0.5', // U1 strong (a1-a3), M1 weak (a4)
      '510100 S0 W2 M2 of 4 cov 0.5', // U1, U2 weak; b3 sits in M, a parent: no leaf gains from it
    ]);
    assert.deepEqual(matrix(b), [
      'U: QDEDZ 1 WEAK | 340100 3 STRONG | 510100 2 WEAK',
      'U1: QDEDZ 0 MISSING | 340100 3 STRONG | 510100 1 WEAK',
      'U2: QDEDZ 1 WEAK | 340100 0 MISSING | 510100 1 WEAK',
      'M: QDEDZ 1 WEAK | 340100 1 WEAK | 510100 1 WEAK',
      'M1: QDEDZ 1 WEAK | 340100 1 WEAK | 510100 0 MISSING',
      'D: QDEDZ 1 WEAK | 340100 0 MISSING | 510100 0 MISSING',
    ]);
    assert.deepEqual(b.benchmark.gaps.map(gapLine), [
      'U1 @340100 [a1,a2,a3] inPipeline [a1,a3]', // by id though a3 is LARGE; a1 LEAD and a3 IN_PRODUCTION at home count; a2's project is in 合肥
      'U1 @510100 [b1] - []', // b1's only project at home is DROPPED
    ]);
  });

  it('judges a peer by strongAt and by the evidence mode', async () => {
    const strict = await ask<BenchmarkBody>(BENCHMARK, { scopes: ['QDEDZ', '340100'], strongAt: 4 });
    assert.deepEqual(strict.benchmark.scopes.map(scopeLine), ['QDEDZ S0 W3 M1 of 4 cov 0.75', '340100 S0 W2 M2 of 4 cov 0.5']); // U1's 3 < 4
    const b = await ask<BenchmarkBody>(BENCHMARK, { scopes: ['QDEDZ', '340100', '510100'], evidence: 'CONFIRMED' });
    assert.deepEqual(b.benchmark.scopes.map(scopeLine)[0], 'QDEDZ S0 W2 M2 of 4 cov 0.5'); // h2's INFERRED placement no longer covers U2
    assert.deepEqual(b.benchmark.gaps.map(gapLine), ['U1 @340100 [a1,a2,a3] inPipeline [a1,a3]', 'U1 @510100 [b1] - []', 'U2 @510100 [b2] - []']);
  });

  it('takes 1 to 7 distinct, existing regions', async () => {
    const one = await ask<BenchmarkBody>(BENCHMARK, { scopes: ['QDEDZ'] });
    assert.deepEqual(one.benchmark.gaps, []); // no peer, no gap
    const seven = await ask<BenchmarkBody>(BENCHMARK, { scopes: ['QDEDZ', '340100', '510100', 'CN', 'KR', '370200', '370000'] });
    assert.equal(seven.benchmark.scopes.length, 7);
    assert.deepEqual(await refused(BENCHMARK, { scopes: [] }), { code: 'BAD_USER_INPUT', message: 'scopes must hold 1 to 7 regions, the home scope first (got 0)' });
    const eight = ['QDEDZ', '340100', '510100', 'CN', 'KR', '370200', '370000', '340000'];
    assert.deepEqual(await refused(BENCHMARK, { scopes: eight }), { code: 'BAD_USER_INPUT', message: 'scopes must hold 1 to 7 regions, the home scope first (got 8)' });
    assert.deepEqual(await refused(BENCHMARK, { scopes: ['QDEDZ', 'NOPE'] }), { code: 'NOT_FOUND', message: 'region NOPE not found' });
    assert.deepEqual(await refused(BENCHMARK, { scopes: ['QDEDZ', '340100', 'QDEDZ'] }), { code: 'BAD_USER_INPUT', message: 'scopes names region QDEDZ twice' });
  });
});

const RESILIENCE = `query ($evidence: EvidenceMode) {
  resilience(enterpriseId: "hm", evidence: $evidence) {
    suppliers local foreign foreignShare
    segments { segment { id } enterprises { id } suppliers local foreign hhi sharesUsed singleSource concentration }
    soleChannels { enterprise { id } carries { id } }
  }
}`;
interface ResilienceBody {
  resilience: {
    suppliers: number;
    local: number;
    foreign: number;
    foreignShare: number | null;
    segments: Array<{
      segment: { id: string } | null;
      enterprises: Array<{ id: string }>;
      suppliers: number;
      local: number;
      foreign: number;
      hhi: number;
      sharesUsed: boolean;
      singleSource: boolean;
      concentration: string;
    }>;
    soleChannels: Array<{ enterprise: { id: string }; carries: Array<{ id: string }> }>;
  };
}
const groupLine = (g: ResilienceBody['resilience']['segments'][number]) =>
  `${g.segment?.id ?? '-'} n${g.suppliers} local${g.local} foreign${g.foreign} hhi ${g.hhi}${g.sharesUsed ? ' shares' : ''}${g.singleSource ? ' single' : ''} ${g.concentration}`;
const soleLine = (s: ResilienceBody['resilience']['soleChannels'][number]) => `${s.enterprise.id} carries ${s.carries.map((c) => c.id).join(',')}`;

describe('resilience (韧性)', () => {
  it('groups tier 1 by segment with HHI, concentration at its thresholds, and sole channels', async () => {
    const r = (await ask<ResilienceBody>(RESILIENCE)).resilience;
    assert.deepEqual(r.segments.map(groupLine), [
      'D n1 local0 foreign1 hhi 1 single HIGH', // z1 in 韩国: outside 中国, the home region's country
      'M1 n8 local0 foreign0 hhi 0.15 shares MODERATE', // 0.2² ×2 + 0.15² ×2 + 0.1² ×2 + 0.05² ×2 = 0.15 exactly (1/8 would be LOW)
      'U1 n4 local0 foreign1 hhi 0.25 HIGH', // a5 has no share → 1/4 each, not the 0.7/0.1/0.1 shares → 0.25 exactly
      'U2 n1 local1 foreign0 hhi 1 single HIGH', // h2, local
    ]);
    assert.deepEqual(
      r.segments.find((g) => g.segment?.id === 'U1')!.enterprises.map((e) => e.id),
      ['a1', 'a2', 'a3', 'a5'],
    );
    assert.deepEqual([r.suppliers, r.local, r.foreign, r.foreignShare], [14, 1, 2, 2 / 14]);
    assert.deepEqual(r.soleChannels.map(soleLine), [
      'a1 carries t2,t3', // t1 also supplies a2: two channels; h2 → a2 is tier 1, hm → m2 the centre
      'm1 carries t4',
    ]);
  });

  it('trusts CONFIRMED links only in CONFIRMED mode', async () => {
    const r = (await ask<ResilienceBody>(RESILIENCE, { evidence: 'CONFIRMED' })).resilience;
    assert.deepEqual(r.segments.map(groupLine), [
      'M1 n8 local0 foreign0 hhi 0.15 shares MODERATE',
      'U1 n4 local0 foreign1 hhi 0.25 HIGH',
      '- n1 local1 foreign0 hhi 1 single HIGH', // h2's only placement is INFERRED: the group of suppliers in no segment, last
    ]); // z1's supply link is INFERRED
    assert.deepEqual(r.soleChannels.map(soleLine), ['a1 carries t2,t3']); // t4 → m1 is INFERRED
  });

  it('answers NOT_FOUND for an unknown enterprise or scope', async () => {
    assert.deepEqual(await refused('{ resilience(enterpriseId: "nope") { suppliers } }', {}), { code: 'NOT_FOUND', message: 'Enterprise nope not found' });
    assert.deepEqual(await refused('{ resilience(enterpriseId: "hm", scope: "NOPE") { suppliers } }', {}), { code: 'NOT_FOUND', message: 'region NOPE not found' });
  });
});

const WHAT_IF = `query ($remove: [ID!], $add: [ID!], $evidence: EvidenceMode) {
  whatIf(chainId: "k1", remove: $remove, add: $add, evidence: $evidence) {
    ${WHAT_IF_SELECTION}
  }
}`;
const changeLine = (c: WhatIfBody['whatIf']['changes'][number]) => `${c.segment.id} ${c.beforeCount}→${c.afterCount} ${c.before}→${c.after}`;
const links = (l: WhatIfBody['whatIf']['brokenBefore']) => l.map((x) => `${x.from.id}→${x.to.id}`);

describe('whatIf (推演)', () => {
  it('taking away the only local enterprise of a segment makes it MISSING and breaks the flow after it', async () => {
    const version = async () => (await db.runner.read<{ version: string | null }>('admin/get-data-version'))[0]?.version;
    const versionBefore = await version();
    const w = (await ask<WhatIfBody>(WHAT_IF, { remove: ['h1'] })).whatIf;
    assert.deepEqual(w.changes.map(changeLine), ['M 1→0 WEAK→MISSING', 'M1 1→0 WEAK→MISSING']);
    assert.deepEqual(links(w.brokenBefore), ['U1→M1']);
    assert.deepEqual(links(w.brokenAfter), ['M1→D']); // U1 → M1 no longer counts: M1 has nothing local left
    assert.deepEqual(w.masterRate, { master: { id: 'hm' }, before: 1 / 14, after: 1 / 14, beforeLocal: 1, beforeTotal: 14, afterLocal: 1, afterTotal: 14 }); // h1 supplies nobody
    assert.equal(await version(), versionBefore); // nothing written
    const again = await ask<StatusBody>(STATUS, {});
    assert.deepEqual(statusLines(again)[4], 'M1 1 WEAK');
  });

  it('adding a target makes its MISSING segment WEAK and counts it as local supply', async () => {
    const w = (await ask<WhatIfBody>(WHAT_IF, { add: ['a1'] })).whatIf;
    assert.deepEqual(w.changes.map(changeLine), ['U 1→2 WEAK→WEAK', 'U1 0→1 MISSING→WEAK']); // U's count changes, its status does not
    assert.deepEqual(links(w.brokenAfter), []);
    assert.deepEqual(w.masterRate, { master: { id: 'hm' }, before: 1 / 14, after: 2 / 14, beforeLocal: 1, beforeTotal: 14, afterLocal: 2, afterTotal: 14 });
  });

  it('takes away a local supplier from the 链主 rate, and follows the evidence mode', async () => {
    const w = (await ask<WhatIfBody>(WHAT_IF, { remove: ['h2'] })).whatIf;
    assert.deepEqual(w.changes.map(changeLine), ['U 1→0 WEAK→MISSING', 'U2 1→0 WEAK→MISSING']);
    assert.deepEqual(w.masterRate, { master: { id: 'hm' }, before: 1 / 14, after: 0, beforeLocal: 1, beforeTotal: 14, afterLocal: 0, afterTotal: 13 });
    const c = (await ask<WhatIfBody>(WHAT_IF, { remove: ['h2'], evidence: 'CONFIRMED' })).whatIf;
    assert.deepEqual(c.changes, []); // h2 places nowhere on confirmed facts
    assert.deepEqual(c.masterRate, { master: { id: 'hm' }, before: 1 / 13, after: 0, beforeLocal: 1, beforeTotal: 13, afterLocal: 0, afterTotal: 12 });
  });

  it('refuses an enterprise picked both ways and an unknown one', async () => {
    assert.deepEqual(await refused(WHAT_IF, { remove: ['h1'], add: ['h1'] }), { code: 'BAD_USER_INPUT', message: 'enterprise h1 is both in remove and in add' });
    assert.deepEqual(await refused(WHAT_IF, { remove: ['ghost'] }), { code: 'NOT_FOUND', message: 'Enterprise ghost not found' });
  });
});
