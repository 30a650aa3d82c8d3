// Exports a chain, or the whole graph, as a workbook or a graph file.
// Usage: npm run export -- --format xlsx|csv|graphml|cyjs [--chain ID] --out PATH
// Exit code: 0 written, 2 usage or system error (an unknown chain included).
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase, type Database } from '../database.js';
import { applySchema } from '../db/schema.js';
import { AppError } from '../errors.js';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../export/index.js';

const USAGE = 'usage: npm run export -- --format xlsx|csv|graphml|cyjs [--chain ID] --out PATH   (csv writes a folder)';

function parseArgs(argv: string[]): { format: ExportFormat; chainId?: string; out: string } | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const m = /^--(format|chain|out)(?:=(.*))?$/.exec(arg);
    if (!m) return arg === '-h' || arg === '--help' ? '' : `unknown argument ${arg}`;
    const value = m[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) return `--${m[1]} needs a value`;
    values[m[1]!] = value;
  }
  if (!values.format || !EXPORT_FORMATS.includes(values.format as ExportFormat)) return `--format: expected one of ${EXPORT_FORMATS.join(', ')}`;
  if (!values.out) return '--out: where to write';
  return { format: values.format as ExportFormat, chainId: values.chain, out: values.out };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    if (args) console.error(args);
    console.error(USAGE);
    return 2;
  }
  let db: Database | null = null;
  try {
    db = await openDatabase(loadConfig(), { attach: true, log: (line) => console.error(`[export] ${line}`) });
    await applySchema(db.runner);
    const summary = await exportGraph(db.runner, args);
    console.log(
      `${summary.files.join('\n')}\n${Object.entries(summary.counts)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AppError) console.error(`[export] ${error.message}`);
    else console.error('[export] failed:', error);
    return 2;
  } finally {
    await db?.close().catch((e: unknown) => console.error(e));
  }
}

process.exitCode = await main();
