/**
 * A cell value that a spreadsheet will not run as a formula: text starting with = + - @, a tab
 * or a carriage return gets a leading apostrophe (OWASP's CSV-injection advice). Numbers, dates and
 * booleans are left alone, so a negative number stays a number.
 */
export function safeCell(value: unknown): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
