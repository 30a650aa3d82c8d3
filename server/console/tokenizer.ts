/**
 * A small Cypher lexer for the console's static check: it drops comments, keeps string literals
 * and `backticked` names apart from words, and reports where each token starts.
 *
 * It only has to be right in one direction. Wherever it is unsure it splits more or ends a comment
 * earlier than Neo4j would, so it may see a keyword Neo4j does not (a needless refusal) but never
 * hides one Neo4j sees. Therefore: block comments do not nest, a line comment ends at any line or
 * paragraph separator, backticked names escape only a doubled backtick, and every character that
 * is not part of a word, number, string or name is a token of its own.
 */

export type TokenKind = 'word' | 'name' | 'string' | 'number' | 'param' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for `name` and `string`: the decoded content). */
  text: string;
  /** `text` upper-cased, for keyword comparison (words only; otherwise equal to text). */
  upper: string;
  /** Offset of the token's first character in the query. */
  offset: number;
}

export class TokenizeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WORD_START = /[\p{ID_Start}_]/u;
const WORD_PART = /[\p{ID_Continue}_]/u;
/** Whitespace by Unicode, plus the information separators and the format characters Neo4j rejects. */
const EXTRA_SPACE = new Set([0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const isSpace = (ch: string) => /[\s\p{Z}]/u.test(ch) || EXTRA_SPACE.has(ch.codePointAt(0)!);
/** Where a `//` comment ends at the latest (Neo4j ends it at \n and \r; ending earlier is safe). */
const LINE_END = new Set([0x0a, 0x0d, 0x0b, 0x0c, 0x85, 0x2028, 0x2029]);
const isLineEnd = (ch: string) => LINE_END.has(ch.charCodeAt(0));

const ESCAPES: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', "'": "'", '"': '"', '\\': '\\' };

function decodeEscape(text: string, i: number): { value: string; length: number } {
  const c = text[i + 1] ?? '';
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { value: String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16)), length: 6 };
  if (c === 'U' && /^[0-9a-fA-F]{8}$/.test(text.slice(i + 2, i + 10))) {
    const code = Number.parseInt(text.slice(i + 2, i + 10), 16);
    return { value: code <= 0x10ffff ? String.fromCodePoint(code) : '', length: 10 };
  }
  return { value: ESCAPES[c] ?? c, length: 2 };
}

/** Line and column (1-based) of an offset, for messages. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, value: string, offset: number) => tokens.push({ kind, text: value, upper: kind === 'word' ? value.toUpperCase() : value, offset });
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const code = text.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    if (isSpace(ch)) {
      i += ch.length;
    } else if (c === '/' && text[i + 1] === '/') {
      i += 2;
      while (i < text.length && !isLineEnd(text[i]!)) i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new TokenizeError('a /* comment is not closed', i);
      i = end + 2;
    } else if (c === "'" || c === '"') {
      const start = i;
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new TokenizeError(`a string starting with ${c} is not closed`, start);
        const d = text[i]!;
        if (d === '\\') {
          const escape = decodeEscape(text, i);
          value += escape.value;
          i += escape.length;
        } else if (d === c) {
          i += 1;
          break;
        } else {
          value += d;
          i += 1;
        }
      }
      push('string', value, start);
    } else if (c === '`') {
      const start = i;
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new TokenizeError('a `backticked` name is not closed', start);
        if (text[i] === '`') {
          if (text[i + 1] === '`') {
            value += '`';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text[i];
        i += 1;
      }
      push('name', value, start);
    } else if (/[0-9]/.test(c)) {
      const match = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+(?:\.(?!\.)[0-9]*)?(?:[eE][+-]?[0-9]+)?)/.exec(text.slice(i))!;
      push('number', match[0], i);
      i += match[0].length;
    } else if (c === '$') {
      const start = i;
      i += 1;
      const next = text.codePointAt(i);
      if (next !== undefined && (WORD_PART.test(String.fromCodePoint(next)) || text[i] === '`')) {
        // Parameter names are not keywords: consume the name as part of the parameter.
        if (text[i] === '`') {
          const close = text.indexOf('`', i + 1);
          if (close < 0) throw new TokenizeError('a `backticked` parameter name is not closed', i);
          i = close + 1;
        } else {
          while (i < text.length && WORD_PART.test(String.fromCodePoint(text.codePointAt(i)!))) i += String.fromCodePoint(text.codePointAt(i)!).length;
        }
        push('param', text.slice(start, i), start);
      } else {
        push('punct', '$', start);
      }
    } else if (WORD_START.test(ch)) {
      const start = i;
      while (i < text.length) {
        const part = String.fromCodePoint(text.codePointAt(i)!);
        if (!WORD_PART.test(part)) break;
        i += part.length;
      }
      push('word', text.slice(start, i), start);
    } else {
      push('punct', ch, i);
      i += ch.length;
    }
  }
  return tokens;
}
