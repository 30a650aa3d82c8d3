import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { workbookFormatMarkdown } from '../../server/import/format-doc.js';

it('docs/workbook.md matches the format the importer accepts (run `npm run workbook-doc`)', () => {
  assert.equal(readFileSync(new URL('../../docs/workbook.md', import.meta.url), 'utf8'), workbookFormatMarkdown());
});
