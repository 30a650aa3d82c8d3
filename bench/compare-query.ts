// Development aid: checks that two versions of a query return the same rows for several parameter sets.
// Usage: npx tsx bench/compare-query.ts <uri> <password> <old.cypher> <query name> '<params json list>'
import { readFileSync } from 'node:fs';
import { createDriver } from '../server/db/driver.js';
import { cypher } from '../server/db/cypher.js';
import { toNeo4j } from '../server/db/runner.js';
import { canonical } from '../server/export/dump.js';

const [uri, password, oldFile, name, json] = process.argv.slice(2);
const driver = createDriver({ uri: uri!, user: 'neo4j', password: password! });
let bad = 0;
try {
  for (const params of JSON.parse(json!) as Array<Record<string, unknown>>) {
    const run = async (text: string) => {
      const t = performance.now();
      const r = await driver.executeQuery(text, toNeo4j(params) as Record<string, unknown>, { routing: 'READ' });
      return { rows: canonical(r.records.map((x) => x.toObject())), ms: performance.now() - t };
    };
    const a = await run(readFileSync(oldFile!, 'utf8'));
    const b = await run(cypher(name!));
    const same = a.rows === b.rows;
    if (!same) bad += 1;
    console.log(`${same ? 'same' : 'DIFFERENT'} ${JSON.stringify(params)}: old ${a.ms.toFixed(0)} ms, new ${b.ms.toFixed(0)} ms, ${a.rows.length} chars`);
  }
} finally {
  await driver.close();
}
process.exitCode = bad ? 1 : 0;
