// Writes docs/workbook.md from the importer's own definition of the format.
import { writeFileSync } from 'node:fs';
import { workbookFormatMarkdown } from '../server/import/format-doc.js';

writeFileSync(new URL('../docs/workbook.md', import.meta.url), workbookFormatMarkdown());
console.log('wrote docs/workbook.md');
