/** Text cells of the list exports, neutralised like the server's workbook export: one function for both. */
export { safeCell } from '../../../shared/spreadsheet.js';
