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

const NARROW = new Set(Array.from("il.,:;'|!()[]"));
const WIDEST = new Set(Array.from('MW@%'));
const emCache = new Map<string, number>();

/** Width of one character in em. */
export function charEm(ch: string): number {
  let em = emCache.get(ch);
  if (em !== undefined) return em;
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) em = 1;
  else if (ch === ' ') em = 0.3;
  else if (NARROW.has(ch)) em = 0.32;
  else if (WIDEST.has(ch)) em = 0.9;
  else if (/[A-Z0-9&#]/.test(ch)) em = 0.66;
  else em = 0.56;
  emCache.set(ch, em);
  return em;
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

/** Characters that may not start a line (closing brackets, CJK commas and stops). */
const NO_LINE_START = new Set(Array.from('）)]】」』》〉、。，．,.；;：:！!？?…％%'));
/** Characters that may not end a line (opening brackets). */
const NO_LINE_END = new Set(Array.from('（([【「『《〈'));

/**
 * Splits `text` into lines no wider than `maxWidth`: Latin words break at spaces, CJK anywhere
 * (like Cytoscape's `text-overflow-wrap: anywhere`), except that a closing bracket or CJK
 * punctuation never starts a line and an opening bracket never ends one; a cluster too long for
 * a line is cut between characters. More than `maxLines` lines end the last with an ellipsis.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  const fits = (s: string) => textWidth(s.trimEnd(), fontSize) <= maxWidth;
  const legal = (before: string, after: string) => !NO_LINE_START.has(after[0] ?? '') && !NO_LINE_END.has(before.trimEnd().slice(-1));
  let line: string[] = [];
  for (const token of tokenize(text.trim().replace(/\s+/g, ' '))) {
    line.push(token);
    while (!fits(line.join(''))) {
      let k = line.length - 1;
      while (k > 0 && !(legal(line[k - 1]!, line[k]!) && fits(line.slice(0, k).join('')))) k--;
      if (k > 0) {
        lines.push(line.slice(0, k).join('').trimEnd());
        line = line.slice(k);
        continue;
      }
      // one unbreakable cluster: cut between characters, at a legal place when there is one
      const chars = Array.from(line.join(''));
      let max = chars.length - 1;
      while (max > 1 && !fits(chars.slice(0, max).join(''))) max--;
      let cut = max;
      while (cut > 1 && !legal(chars[cut - 1]!, chars[cut]!)) cut--;
      if (cut <= 1) cut = Math.max(1, max);
      lines.push(chars.slice(0, cut).join('').trimEnd());
      line = [chars.slice(cut).join('')];
    }
  }
  if (line.join('').trim() || lines.length === 0) lines.push(line.join('').trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = Array.from(kept[maxLines - 1]!);
  while (last.length > 0 && !fits(last.join('') + '…')) last = last.slice(0, -1);
  kept[maxLines - 1] = last.join('') + '…';
  return kept;
}
