// Development aid: EXPLAINs query files or texts on a fresh Neo4j and lists their operators.
// Usage: npx tsx bench/explain.ts <file.cypher | query text>...
import { readFileSync, existsSync } from 'node:fs';
import { freshNeo4j } from './lib/neo4j.js';
import { renderPlan } from './lib/profile.js';

const neo = await freshNeo4j({ heap: '1g', pageCache: '256m' });
try {
  for (const arg of process.argv.slice(2)) {
    const text = existsSync(arg) ? readFileSync(arg, 'utf8') : arg;
    const result = await neo.driver.executeQuery(`EXPLAIN ${text}`, { rows: [], ids: [] });
    console.log(`== ${arg.slice(0, 100)}\n${renderPlan(result.summary.plan as never)}\n`);
  }
} finally {
  await neo.stop();
}
