/** Workbook import from the browser. */
import { graphql } from './generated/index.js';
import type { ImportMutation, WorkbookFormatQuery } from './generated/graphql.js';

/** `sheet` and `header` in an error: the table and column as the file named them (企业, 统一社会信用代码). */
export const IMPORT_WORKBOOK = graphql(`
  mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {
    importWorkbook(filename: $filename, contentBase64: $contentBase64, dryRun: $dryRun, lang: $lang) {
      ok
      dryRun
      errors {
        table
        row
        column
        message
        sheet
        header
      }
      counts {
        table
        rows
        created
        updated
      }
    }
  }
`);

export type ImportReport = ImportMutation['importWorkbook'];

/** The workbook format (server/import/template.ts), for the help page and the import template. */
export const WORKBOOK_FORMAT_QUERY = graphql(`
  query WorkbookFormat {
    workbookFormat {
      name
      sheet
      columns {
        name
        header
        required
        kind
        description
        descriptionEn
        values
      }
      examples
    }
  }
`);

/** A table of the workbook format; its example rows (JSON in the schema) are arrays of cells, null for empty. */
export type WorkbookFormatTable = Omit<WorkbookFormatQuery['workbookFormat'][number], 'examples'> & { examples: Array<Array<string | number | null>> };
