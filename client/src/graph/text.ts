/**
 * Deterministic text measuring and wrapping for the layout. Browsers measure differently, so the
 * estimate is conservative (wide): a label that fits here fits on screen and in an SVG viewer.
 */

const isWide = (code: number): boolean =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6) ||
  code >= 0x20000;

/** Width of one character in em. */
export function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (ch === ' ') return 0.3;
  if (/[il.,:;'|!()[\]]/.test(ch)) return 0.32;
  if (/[A-Z0-9MW@%&#]/.test(ch)) return /[MW@%]/.test(ch) ? 0.9 : 0.66;
  return 0.56;
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

/** Breakable pieces: a Latin word with its trailing spaces, or one wide character. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  for (const ch of text) {
    if (ch === ' ' || ch === '\t') {
      if (word) word += ' ';
      else if (tokens.length) tokens[tokens.length - 1] += ' ';
    } else if (isWide(ch.codePointAt(0) ?? 0)) {
      if (word) tokens.push(word);
      word = '';
      tokens.push(ch);
    } else {
      if (word.endsWith(' ')) {
        tokens.push(word);
        word = '';
      }
      word += ch;
    }
  }
  if (word) tokens.push(word);
  return tokens;
}

/**
 * Splits `text` into lines no wider than `maxWidth`: Latin words break at spaces, CJK anywhere
 * (like Cytoscape's `text-overflow-wrap: anywhere`); a word longer than a line is cut. More than
 * `maxLines` lines end the last one with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s.trimEnd(), fontSize) <= maxWidth;
  for (const token of tokenize(text.trim().replace(/\s+/g, ' '))) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    if (fits(token)) {
      line = token;
      continue;
    }
    for (const ch of token.trimEnd()) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    if (token.endsWith(' ')) line += ' ';
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = Array.from(kept[maxLines - 1]!);
  while (last.length > 0 && !fits(last.join('') + '…')) last = last.slice(0, -1);
  kept[maxLines - 1] = last.join('') + '…';
  return kept;
}
