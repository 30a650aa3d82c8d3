import { cypher, listCypher } from '../db/cypher.js';

/** A ready-made console query over the ChainAtlas graph, shown in the console's example list. */
export interface ExampleQuery {
  id: string;
  title: string;
  /** `// Title-en:` and `// Purpose-en:`, for the English UI (the Chinese ones when absent). */
  titleEn: string;
  description: string;
  descriptionEn: string;
  /** The query without its header comment. */
  query: string;
  /** Parameters that work on the demo data. */
  params: Record<string, unknown>;
}

function header(text: string, field: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`// ${field}:`));
  if (start < 0) return '';
  const parts = [lines[start]!.slice(`// ${field}:`.length).trim()];
  // Continuation lines are indented comment lines.
  for (let i = start + 1; i < lines.length && /^\/\/\s{2,}\S/.test(lines[i]!); i += 1) parts.push(lines[i]!.slice(2).trim());
  return parts.join('');
}

/** Parses one example file: `// Title:`, `// Purpose:` (and their `-en` forms) and `// Example:` (JSON) header lines. */
export function parseExample(id: string, text: string): ExampleQuery {
  const title = header(text, 'Title');
  const example = header(text, 'Example');
  if (!title || !example) throw new Error(`cypher/console/examples/${id}.cypher needs "// Title:" and "// Example:" header lines`);
  return {
    id,
    title,
    titleEn: header(text, 'Title-en') || title,
    description: header(text, 'Purpose'),
    descriptionEn: header(text, 'Purpose-en') || header(text, 'Purpose'),
    query: text
      .split('\n')
      .filter((l) => !l.startsWith('//'))
      .join('\n')
      .trim(),
    params: JSON.parse(example) as Record<string, unknown>,
  };
}

let cached: ExampleQuery[] | null = null;

/** Every file under cypher/console/examples/, in file-name order; read once. */
export function exampleQueries(): ExampleQuery[] {
  cached ??= listCypher('console/examples').map((name) => parseExample(name.slice('console/examples/'.length), cypher(name)));
  return cached;
}
