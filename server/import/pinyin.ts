import { pinyin } from 'pinyin-pro';

/**
 * Search keys for a Chinese name: the full toneless pinyin and the initials, lower case without
 * spaces; characters that are not Han are kept (lower-cased). 京东方 → jingdongfang / jdf,
 * TCL华星 → tclhuaxing / tclhx.
 */
export function nameKeys(name: string): { namePinyin: string; nameInitials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array' })
    .map((s) => s.replace(/\s+/g, '').toLowerCase())
    .filter(Boolean);
  return { namePinyin: syllables.join(''), nameInitials: syllables.map((s) => [...s][0]).join('') };
}
