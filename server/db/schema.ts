import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, listCypher, statements } from './cypher.js';
import type { QueryRunner } from './runner.js';

/** Applies every statement of cypher/schema/ in file order, then waits for indexes to be online. */
export async function applySchema(runner: QueryRunner): Promise<number> {
  let count = 0;
  for (const name of listCypher('schema')) {
    const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    for (const statement of statements(text)) {
      await runner.text(name, statement, {}, 'WRITE');
      count += 1;
    }
  }
  await runner.write('admin/await-indexes');
  return count;
}
