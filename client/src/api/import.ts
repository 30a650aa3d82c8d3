/** Workbook import from the browser. */
import { graphql } from './generated/index.js';

export const IMPORT_WORKBOOK = graphql(`
  mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {
    importWorkbook(filename: $filename, contentBase64: $contentBase64, dryRun: $dryRun, lang: $lang) {
      ok dryRun errors { table row column message } counts { table rows created updated }
    }
  }
`);
