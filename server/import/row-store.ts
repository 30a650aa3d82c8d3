import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** One data row as read: its spreadsheet row number and its converted values (JSON-safe). */
export interface ParsedRow {
  row: number;
  values: Record<string, unknown>;
}

/** Rows a table keeps in memory before the rest goes to a temporary file. */
export const SPILL_ROWS = 50_000;
/** Bytes gathered before one write to the temporary file. */
const WRITE_BUFFER = 1 << 20;

/**
 * The rows of one table, in order: in memory while the table is small, on disk (one JSON line per
 * row, in a private temporary folder) once it outgrows `spillAfter`, so that a workbook of
 * millions of rows is validated and written without holding it in memory. Read back in chunks as
 * often as needed; `dispose()` deletes the file.
 */
export class RowStore {
  length = 0;
  private memory: ParsedRow[] = [];
  private dir: string | null = null;
  private file: string | null = null;
  private fd: number | null = null;
  private pending: string[] = [];
  private pendingBytes = 0;

  constructor(private readonly spillAfter: number = SPILL_ROWS) {}

  /** Whether the rows went to disk. */
  get spilled(): boolean {
    return this.file !== null;
  }

  push(row: ParsedRow): void {
    this.length += 1;
    if (this.file === null && this.memory.length < this.spillAfter) {
      this.memory.push(row);
      return;
    }
    if (this.file === null) this.open();
    this.append(row);
  }

  private open(): void {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'chainatlas-import-'));
    this.file = path.join(this.dir, 'rows.ndjson');
    this.fd = openSync(this.file, 'w', 0o600);
    for (const row of this.memory) this.append(row);
    this.memory = [];
  }

  private append(row: ParsedRow): void {
    const line = `${JSON.stringify(row)}\n`;
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= WRITE_BUFFER) this.flush();
  }

  private flush(): void {
    if (this.fd === null || !this.pending.length) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** The rows in order, `size` at a time. */
  async *chunks(size: number): AsyncGenerator<ParsedRow[]> {
    if (this.file === null) {
      for (let i = 0; i < this.memory.length; i += size) yield this.memory.slice(i, i + size);
      return;
    }
    this.flush();
    const lines = createInterface({ input: createReadStream(this.file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let chunk: ParsedRow[] = [];
    for await (const line of lines) {
      if (!line) continue;
      chunk.push(JSON.parse(line) as ParsedRow);
      if (chunk.length >= size) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length) yield chunk;
  }

  /** Every row in one array (for tools that want them all at hand). */
  async toArray(): Promise<ParsedRow[]> {
    const out: ParsedRow[] = [];
    for await (const chunk of this.chunks(10_000)) for (const row of chunk) out.push(row);
    return out;
  }

  /** Every row, one at a time. */
  async *[Symbol.asyncIterator](): AsyncGenerator<ParsedRow> {
    for await (const chunk of this.chunks(10_000)) yield* chunk;
  }

  /** Forgets every row and deletes the temporary file. */
  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
    this.fd = null;
    this.dir = null;
    this.file = null;
    this.memory = [];
    this.pending = [];
    this.pendingBytes = 0;
    this.length = 0;
  }
}
