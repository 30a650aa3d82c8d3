import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { Refusal } from '../../server/console/refusal.js';
import { checkStatically } from '../../server/console/static-check.js';
import { tokenize } from '../../server/console/tokenizer.js';

/** The refusal a query gets from the static check, as "CODE reason", or "ok". */
function verdict(query: string): string {
  try {
    checkStatically(query);
    return 'ok';
  } catch (error) {
    assert.ok(error instanceof Refusal, `not a Refusal: ${String(error)}`);
    assert.equal(error.layer, 'static');
    return `${error.code} ${error.reason}`;
  }
}

describe('console tokenizer', () => {
  it('drops comments and keeps strings, backticked names and parameters apart from words', () => {
    const tokens = tokenize("MATCH (n:`My Label`) // CREATE\nWHERE n.x = 'CREATE (y)' /* DELETE */ AND n.y = $set RETURN n");
    assert.deepEqual(
      tokens.filter((t) => t.kind !== 'punct').map((t) => `${t.kind}:${t.text}`),
      ['word:MATCH', 'word:n', 'name:My Label', 'word:WHERE', 'word:n', 'word:x', 'string:CREATE (y)', 'word:AND', 'word:n', 'word:y', 'param:$set', 'word:RETURN', 'word:n'],
    );
  });

  it('decodes escapes in strings and doubled backticks in names, as Neo4j does', () => {
    const tokens = tokenize('RETURN \'it\\\'s \\u0055ser\' AS `a``b`, "x\\"y"');
    assert.deepEqual(
      tokens.filter((t) => t.kind === 'string' || t.kind === 'name').map((t) => t.text),
      ["it's User", 'a`b', 'x"y'],
    );
  });

  it('treats Unicode spaces as separators and ends a line comment at any line separator', () => {
    for (const space of ['\u00a0', '\u3000', '\u2003', '\u200b', '\ufeff', '\u180e', '\u001f']) {
      const words = tokenize(`MATCH (n)${space}CREATE (x)`)
        .filter((t) => t.kind === 'word')
        .map((t) => t.upper);
      assert.deepEqual(words, ['MATCH', 'N', 'CREATE', 'X'], `U+${space.codePointAt(0)!.toString(16)}`);
    }
    for (const end of ['\n', '\r', '\u2028', '\u2029', '\u0085', '\u000b']) {
      const words = tokenize(`MATCH (n) //x${end}CREATE (m)`)
        .filter((t) => t.kind === 'word')
        .map((t) => t.upper);
      assert.deepEqual(words, ['MATCH', 'N', 'CREATE', 'M'], `U+${end.codePointAt(0)!.toString(16)}`);
    }
  });

  it('does not nest block comments (Neo4j does not either)', () => {
    const words = tokenize('/* a /* b */ CREATE (x) */')
      .filter((t) => t.kind === 'word')
      .map((t) => t.upper);
    assert.deepEqual(words, ['CREATE', 'X']);
  });

  it('keeps a backslash inside a backticked name literal (only `` escapes a backtick)', () => {
    const tokens = tokenize('RETURN `a\\` CREATE (x)');
    assert.deepEqual(
      tokens.filter((t) => t.kind !== 'punct').map((t) => `${t.kind}:${t.text}`),
      ['word:RETURN', 'name:a\\', 'word:CREATE', 'word:x'],
    );
  });
});

describe('console static check (layer 1)', () => {
  it('lets plain reads through, keywords inside strings, comments, names and map keys included', () => {
    for (const query of [
      'MATCH (n:Enterprise) RETURN n.name LIMIT 5',
      "// CREATE\nMATCH (c:Chain) /* DELETE */ RETURN 'SET n.x = 1' AS s",
      'RETURN {set: 1, create: 2, delete: 3} AS m',
      'MATCH (n) RETURN n.create, n.`DELETE`, n.merge',
      'MATCH (n:`CREATE`) RETURN n',
      'MATCH (start:Segment)-[:FEEDS]->(stop:Segment) RETURN start, stop',
      'MATCH (n) WHERE n.name STARTS WITH $prefix RETURN n',
      'CALL db.labels() YIELD label RETURN label',
      'CALL db.index.fulltext.queryNodes("search_names", "京东方") YIELD node RETURN node',
      'MATCH (e:Enterprise) CALL (e) { MATCH (e)-[:SUPPLIES]->(c) RETURN count(c) AS n } RETURN e.id, n',
      'MATCH (e:Enterprise) CALL { MATCH (x) RETURN count(x) AS n } RETURN n',
      'SHOW INDEXES',
      'SHOW RANGE INDEXES YIELD name RETURN name',
      'SHOW UNIQUE CONSTRAINTS',
      'MATCH (n) RETURN count(n);',
      'MATCH (n) RETURN count(n); // done',
      'RETURN $create AS x',
    ]) {
      assert.equal(verdict(query), 'ok', query);
    }
  });

  it('returns the statement without a trailing semicolon', () => {
    assert.equal(checkStatically('MATCH (n) RETURN n;  // end').statement, 'MATCH (n) RETURN n');
    assert.equal(checkStatically('MATCH (n) RETURN n').statement, 'MATCH (n) RETURN n');
  });

  it('names the reason and answers FORBIDDEN for unsafe queries, BAD_USER_INPUT for malformed ones', () => {
    const cases: Array<[string, string]> = [
      ['CREATE (n)', 'FORBIDDEN write-clause'],
      ['/**/CrEaTe (n)', 'FORBIDDEN write-clause'],
      ['MATCH (n) DETACH DELETE n', 'FORBIDDEN write-clause'],
      ['INSERT (n:X)', 'FORBIDDEN write-clause'],
      ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', 'FORBIDDEN write-clause'],
      ['CREATE INDEX i FOR (n:X) ON (n.y)', 'FORBIDDEN admin-command'],
      ['CREATE OR REPLACE DATABASE d', 'FORBIDDEN admin-command'],
      ['DROP CONSTRAINT chain_id', 'FORBIDDEN admin-command'],
      ['STOP DATABASE neo4j', 'FORBIDDEN admin-command'],
      ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'FORBIDDEN admin-command'],
      ['SHOW TRANSACTIONS', 'FORBIDDEN show-command'],
      ['SHOW USERS', 'FORBIDDEN show-command'],
      ['LOAD CSV FROM "file:///etc/passwd" AS l RETURN l', 'FORBIDDEN load-csv'],
      ['load /* x */ csv from "https://example.com" AS l RETURN l', 'FORBIDDEN load-csv'],
      ['USE system SHOW USERS', 'FORBIDDEN use-clause'],
      ['CALL db.createLabel("X")', 'FORBIDDEN procedure-not-allowed'],
      ['CALL `db`.`clearQueryCaches`()', 'FORBIDDEN procedure-not-allowed'],
      ['CALL DB.LABELS()', 'FORBIDDEN procedure-not-allowed'],
      ['CALL dbms.components()', 'FORBIDDEN dbms'],
      ['CALL apoc.help("x")', 'FORBIDDEN apoc'],
      ['RETURN apoc.version()', 'FORBIDDEN apoc'],
      ['CALL () { MATCH (n) RETURN n } IN TRANSACTIONS', 'FORBIDDEN in-transactions'],
      ['MATCH (n) RETURN n; CREATE (x)', 'FORBIDDEN multiple-statements'],
      ["RETURN ';' AS s; MATCH (n) RETURN n", 'FORBIDDEN multiple-statements'],
      ['CYPHER runtime=slotted MATCH (n) RETURN n', 'FORBIDDEN query-options'],
      ['MATCH (u:User) RETURN u', 'FORBIDDEN protected-data'],
      ["MATCH (n) WHERE 'ApiToken' IN labels(n) RETURN n", 'FORBIDDEN protected-data'],
      ['MATCH (n) RETURN n.`passwordHash`', 'FORBIDDEN protected-data'],
      ['EXPLAIN MATCH (n) RETURN n', 'BAD_USER_INPUT explain-profile'],
      ["RETURN 'open", 'BAD_USER_INPUT syntax'],
      ['RETURN 1 /* open', 'BAD_USER_INPUT syntax'],
      ['   ', 'BAD_USER_INPUT empty'],
      ['// only a comment', 'BAD_USER_INPUT empty'],
      ['RETURN 1 // '.padEnd(10_001, 'x'), 'BAD_USER_INPUT too-long'],
    ];
    assert.deepEqual(
      cases.map(([query]) => [query.slice(0, 60), verdict(query)]),
      cases.map(([query, expected]) => [query.slice(0, 60), expected]),
    );
  });

  it('says where the refused keyword is', () => {
    try {
      checkStatically('MATCH (n)\nWITH n\n  SET n.x = 1');
      assert.fail('not refused');
    } catch (error) {
      assert.ok(error instanceof Refusal);
      assert.match(error.message, /^SET at line 3, column 3 writes to the database/);
      assert.equal(error.extensions.line, 3);
      assert.equal(error.extensions.column, 3);
    }
  });
});
