// Differential fuzzing of the console's static check (layer 1) against Neo4j's own parser.
// Mutates write and escape queries (casing, Unicode spaces, comments, line separators, backticks,
// prefixes) and, for every mutant the static check lets through, asks Neo4j to EXPLAIN it in a read
// transaction: a mutant Neo4j plans as anything but a plain read means the tokenizer hid a keyword.
// Nothing runs: EXPLAIN only.
//
// Usage: NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=… npx tsx scripts/fuzz-console.ts [iterations] [seed]
import neo4j from 'neo4j-driver';
import { checkPlan, type PlanNode } from '../server/console/plan-check.js';
import { Refusal } from '../server/console/refusal.js';
import { checkStatically } from '../server/console/static-check.js';
import { createDriver } from '../server/db/driver.js';

const SEEDS = [
  'CREATE (n:Fuzz)',
  'MATCH (n) WITH n LIMIT 1 CREATE (m:Fuzz)',
  "MERGE (n:Fuzz {id: 'x'})",
  'MATCH (n) SET n.fuzz = 1',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n) REMOVE n.name',
  'MATCH (n) FOREACH (x IN [1] | SET n.fuzz = x)',
  'CALL { CREATE (n:Fuzz) RETURN n } RETURN n',
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  "CALL db.createLabel('Fuzz')",
  'CALL db.clearQueryCaches()',
  'CALL dbms.components()',
  'SHOW TRANSACTIONS',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  'CREATE INDEX fuzz FOR (n:Fuzz) ON (n.x)',
  'DROP CONSTRAINT chain_id',
  'CALL () { MATCH (n) RETURN count(n) AS c } IN TRANSACTIONS RETURN c',
  'MATCH (n) RETURN n; CREATE (x)',
];

const SEPARATORS = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u00a0',
  '\u3000',
  '\u2003',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u200b',
  '\ufeff',
  '\u180e',
  '\u001f',
  '/**/',
  '/* ; */',
  '//x\n',
  '//x\r',
  '//x\u2028',
  '//x\u0085',
];
const PREFIXES = ['', 'MATCH (n) WITH n LIMIT 1 ', "WITH 'it\\'s' AS s ", 'WITH "a\\"" AS s ', 'WITH 1 AS `a\\` ', 'WITH {a: 1} AS m ', 'UNWIND [1] AS x ', 'OPTIONAL MATCH (q) WITH q '];

/** mulberry32: small, seedable, good enough to reproduce a failing run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(query: string, rnd: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  let text = pick(PREFIXES) + query;
  // Random casing of letters.
  text = [...text].map((c) => (rnd() < 0.5 ? c.toLowerCase() : c.toUpperCase())).join('');
  // Replace some spaces with other separators, and slip separators in at word boundaries.
  text = text.replace(/ /g, () => (rnd() < 0.4 ? pick(SEPARATORS) : ' '));
  text = text.replace(/\b/g, (m) => (rnd() < 0.05 ? pick(SEPARATORS) : m));
  // Now and then a separator inside a word, or a keyword in backticks.
  if (rnd() < 0.2) {
    const at = Math.floor(rnd() * text.length);
    text = text.slice(0, at) + pick(SEPARATORS) + text.slice(at);
  }
  if (rnd() < 0.1) text = text.replace(/\b(create|merge|set|delete|load|call)\b/i, '`$1`');
  return text;
}

async function main() {
  const iterations = Number(process.argv[2] ?? 2000);
  const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
  const uri = process.env.NEO4J_URI ?? process.env.TEST_NEO4J_URI;
  const user = process.env.NEO4J_USER ?? process.env.TEST_NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? process.env.TEST_NEO4J_PASSWORD;
  if (!uri || !password) {
    console.error('Set NEO4J_URI and NEO4J_PASSWORD (and NEO4J_USER) to a Neo4j to EXPLAIN against; nothing is written.');
    process.exit(2);
  }
  const driver = createDriver({ uri, user, password });
  const rnd = random(seed);
  const counts = { refusedStatically: 0, neo4jSyntaxError: 0, planRefused: 0, read: 0 };
  const misses: string[] = [];
  try {
    for (let i = 0; i < iterations; i += 1) {
      const query = mutate(SEEDS[i % SEEDS.length]!, rnd);
      let statement: string;
      try {
        statement = checkStatically(query).statement;
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        counts.refusedStatically += 1;
        continue;
      }
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const summary = await session.executeRead(async (tx) => (await tx.run(`EXPLAIN ${statement}`)).summary, { timeout: 5_000 });
        try {
          checkPlan(summary.plan === false ? null : (summary.plan as unknown as PlanNode), summary.queryType);
          counts.read += 1;
        } catch {
          counts.planRefused += 1;
          misses.push(query);
        }
      } catch {
        counts.neo4jSyntaxError += 1;
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
  console.log(`seed ${seed}, ${iterations} mutants:`, counts);
  if (misses.length) {
    console.error(`${misses.length} mutants passed the static check but Neo4j plans them as more than a read:`);
    for (const miss of misses.slice(0, 20)) console.error(`  ${JSON.stringify(miss)}`);
    process.exit(1);
  }
}

await main();
