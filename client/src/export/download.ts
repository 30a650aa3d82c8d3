/** Saves `data` as a file through a temporary link (works for blob URLs under the app's CSP). */
export function download(data: Blob | Uint8Array | string, filename: string, type: string): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A file name safe on every OS, Chinese kept: a space next to a Chinese character goes (Chinese
 * has none: "某公司 的供应网络" → "某公司的供应网络"), other spaces and unsafe characters become "_".
 */
export function fileName(...parts: string[]): string {
  return parts
    .filter(Boolean)
    .join('-')
    .replace(/\s+(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])\s+/g, '')
    .replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** Today's date in the browser's time zone as YYYY-MM-DD (the "数据截至" of an export). */
export function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
