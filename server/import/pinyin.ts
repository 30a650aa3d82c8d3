import { pinyin } from 'pinyin-pro';

/** Names whose keys are remembered (a workbook repeats names: branches, a group's companies, chains). */
const MEMO_SIZE = 100_000;
const memo = new Map<string, Readonly<{ namePinyin: string; nameInitials: string }>>();

/**
 * Search keys for a Chinese name: the full toneless pinyin and the initials, lower case without
 * spaces; characters that are not Han are kept (lower-cased). 京东方 → jingdongfang / jdf,
 * TCL华星 → tclhuaxing / tclhx. The keys of a name are its own (no context), so a name met again
 * takes them from memory (callers copy them: `...nameKeys(name)`); the memory is emptied when it
 * holds MEMO_SIZE names.
 */
export function nameKeys(name: string): Readonly<{ namePinyin: string; nameInitials: string }> {
  const known = memo.get(name);
  if (known) return known;
  const syllables = pinyin(name, { toneType: 'none', type: 'array' })
    .map((s) => s.replace(/\s+/g, '').toLowerCase())
    .filter(Boolean);
  const keys = { namePinyin: syllables.join(''), nameInitials: syllables.map((s) => [...s][0]).join('') };
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(name, keys);
  return keys;
}
