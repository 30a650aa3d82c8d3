import { refuse } from './refusal.js';
import { ADMIN_KEYWORDS, ADMIN_PAIRS, ALLOWED_PROCEDURES, ALLOWED_SHOW_TARGETS, LIMITS, PROTECTED_KEYS, PROTECTED_LABELS, SCHEMA_OBJECTS, SHOW_QUALIFIERS, WRITE_CLAUSES } from './rules.js';
import { position, tokenize, TokenizeError, type Token } from './tokenizer.js';

export interface StaticCheck {
  /** The one statement to send: the query without a trailing `;`. */
  statement: string;
}

const isPunct = (token: Token | undefined, text: string) => token?.kind === 'punct' && token.text === text;

/**
 * True when a word stands where Neo4j reads a name, never a keyword: a property key or namespace
 * part after `.`, a label or type after `:`, or a map key (`{set: 1}`, `, create: 2`).
 */
function isName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (isPunct(before, '.') || isPunct(before, ':')) return true;
  return isPunct(tokens[i + 1], ':') && (isPunct(before, '{') || isPunct(before, ','));
}

/** The dotted procedure name after CALL at `i` (words or backticked names), and where it ends. */
function procedureName(tokens: Token[], i: number): { name: string; end: number } {
  const parts: string[] = [];
  let j = i;
  while (tokens[j] && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'name')) {
    parts.push(tokens[j]!.text);
    if (!isPunct(tokens[j + 1], '.')) break;
    j += 2;
  }
  return { name: parts.join('.'), end: j };
}

/**
 * The first safety layer: refuses, before anything reaches Neo4j, every query that is not a single
 * read-only statement in plain Cypher. Throws a Refusal naming what was refused, why and where.
 */
export function checkStatically(query: string): StaticCheck {
  if (!query.trim()) throw refuse('empty', 'static', 'The query is empty.');
  if (query.length > LIMITS.maxQueryLength) {
    throw refuse('too-long', 'static', `The query is ${query.length} characters long; the console accepts at most ${LIMITS.maxQueryLength}.`);
  }
  let tokens: Token[];
  try {
    tokens = tokenize(query);
  } catch (error) {
    if (!(error instanceof TokenizeError)) throw error;
    const at = position(query, error.offset);
    throw refuse('syntax', 'static', `Syntax error: ${error.message} (line ${at.line}, column ${at.column}).`, at);
  }
  if (!tokens.length) throw refuse('empty', 'static', 'The query holds only comments.');

  const where = (token: Token) => position(query, token.offset);
  const at = (token: Token) => {
    const p = where(token);
    return `line ${p.line}, column ${p.column}`;
  };

  const semicolon = tokens.findIndex((t) => isPunct(t, ';'));
  if (semicolon >= 0 && semicolon < tokens.length - 1) {
    const next = tokens[semicolon + 1]!;
    throw refuse('multiple-statements', 'static', `Only one statement per query: text follows the ';' at ${at(tokens[semicolon]!)}. Run statements one at a time.`, where(next));
  }
  const body = semicolon >= 0 ? tokens.slice(0, semicolon) : tokens;
  if (!body.length) throw refuse('empty', 'static', 'The query is empty.');
  const statement = semicolon >= 0 ? query.slice(0, tokens[semicolon]!.offset) : query;

  const first = body[0]!;
  if (first.kind === 'word' && (first.upper === 'EXPLAIN' || first.upper === 'PROFILE')) {
    throw refuse('explain-profile', 'static', `Leave out ${first.upper}: the console explains every query itself and returns the plan with the result.`, where(first));
  }
  if (first.kind === 'word' && first.upper === 'CYPHER') {
    throw refuse('query-options', 'static', 'Query options (a leading CYPHER …) are not allowed in the console.', where(first));
  }

  for (let i = 0; i < body.length; i += 1) {
    const token = body[i]!;
    if ((token.kind === 'word' || token.kind === 'name' || token.kind === 'string') && (PROTECTED_LABELS.has(token.text) || PROTECTED_KEYS.has(token.text))) {
      throw refuse('protected-data', 'static', `"${token.text}" at ${at(token)} belongs to accounts, sessions, tokens, the audit log or saved queries, which the console does not show.`, where(token));
    }
    if (token.kind !== 'word' || isName(body, i)) continue;
    const word = token.upper;
    const next = body[i + 1];
    const nextWord = next?.kind === 'word' ? next.upper : '';

    if ((word === 'APOC' || word === 'DBMS') && isPunct(next, '.')) {
      throw refuse(
        word === 'APOC' ? 'apoc' : 'dbms',
        'static',
        `${token.text}.* at ${at(token)}: ${word === 'APOC' ? 'APOC' : 'DBMS'} procedures and functions are not available in the console.`,
        where(token),
      );
    }
    if (word === 'CALL') {
      if (isPunct(next, '{') || isPunct(next, '(')) continue; // a subquery: its clauses are checked like the rest
      const { name } = procedureName(body, i + 1);
      const lower = name.toLowerCase();
      if (lower.startsWith('apoc.') || lower === 'apoc') throw refuse('apoc', 'static', `CALL ${name} at ${at(token)}: APOC procedures are not available in the console.`, where(token));
      if (lower.startsWith('dbms.') || lower === 'dbms')
        throw refuse('dbms', 'static', `CALL ${name} at ${at(token)}: DBMS procedures administer the server; the console does not run them.`, where(token));
      if (!ALLOWED_PROCEDURES.has(name)) {
        throw refuse('procedure-not-allowed', 'static', `CALL ${name || '…'} at ${at(token)}: the console calls only ${[...ALLOWED_PROCEDURES].join(', ')}.`, { ...where(token), procedure: name });
      }
      continue;
    }
    if (WRITE_CLAUSES.has(word)) {
      if (word === 'CREATE' && SCHEMA_OBJECTS.has(nextWord)) {
        throw refuse('admin-command', 'static', `CREATE ${nextWord} at ${at(token)}: schema and administration commands are not allowed in the console.`, where(token));
      }
      throw refuse('write-clause', 'static', `${word} at ${at(token)} writes to the database; the console only reads. (To use ${word} as a name, put it in backticks.)`, {
        ...where(token),
        keyword: word,
      });
    }
    if (word === 'LOAD') throw refuse('load-csv', 'static', `LOAD CSV at ${at(token)}: the console does not read files or URLs.`, where(token));
    if (word === 'USE') throw refuse('use-clause', 'static', `USE at ${at(token)}: the console always queries the ChainAtlas database.`, where(token));
    if (word === 'SHOW') {
      let j = i + 1;
      while (body[j]?.kind === 'word' && SHOW_QUALIFIERS.has(body[j]!.upper)) j += 1;
      const target = body[j]?.kind === 'word' ? body[j]!.upper : '';
      if (!ALLOWED_SHOW_TARGETS.has(target)) {
        throw refuse('show-command', 'static', `SHOW ${target || '…'} at ${at(token)}: the console shows only indexes and constraints.`, where(token));
      }
      continue;
    }
    if (ADMIN_KEYWORDS.has(word) || ADMIN_PAIRS[word]?.has(nextWord)) {
      throw refuse('admin-command', 'static', `${word} at ${at(token)}: administration commands are not allowed in the console. (To use ${word} as a name, put it in backticks.)`, {
        ...where(token),
        keyword: word,
      });
    }
    if (word === 'TRANSACTIONS') {
      throw refuse('in-transactions', 'static', `IN TRANSACTIONS at ${at(token)}: batched transactions write; the console runs one read transaction.`, where(token));
    }
  }
  return { statement };
}
