/**
 * Spreadsheet formula neutralisation (OWASP's CSV-injection advice), for every CSV and XLSX the
 * product writes — the server's workbook export and the client's list exports alike.
 *
 * Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, and so
 * does text that already starts with `'`s followed by one of those, so that such values round-trip
 * through the importer, which takes exactly one `'` off again (unneutralise).
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The text to write into a CSV/XLSX text cell. */
export function neutralise(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/** The importer's half: a cell's text with one neutralising `'` taken off. */
export function unneutralise(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/**
 * A cell value that a spreadsheet will not run as a formula: text neutralised; numbers, dates and
 * booleans left alone (so a negative number stays a number); nothing as null.
 */
export function safeCell(value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return neutralise(String(value));
}
