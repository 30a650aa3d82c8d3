/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capital letters without I, O, Z, S, V); the 18th is a check
 * character over the first 17 with weights 3^i mod 31.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export type UsccProblem = { problem: 'length' } | { problem: 'charset'; character: string } | { problem: 'check'; expected: string };

/** Checks an upper-cased code; null when it is valid. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return { problem: 'length' };
  for (const ch of code) if (!USCC_ALPHABET.includes(ch)) return { problem: 'charset', character: ch };
  const expected = usccCheckCharacter(code.slice(0, 17))!;
  return expected === code[17] ? null : { problem: 'check', expected };
}

/**
 * True when a cell looks like a code that Excel turned into a number: scientific notation
 * (9.13702E+17), fewer than 18 digits, or 18 digits ending in 000 that fail the check (Excel keeps
 * 15 significant digits and pads with zeros).
 */
export function looksLikeExcelNumber(raw: string): boolean {
  // A valid code can itself read as digits-E-digits (912118065E39941271): never call that a number.
  if (raw.length === 18 && usccProblem(raw.toUpperCase()) === null) return false;
  if (/^\d+(\.\d+)?E\+\d+$/i.test(raw)) return true;
  if (/^\d+\.\d+$/.test(raw)) return true;
  if (/^\d+$/.test(raw) && raw.length < 18) return true;
  return /^\d{15}000$/.test(raw) && usccProblem(raw) !== null;
}
