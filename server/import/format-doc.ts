import { ENUMS, TABLES, type ColumnType } from './tables.js';

function describe(type: ColumnType): string {
  switch (type.type) {
    case 'key':
      return 'key (unique in the table)';
    case 'ref':
      return `→ ${type.kind}`;
    case 'enum':
      return Object.keys(ENUMS[type.values]).join(' / ');
    case 'int':
      return 'whole number';
    case 'nonNegative':
      return 'number ≥ 0';
    case 'share':
      return 'number, 0 < share ≤ 1';
    case 'year':
      return 'year 1949–2100';
    case 'number':
      return 'number';
    case 'period':
      return 'period YYYY, YYYY-Qn or YYYY-MM';
    case 'date':
      return 'date YYYY-MM-DD (Excel date cells too)';
    case 'bool':
      return 'true/false (是/否)';
    case 'list':
      return 'list, `;`-separated';
    case 'uscc':
      return '18-character USCC, GB 32100-2015 check character';
    default:
      return 'text';
  }
}

/** The workbook format as Markdown, generated from the one definition the importer uses. */
export function workbookFormatMarkdown(): string {
  const lines = [
    '# The chain workbook',
    '',
    'Generated from `server/import/tables.ts` by `npm run workbook-doc`; a test keeps it in step.',
    '',
    'One workbook = a folder of `<table>.csv` files, one `.xlsx` whose sheets have the table names, or',
    'one `.json` object with the tables as arrays of row objects. Every table is optional. Headers,',
    'table names and enum values may be given by their Chinese aliases below. CSV files may be UTF-8',
    '(with or without BOM) or GB18030/GBK. An empty cell is an absent value; on re-import an absent',
    'optional value clears what was stored. `*` = required. The whole workbook is validated before',
    'anything is written; one bad row rejects it whole, with every problem reported as table,',
    'spreadsheet row (the header is row 1) and column. Sheets or files whose name starts with `_`',
    'are ignored (for instructions).',
    '',
  ];
  for (const table of TABLES) {
    lines.push(`## \`${table.name}\``, '', `Also: ${table.aliases.join(', ')}. Key: ${table.key.join(' + ')}.`, '', '| column | type | aliases |', '| --- | --- | --- |');
    for (const column of table.columns) {
      lines.push(`| \`${column.name}\`${column.required ? ' *' : ''} | ${describe(column.type)} | ${column.aliases.join(', ')} |`);
    }
    lines.push('');
  }
  lines.push('## Enum values and their aliases', '');
  for (const [name, values] of Object.entries(ENUMS)) {
    lines.push(
      `- **${name}**: ${Object.entries(values)
        .map(([value, aliases]) => `${value} (${aliases.join('、')})`)
        .join('; ')}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
