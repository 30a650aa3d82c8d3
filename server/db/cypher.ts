import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the query files: every query ChainAtlas runs lives here, one per file. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. cypher('chains/list-chains'). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(name)) throw new Error(`bad query name: ${name}`);
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Every query name under cypher/, for the EXPLAIN-all test and schema loading. */
export function listCypher(subdir = ''): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`);
      else if (entry.endsWith('.cypher')) out.push(`${prefix}${entry.slice(0, -'.cypher'.length)}`);
    }
  };
  walk(path.join(CYPHER_DIR, subdir), subdir ? `${subdir}/` : '');
  return out;
}

/** Splits a schema file into statements (one per `;`), dropping comment lines. */
export function statements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
