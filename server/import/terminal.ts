/** Terminal output shared by the import and export commands: aligned tables and a progress bar. */

/** Display width of a string: CJK and other wide characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width +=
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        code >= 0x20000)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? gap + text : text + gap;
}

/** A plain-text table; the columns listed in `numeric` are right-aligned. */
export function renderTable(headers: string[], rows: string[][], numeric: number[] = []): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  // The last column (a message) is not padded, so long messages do not widen every line.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 && !numeric.includes(i) ? c : pad(c, widths[i]!, numeric.includes(i))))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface ProgressBar {
  (done: number, total: number, label: string): void;
  done(): void;
}

/** A one-line progress bar redrawn in place; only for a TTY. */
export function progressBar(stream: NodeJS.WriteStream, width = 30): ProgressBar {
  let last = '';
  const draw = ((done: number, total: number, label: string) => {
    const share = total ? done / total : 1;
    const filled = Math.round(share * width);
    const text = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${done}/${total}  ${label}`;
    if (text === last) return;
    last = text;
    stream.write(`\r${text}\x1b[K`);
  }) as ProgressBar;
  draw.done = () => {
    if (last) stream.write('\n');
  };
  return draw;
}
