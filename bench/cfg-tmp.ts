import { readFileSync } from 'node:fs';
import { freshNeo4j } from './lib/neo4j.js';
const neo = await freshNeo4j({ heap: '512m', pageCache: '128m' });
try {
  const r = await neo.driver.executeQuery("SHOW SETTINGS YIELD name, value WHERE name CONTAINS 'tx_state' OR name CONTAINS 'memory.transaction' RETURN name, value");
  for (const rec of r.records) console.log(rec.get('name'), '=', rec.get('value'));
  const log = readFileSync(`${neo.dataDir}/neo4j/home/logs/debug.log`, 'utf8');
  console.log(log.split('\n').filter((l) => /tx_state|off.heap|OFF_HEAP|WARN/i.test(l)).slice(0, 20).join('\n'));
} finally { await neo.stop(); }
