import { freshNeo4j } from '/work/main/bench/lib/neo4j.js';
import neo4j from 'neo4j-driver';
const neo = await freshNeo4j({ heap: '2g', pageCache: '1g' });
const mk = (i0: number, n: number) => Array.from({ length: n }, (_, k) => ({ id: `E${String(i0 + k).padStart(7, '0')}`, props: { name: `青岛华海电子科技有限公司${i0 + k}`, nameEn: null, uscc: null, scale: 'SMALL', listed: false, founded: '2001-01-01', tags: [], namePinyin: `qingdaohuahai${i0 + k}`, nameInitials: `qdhh${i0 + k}` } }));
const variants: Record<string, string> = {
  create_nolabel: 'UNWIND $rows AS row CREATE (n:Tmp) SET n = row.props, n.id = row.id',
  merge_ent: 'UNWIND $rows AS row MERGE (n:Enterprise {id: row.id}) SET n += row.props',
};
for (const [name, q] of Object.entries(variants)) {
  for (const atomic of [true, false]) {
    const session = neo.driver.session();
    let tx = session.beginTransaction();
    const times: number[] = [];
    const t0 = performance.now();
    for (let b = 0; b < 20; b++) {
      const t = performance.now();
      await tx.run(q, { rows: mk((atomic ? 0 : 1_000_000) + b * 1000 + (name === 'merge_ent' ? 0 : 5_000_000), 1000) });
      if (!atomic) { await tx.commit(); tx = session.beginTransaction(); }
      times.push(Math.round(performance.now() - t));
    }
    await tx.commit();
    await session.close();
    console.log(name, atomic ? 'atomic' : 'batched', Math.round(performance.now() - t0), 'ms', times.join(' '));
  }
}
await neo.stop();
