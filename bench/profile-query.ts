// Development aid: times a query file (or text) on a running Neo4j and PROFILEs it.
// Usage: npx tsx bench/profile-query.ts <bolt uri> <password> <query name | file.cypher> '<params json>' [runs] [--plan]
import { existsSync, readFileSync } from 'node:fs';
import { createDriver } from '../server/db/driver.js';
import { cypher } from '../server/db/cypher.js';
import { toNeo4j } from '../server/db/runner.js';
import { profile, renderPlan } from './lib/profile.js';
import { percentile } from './lib/stats.js';

const [uri, password, name, json = '{}', runsArg = '10'] = process.argv.slice(2);
if (!uri || !password || !name) throw new Error('usage: profile-query.ts <uri> <password> <query> [params] [runs] [--plan]');
const text = existsSync(name) ? readFileSync(name, 'utf8') : cypher(name);
const params = toNeo4j(JSON.parse(json)) as Record<string, unknown>;
const driver = createDriver({ uri, user: 'neo4j', password });
try {
  const times: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < Number(runsArg) + 2; i += 1) {
    const t = performance.now();
    const r = await driver.executeQuery(text, params, { routing: 'READ' });
    if (i >= 2) times.push(performance.now() - t);
    rows = r.records.length;
    bytes = JSON.stringify(r.records.map((x) => x.toObject())).length;
  }
  const p = await profile(driver, text, params, true);
  console.log(`${name}: ${rows} rows, ${bytes} bytes; p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms; ${p.dbHits} db hits`);
  if (process.argv.includes('--plan')) console.log(renderPlan(p.plan as never));
} finally {
  await driver.close();
}
