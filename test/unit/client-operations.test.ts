import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';
import { describe, it } from 'vitest';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const clientSrc = path.join(root, 'client/src');
/** The one folder allowed to hold GraphQL text: the operations and what codegen writes from them. */
const apiDir = path.join(clientSrc, 'api');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * GraphQL operation text in a source file: a string or template literal that opens with
 * `query`, `mutation`, `subscription` or `fragment … on` followed by a selection, or a call to
 * `graphql(` (the typed-document function) — each as `line: text`. Cypher, i18n text and prose
 * that merely contain the word "query" do not match: the literal has to start with the keyword.
 */
export function operationTexts(source: string): string[] {
  const found: string[] = [];
  const opening = /(['"`])\s*((?:query|mutation|subscription)\b\s*[A-Za-z_]\w*\s*[({]|(?:query|mutation)\s*\{|fragment\s+\w+\s+on\s+\w+)/g;
  const typedDocument = /\bgraphql\(\s*`/g;
  for (const pattern of [opening, typedDocument]) {
    for (const match of source.matchAll(pattern)) {
      const line = source.slice(0, match.index).split('\n').length;
      found.push(`${line}: ${match[0].trim()}`);
    }
  }
  return found;
}

describe('client operations live in client/src/api/ only', () => {
  it('finds operation text in every form the views used to hold it (so the check below can fail)', () => {
    assert.deepEqual(operationTexts('const Q = `query Pipeline($filter: ProjectFilter) { projects { id } }`;'), ['1: `query Pipeline(']);
    assert.deepEqual(operationTexts("gql('mutation Move($id: ID!) { moveProject(id: $id) { id } }')"), ["1: 'mutation Move("]);
    assert.deepEqual(operationTexts("useGql('query { chains { id } }')"), ["1: 'query {"]);
    assert.deepEqual(operationTexts("useGql('query LandYears { landEfficiencyYears }')"), ["1: 'query LandYears {"]);
    assert.deepEqual(operationTexts('x\nconst F = graphql(`fragment A on B { id }`);'), ['2: `fragment A on B', '2: graphql(`']);
    // a Cypher query and words in prose are not GraphQL operations
    assert.deepEqual(operationTexts("const c = 'MATCH (n) RETURN n'; const t = 'query results'; const u = `querying ${x}`;"), []);
  });

  it('no file under client/src outside client/src/api/ holds a query or mutation', () => {
    const offenders = sourceFiles(clientSrc)
      .filter((file) => !file.startsWith(apiDir + path.sep))
      .flatMap((file) => operationTexts(readFileSync(file, 'utf8')).map((hit) => `${path.relative(root, file)}:${hit}`));
    assert.deepEqual(offenders, [], 'move each operation to client/src/api/<area>.ts as graphql(`…`) and import it');
  });

  it('every operation in client/src/api/ has a unique name (the generated types are keyed by it)', () => {
    const names = new Map<string, string>();
    for (const file of sourceFiles(apiDir).filter((f) => !f.includes(`${path.sep}generated${path.sep}`))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bgraphql\(`([\s\S]*?)`\)/g)) {
        const doc: DocumentNode = parse(match[1]!);
        for (const def of doc.definitions) {
          if (def.kind !== 'OperationDefinition' && def.kind !== 'FragmentDefinition') continue;
          const name = def.name?.value;
          assert.ok(name, `${path.relative(root, file)}: an operation without a name`);
          assert.equal(names.get(name), undefined, `${name} is defined in ${names.get(name)} and ${path.relative(root, file)}`);
          names.set(name, path.relative(root, file));
        }
      }
    }
    // the status map, the pipeline and the console are among them: the scan read the files
    for (const name of ['ChainStatus', 'Pipeline', 'Console', 'Benchmark', 'WorkChain', 'ElementMatch']) assert.ok(names.has(name), name);
  });
});

describe('generated files are up to date with the schema and the operations', () => {
  it('npm run codegen would write exactly the committed files', async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true, verbose: false }, false);
    assert.ok(outputs.length >= 3, 'resolver types, schema types and the client documents');
    const stale = outputs.filter((o: { filename: string; content: string }) => readFileSync(path.resolve(root, o.filename), 'utf8') !== o.content).map((o: { filename: string }) => o.filename);
    assert.deepEqual(stale, [], 'run npm run codegen and commit the generated files');
  }, 120_000);
});
