/**
 * Splits Cypher text into spans for highlighting: keywords, functions, strings, comments, numbers,
 * parameters, labels and relationship types, backticked names. Every character of the text is in
 * exactly one span, in order, so joining the spans gives the text back (the editor draws them
 * under a transparent textarea and the two must line up).
 */
export type SpanKind = 'keyword' | 'function' | 'string' | 'comment' | 'number' | 'param' | 'label' | 'name' | 'plain';

export interface Span {
  kind: SpanKind;
  text: string;
}

const KEYWORDS = new Set(
  (
    'MATCH OPTIONAL WHERE RETURN WITH UNWIND AS ORDER BY ASC ASCENDING DESC DESCENDING SKIP LIMIT DISTINCT AND OR XOR NOT IN IS NULL ' +
    'TRUE FALSE CASE WHEN THEN ELSE END CREATE MERGE SET DELETE DETACH REMOVE CALL YIELD UNION ALL EXISTS COUNT COLLECT ON STARTS ENDS ' +
    'CONTAINS FOREACH LOAD CSV FROM HEADERS USE EXPLAIN PROFILE SHORTEST ANY NONE SINGLE OFFSET FILTER'
  ).split(' '),
);

const WORD = /[\p{L}_][\p{L}\p{N}_]*/uy;
const NUMBER = /(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;
const SPACE = /\s+/y;
/** An opening parenthesis after a name: a function call. */
const CALL_AFTER = /\s*\(/y;

/** The spans of `text`, in order. */
export function highlightCypher(text: string): Span[] {
  const spans: Span[] = [];
  const push = (kind: SpanKind, part: string) => {
    const last = spans[spans.length - 1];
    if (last && last.kind === kind && kind === 'plain') last.text += part;
    else spans.push({ kind, text: part });
  };
  let i = 0;
  const sticky = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    let kind: SpanKind = 'plain';
    let part: string;
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      part = text.slice(i, end < 0 ? text.length : end);
      kind = 'comment';
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      part = text.slice(i, end < 0 ? text.length : end + 2);
      kind = 'comment';
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      part = text.slice(i, Math.min(j + 1, text.length));
      kind = 'string';
    } else if (ch === '`') {
      let j = i + 1;
      while (j < text.length && !(text[j] === '`' && text[j + 1] !== '`')) j += text[j] === '`' ? 2 : 1;
      part = text.slice(i, Math.min(j + 1, text.length));
      kind = text[i - 1] === ':' ? 'label' : 'name';
    } else if (ch === '$') {
      i += 1;
      part = `$${sticky(WORD) ?? sticky(NUMBER) ?? ''}`;
      i -= 1;
      kind = 'param';
    } else if (/\s/.test(ch)) {
      part = sticky(SPACE)!;
    } else if (/\d/.test(ch)) {
      part = sticky(NUMBER)!;
      kind = 'number';
    } else {
      const word = sticky(WORD);
      if (word) {
        part = word;
        CALL_AFTER.lastIndex = i + word.length;
        // A name right after a colon is a label or relationship type (`(n:Enterprise)`, `[:SUPPLIES]`).
        if (text[i - 1] === ':') kind = 'label';
        else if (KEYWORDS.has(word.toUpperCase())) kind = 'keyword';
        else if (CALL_AFTER.test(text)) kind = 'function';
      } else {
        part = ch;
      }
    }
    push(kind, part);
    i += part.length;
  }
  return spans;
}
