// A workbook of changes to a loaded store, for checking the maintained local counts after a large
// import at scale (`npm run bench -- --counts --store DIR --churn N`): existing enterprises moved to
// other districts, new placements of existing enterprises in leaf segments (CONFIRMED or INFERRED),
// and new enterprises placed in a leaf segment each. Every row is 【示意】 test data; ids of the new
// enterprises start with CHURN-. Deterministic for a given store and N (seeded choice).
import { prng } from '../../server/cli/generate.js';
import type { QueryRunner } from '../../server/db/runner.js';

export interface ChurnWorkbook {
  enterprises: Array<{ id: string; name: string; region_code: string; scale?: string }>;
  enterprise_segments: Array<{ enterprise_id: string; segment_id: string; evidence: string }>;
}

/**
 * `n` rows in all: n/2 region moves of existing enterprises (name and scale kept), n/4 new
 * placements of existing enterprises, and n/8 new enterprises with one placement each.
 */
export async function churnWorkbook(runner: QueryRunner, n: number): Promise<ChurnWorkbook> {
  const random = prng(`churn-${n}`); // seeded: two runs on one store write the same workbook
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const moves = Math.floor(n / 2);
  const placements = Math.floor(n / 4);
  const fresh = Math.floor(n / 8);
  const [row] = await runner.read<{ districts: string[]; leaves: string[]; sample: Array<{ id: string; name: string; scale: string | null }> }>('bench/get-churn-inputs', {
    take: moves + placements,
  });
  const { districts = [], leaves = [], sample = [] } = row ?? {};
  if (!districts.length || !leaves.length || sample.length < moves + placements) throw new Error(`--churn ${n}: the store has too few regions, leaf segments or enterprises`);
  const wb: ChurnWorkbook = { enterprises: [], enterprise_segments: [] };
  for (const e of sample.slice(0, moves)) wb.enterprises.push({ id: e.id, name: e.name, region_code: pick(districts), ...(e.scale ? { scale: e.scale } : {}) });
  const seen = new Set<string>();
  for (const e of sample.slice(moves)) {
    const segment = pick(leaves);
    if (seen.has(`${e.id}|${segment}`)) continue;
    seen.add(`${e.id}|${segment}`);
    wb.enterprise_segments.push({ enterprise_id: e.id, segment_id: segment, evidence: random() < 0.5 ? 'CONFIRMED' : 'INFERRED' });
  }
  for (let i = 1; i <= fresh; i += 1) {
    const id = `CHURN-${String(i).padStart(7, '0')}`;
    wb.enterprises.push({ id, name: `【示意】变动企业${i}`, region_code: pick(districts), scale: pick(['LARGE', 'MEDIUM', 'SMALL', 'MICRO']) });
    wb.enterprise_segments.push({ enterprise_id: id, segment_id: pick(leaves), evidence: random() < 0.5 ? 'CONFIRMED' : 'INFERRED' });
  }
  return wb;
}
