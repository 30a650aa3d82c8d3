import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { highlightCypher, type SpanKind } from '../../client/src/console/highlight.js';

const kinds = (text: string, kind: SpanKind) =>
  highlightCypher(text)
    .filter((s) => s.kind === kind)
    .map((s) => s.text);

describe('console: Cypher highlighting', () => {
  const query = "// 链主\nMATCH (e:Enterprise {id: $id})-[:`SUPPLIES`]->(c) WHERE e.name CONTAINS '京东方' AND size(c.tags) > 2.5e1 /* x */ RETURN count(*) AS n";

  it('gives every character back, in order', () => {
    for (const text of [query, '', 'MATCH (n', "RETURN 'open", '/* open', '`open', '$', 'a\n\n', 'RETURN "a\\"b"']) {
      assert.equal(
        highlightCypher(text)
          .map((s) => s.text)
          .join(''),
        text,
      );
    }
  });

  it('tells keywords, functions, labels, strings, comments, numbers and parameters apart', () => {
    assert.deepEqual(kinds(query, 'keyword'), ['MATCH', 'WHERE', 'CONTAINS', 'AND', 'RETURN', 'count', 'AS']);
    assert.deepEqual(kinds(query, 'function'), ['size']);
    assert.deepEqual(kinds(query, 'label'), ['Enterprise', '`SUPPLIES`']);
    assert.deepEqual(kinds(query, 'string'), ["'京东方'"]);
    assert.deepEqual(kinds(query, 'comment'), ['// 链主', '/* x */']);
    assert.deepEqual(kinds(query, 'number'), ['2.5e1']);
    assert.deepEqual(kinds(query, 'param'), ['$id']);
  });

  it('keeps keywords inside strings and comments as they are', () => {
    assert.deepEqual(kinds("RETURN 'MATCH (n) DELETE n' // CREATE", 'keyword'), ['RETURN']);
  });
});
