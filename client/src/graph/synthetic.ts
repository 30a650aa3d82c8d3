import { STAGES, type EnterpriseInput, type FlowInput, type GapStatus, type MapData, type SegmentInput } from './types.js';

/**
 * A synthetic chain of about `elements` Cytoscape elements (segments, drilled enterprises and
 * flows), from a seeded generator: the same arguments give the same chain. For tests and timing.
 */
export function syntheticChain(elements: number, seed = 1) {
  let state = seed >>> 0 || 1;
  const rand = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const segCount = Math.max(6, Math.round(elements * 0.12));
  const entCount = Math.max(0, Math.round(elements * 0.7));
  const flowCount = Math.max(0, elements - segCount - entCount);
  const segments: SegmentInput[] = [];
  const tops = Math.max(3, Math.round(Math.sqrt(segCount) / 1.5));
  for (let i = 0; i < segCount; i++) {
    const id = `s${String(i).padStart(5, '0')}`;
    const stage = STAGES[i % 3]!;
    let parentId: string | null = null;
    if (i >= tops) {
      // parents come earlier, of the same stage: a tree two or three levels deep
      const candidates = Math.min(i, tops + Math.floor((i - tops) / 4));
      let p = Math.floor(rand() * candidates);
      p -= ((p % 3) - (i % 3) + 3) % 3;
      parentId = p >= 0 ? `s${String(p).padStart(5, '0')}` : null;
    }
    const name = `${['玻璃基板', '液晶材料', '偏光片', '驱动芯片', '背光模组', '显示面板', 'OLED 蒸镀', '智能终端'][i % 8]}${i}`;
    segments.push({ id, name, nameEn: `Segment ${i}`, stage, order: Math.floor(rand() * 5), parentId });
  }
  const enterprises: Record<string, EnterpriseInput[]> = {};
  const local: string[] = [];
  for (let i = 0; i < entCount; i++) {
    const seg = segments[Math.floor(rand() * segments.length)]!;
    const id = `e${String(i).padStart(6, '0')}`;
    (enterprises[seg.id] ??= []).push({ id, name: `青岛示例科技有限公司${i}` });
    if (rand() < 0.3) local.push(id);
  }
  const flows: FlowInput[] = [];
  for (let i = 0; i < flowCount; i++) {
    const a = segments[Math.floor(rand() * segments.length)]!;
    const b = segments[Math.floor(rand() * segments.length)]!;
    if (a.id !== b.id) flows.push({ from: a.id, to: b.id });
  }
  const statuses: GapStatus[] = ['STRONG', 'WEAK', 'MISSING'];
  const data: MapData = {
    facts: Object.fromEntries(
      segments.map((s, i) => {
        const status = statuses[i % 3]!;
        return [s.id, { enterpriseCount: (enterprises[s.id] ?? []).length, localCount: status === 'MISSING' ? 0 : status === 'WEAK' ? 1 : 4, status, filling: status !== 'STRONG' && i % 5 === 0 }];
      }),
    ),
    brokenLinks: flows.filter((_, i) => i % 7 === 0),
    localEnterpriseIds: local,
    masterIds: local.slice(0, 1),
  };
  return { segments, flows, enterprises, data };
}
